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

    static void rule(String field, boolean ok, String key, String english, Object... args) {
        if (!ok) {
            throw new DomainRuleViolation(field, key, english, args);
        }
    }

    static void required(String field, Object value) {
        if (value == null) {
            throw new DomainRuleViolation(field, "rule.relationship.required", "A value is required");
        }
    }

    /**
     * Makes a part under a prefix ({@code tiers[2]}): a refused field is named below it, an unnamed one as the prefix.
     */
    public static <T> T at(String prefix, Supplier<T> make) {
        try {
            return make.get();
        } catch (DomainRuleViolation e) {
            throw e.under(prefix);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw refused(prefix, e);
        }
    }

    /**
     * Checks a set of values part by part, naming a refused field by the one scheme of {@link SettingsRules} (the
     * section policies name their own fields when they are made; here what only the whole can tell).
     */
    static void check(RelationshipSettings.Values v) {
        field("reportingCurrency", () -> Money.currency(v.reportingCurrency()));
        SettingsRules.rule(
                "valueBasis", v.valueBasis() != null, "rule.settings.valueBasis", "Choose revenue or margin");
        SettingsRules.rule(
                "valuePeriodMonths",
                v.valuePeriodMonths() >= 1 && v.valuePeriodMonths() <= 36,
                "rule.settings.valuePeriodMonths",
                "The value period is 1 to 36 months");
        field("defaultMarginRate", () -> Valuation.nothing(v.defaultMarginRate(), 1));
        SettingsRules.rule(
                "openEndedRemainingMonths",
                v.openEndedRemainingMonths() >= 0 && v.openEndedRemainingMonths() <= 60,
                "rule.settings.openEndedRemainingMonths",
                "Months assumed for an open-ended contract are 0 to 60");
        SettingsRules.required("segments", v.segments());
        SettingsRules.required("lifetime", v.lifetime());
        SettingsRules.required("satisfaction", v.satisfaction());
        SettingsRules.required("lifecycle", v.lifecycle());
        SettingsRules.rule(
                "reviewReminderDays",
                v.reviewReminderDays() >= 0 && v.reviewReminderDays() <= 90,
                "rule.settings.reminderDays",
                "Reminders come 0 to 90 days ahead");
        SettingsRules.rule(
                "contactReminderDays",
                v.contactReminderDays() >= 0 && v.contactReminderDays() <= 90,
                "rule.settings.reminderDays",
                "Reminders come 0 to 90 days ahead");
        new SwitchingCostModel(v.proxies(), v.facetWeights(), v.groupWeights());
        SettingsRules.required("exchangeRates", v.exchangeRates());
        v.exchangeRates().forEach((c, r) -> {
            field("exchangeRates", () -> Money.currency(c));
            SettingsRules.rule(
                    "exchangeRates." + c + ".rate",
                    r != null && r.signum() > 0,
                    "rule.settings.exchangeRate.positive",
                    "An exchange rate of {0} is positive",
                    c);
        });
        field("tiers", () -> TierRules.validate(v.tiers()));
        SettingsRules.required("tierStability", v.tierStability());
    }

    private static void field(String field, java.util.function.Supplier<?> check) {
        try {
            check.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw refused(field, e);
        }
    }

    /** A value's own guard refused it: its words as they are, or that a value is required when it says nothing. */
    private static DomainRuleViolation refused(String field, RuntimeException e) {
        return e.getMessage() == null
                ? new DomainRuleViolation(field, "rule.relationship.required", "A value is required")
                : DomainRuleViolation.untranslated(field, e.getMessage());
    }

    private static void field(String field, Runnable check) {
        field(field, () -> {
            check.run();
            return null;
        });
    }
}
