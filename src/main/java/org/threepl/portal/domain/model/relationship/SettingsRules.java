package org.threepl.portal.domain.model.relationship;

import org.threepl.portal.domain.model.shared.DomainRuleViolation;

import java.util.function.Supplier;

/**
 * The one field-path scheme of the relationship settings, shared by the API's errors and the page's messages: a
 * section and its field ({@code segments.vipShare}, {@code lifecycle.windowDays}), a top-level setting by its name
 * ({@code reportingCurrency}), a tier by its position ({@code tiers[2].minSwitchingCost}: a tier's code may itself be
 * what is wrong), an entry keyed by a fixed code by that code ({@code proxies.EXIT_FEE.weight},
 * {@code facets.PROCESS}, {@code lifecycle.signalPoints.VOLUME_DOWN}, {@code exchangeRates.GBP}), and a rule over a
 * whole section by the section's name ({@code tiers}, {@code groups}). Each policy names its own fields; a list
 * prefixes its items' fields with {@link #at}.
 */
public final class SettingsRules {

    private SettingsRules() {
    }

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

    /** Makes a part under a prefix ({@code tiers[2]}): a refused field is named below it, an unnamed one as the prefix. */
    public static <T> T at(String prefix, Supplier<T> make) {
        try {
            return make.get();
        } catch (DomainRuleViolation e) {
            throw new DomainRuleViolation(e.field() == null ? prefix : prefix + "." + e.field(), e.getMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainRuleViolation(prefix, e.getMessage() == null ? "A value is required" : e.getMessage());
        }
    }
}
