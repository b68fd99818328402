package org.threepl.portal.domain.model.relationship;

import java.util.function.Supplier;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;

/**
 * The one field-path scheme of the relationship settings, shared by the API's errors and the page's messages: a section
 * and its field ({@code segments.vipShare}, {@code lifecycle.windowDays}), a top-level setting by its name
 * ({@code reportingCurrency}), a tier by its position ({@code tiers[2].minSwitchingCost}: a tier's code may itself be
 * what is wrong), an entry keyed by a fixed code by that code ({@code proxies.EXIT_FEE.weight}, {@code facets.PROCESS},
 * {@code lifecycle.signalPoints.VOLUME_DOWN}, {@code exchangeRates.GBP}), and a rule over a whole section by the
 * section's name ({@code tiers}, {@code groups}). Each policy names its own fields; a list prefixes its items' fields
 * with {@link #at}.
 */
public final class SettingsRules {

    private SettingsRules() {}

    static void rule(String field, boolean ok, String message) {
        if (!ok) {
            throw new DomainRuleViolation(field, message);
        }
    }

    static void required(String field, Object value) {
        if (value == null) {
            throw new DomainRuleViolation(field, "A value is required");
        }
    }

    /**
     * Makes a part under a prefix ({@code tiers[2]}): a refused field is named below it, an unnamed one as the prefix.
     */
    public static <T> T at(String prefix, Supplier<T> make) {
        try {
            return make.get();
        } catch (DomainRuleViolation e) {
            throw new DomainRuleViolation(e.field() == null ? prefix : prefix + "." + e.field(), e.getMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainRuleViolation(prefix, e.getMessage() == null ? "A value is required" : e.getMessage());
        }
    }

    /**
     * Checks a set of values part by part, naming a refused field by the one scheme of {@link SettingsRules} (the
     * section policies name their own fields when they are made; here what only the whole can tell).
     */
    static void check(RelationshipSettings.Values v) {
        field("reportingCurrency", () -> Money.currency(v.reportingCurrency()));
        SettingsRules.rule("valueBasis", v.valueBasis() != null, "REVENUE or MARGIN");
        SettingsRules.rule(
                "valuePeriodMonths",
                v.valuePeriodMonths() >= 1 && v.valuePeriodMonths() <= 36,
                "The value period is 1 to 36 months");
        field("defaultMarginRate", () -> Valuation.nothing(v.defaultMarginRate(), 1));
        SettingsRules.rule(
                "openEndedRemainingMonths",
                v.openEndedRemainingMonths() >= 0 && v.openEndedRemainingMonths() <= 60,
                "Months assumed for an open-ended contract are 0 to 60");
        SettingsRules.required("segments", v.segments());
        SettingsRules.required("lifetime", v.lifetime());
        SettingsRules.required("satisfaction", v.satisfaction());
        SettingsRules.required("lifecycle", v.lifecycle());
        SettingsRules.rule(
                "reviewReminderDays",
                v.reviewReminderDays() >= 0 && v.reviewReminderDays() <= 90,
                "Reminders come 0 to 90 days ahead");
        SettingsRules.rule(
                "contactReminderDays",
                v.contactReminderDays() >= 0 && v.contactReminderDays() <= 90,
                "Reminders come 0 to 90 days ahead");
        new SwitchingCostModel(v.proxies(), v.facetWeights(), v.groupWeights());
        SettingsRules.required("exchangeRates", v.exchangeRates());
        v.exchangeRates().forEach((c, r) -> {
            field("exchangeRates", () -> Money.currency(c));
            SettingsRules.rule(
                    "exchangeRates." + c + ".rate",
                    r != null && r.signum() > 0,
                    "An exchange rate of " + c + " is positive");
        });
        field("tiers", () -> TierRules.validate(v.tiers()));
        SettingsRules.required("tierStability", v.tierStability());
    }

    private static void field(String field, java.util.function.Supplier<?> check) {
        try {
            check.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainRuleViolation(field, e.getMessage() == null ? "A value is required" : e.getMessage());
        }
    }

    private static void field(String field, Runnable check) {
        field(field, () -> {
            check.run();
            return null;
        });
    }
}
