package org.threepl.portal.application.relationship;

import java.util.List;
import java.util.Objects;
import org.threepl.portal.application.relationship.SettingsDocument.Settings;

/**
 * A section of the relationship settings, as the settings page saves it by itself: the value basis with the segments,
 * the lifetime, satisfaction and lifecycle policies (with the signal points), the reminders, the proxies, the facet and
 * group weights, the exchange rates and the tiers (with how a client keeps its tier). Saving one takes its parts of the
 * document from what was sent and every other part from the settings as stored, so a section saved alone changes
 * nothing else.
 */
public enum SettingsSection {
    VALUE,
    LIFETIME,
    SATISFACTION,
    LIFECYCLE,
    REMINDERS,
    PROXIES,
    WEIGHTS,
    EXCHANGE_RATES,
    TIERS;

    /** The stored document with this section's parts replaced by the sent ones (the reading-only parts dropped). */
    Settings merge(Settings stored, Settings sent) {
        Objects.requireNonNull(sent, "settings");
        Settings v = from(VALUE, stored, sent);
        Settings r = from(REMINDERS, stored, sent);
        Settings w = from(WEIGHTS, stored, sent);
        return new Settings(
                v.reportingCurrency(),
                v.valueBasis(),
                v.valuePeriodMonths(),
                v.defaultMarginRate(),
                v.contractFeeFallback(),
                v.openEndedRemainingMonths(),
                v.segments(),
                from(LIFETIME, stored, sent).lifetime(),
                from(SATISFACTION, stored, sent).satisfaction(),
                from(LIFECYCLE, stored, sent).lifecycle(),
                r.reviewReminderDays(),
                r.contactReminderDays(),
                from(PROXIES, stored, sent).proxies(),
                w.facets(),
                w.groups(),
                rates(stored, sent),
                from(TIERS, stored, sent).tiers(),
                from(TIERS, stored, sent).tierStability(),
                null,
                null,
                null);
    }

    /**
     * The rates sent, or those stored without the reporting currency's own (1, implied): it stays out, as on the page.
     */
    private List<SettingsDocument.Rate> rates(Settings stored, Settings sent) {
        return this == EXCHANGE_RATES
                ? sent.exchangeRates()
                : stored.exchangeRates().stream()
                        .filter(r -> !r.currency().equals(stored.reportingCurrency()))
                        .toList();
    }

    private Settings from(SettingsSection part, Settings stored, Settings sent) {
        return this == part ? sent : stored;
    }
}
