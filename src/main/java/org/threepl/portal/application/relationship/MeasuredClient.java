package org.threepl.portal.application.relationship;

import static org.threepl.portal.application.relationship.RelationshipComputation.months;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.threepl.portal.domain.model.relationship.ContactCadence;
import org.threepl.portal.domain.model.relationship.CustomerLifetimeValue;
import org.threepl.portal.domain.model.relationship.Lifecycle;
import org.threepl.portal.domain.model.relationship.LossStanding;
import org.threepl.portal.domain.model.relationship.MeasuredSignals;
import org.threepl.portal.domain.model.relationship.Proxy;
import org.threepl.portal.domain.model.relationship.RelationshipFacts;
import org.threepl.portal.domain.model.relationship.RelationshipSettings;
import org.threepl.portal.domain.model.relationship.RetentionBonds;
import org.threepl.portal.domain.model.relationship.SatisfactionLevel;
import org.threepl.portal.domain.model.relationship.TierDefinition;
import org.threepl.portal.domain.model.shared.Money;

/**
 * One client as the computation measured it, its facts turned into the domain's inputs on a day: the signals of the
 * switching-cost model, the contact cadence, the retention bonds, the lifecycle facts and the contract months still to
 * run. Amounts are in the reporting currency of the settings; nothing here reads or writes storage.
 */
final class MeasuredClient {

    /** A survey answered within this many days counts as taking part (information value). */
    static final int SURVEY_YEAR_DAYS = 365;

    private final RelationshipMeasures.Client c;
    private final RelationshipMeasures.Facts f;
    private final RelationshipSettings s;
    private final TierDefinition tier;
    private final LocalDate asOf;
    private final RelationshipFacts facts;
    private final List<RelationshipMeasures.Contract> inForce;

    MeasuredClient(
            RelationshipMeasures.Client c,
            RelationshipMeasures.Facts f,
            RelationshipSettings s,
            TierDefinition tier,
            LocalDate asOf,
            RelationshipFacts facts) {
        this.c = c;
        this.f = f;
        this.s = s;
        this.tier = tier;
        this.asOf = asOf;
        this.facts = facts;
        this.inForce = f.contracts().getOrDefault(c.id(), List.of()).stream()
                .filter(k ->
                        !k.start().isAfter(asOf) && (k.end() == null || !k.end().isBefore(asOf)))
                .toList();
    }

    LocalDate start() {
        return RelationshipComputation.start(c, f);
    }

    /** Months the contracts in force still run: the latest end, or the configured notice for an open-ended one. */
    BigDecimal remainingMonths() {
        if (inForce.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (inForce.stream().anyMatch(k -> k.end() == null)) {
            return BigDecimal.valueOf(s.openEndedRemainingMonths());
        }
        LocalDate end = inForce.stream()
                .map(RelationshipMeasures.Contract::end)
                .max(LocalDate::compareTo)
                .orElseThrow();
        return months(asOf, end.plusDays(1));
    }

    private BigDecimal remainingValue() {
        BigDecimal total = BigDecimal.ZERO;
        for (RelationshipMeasures.Contract k : inForce) {
            BigDecimal months = k.end() == null
                    ? BigDecimal.valueOf(s.openEndedRemainingMonths())
                    : months(asOf, k.end().plusDays(1));
            total = total.add(
                    s.toReporting(k.monthlyFee().multiply(months), k.currency()).orElse(BigDecimal.ZERO));
        }
        return total;
    }

    private long services() {
        return inForce.stream()
                .flatMap(k -> Arrays.stream(
                        k.services() == null ? new String[0] : k.services().split(",")))
                .map(String::trim)
                .filter(x -> !x.isEmpty())
                .distinct()
                .count();
    }

    private BigDecimal perMonth(long count) {
        return BigDecimal.valueOf(count)
                .multiply(BigDecimal.valueOf(30))
                .divide(BigDecimal.valueOf(s.lifecyclePolicy().windowDays()), 2, RoundingMode.HALF_EVEN);
    }

    private BigDecimal money(Money m) {
        return m == null
                ? BigDecimal.ZERO
                : s.toReporting(m.amount(), m.currency().getCurrencyCode()).orElse(BigDecimal.ZERO);
    }

    /** The sum of amounts in the reporting currency (an amount without a rate counts nothing). */
    private BigDecimal reporting(List<RelationshipMeasures.Amount> amounts) {
        return amounts.stream()
                .map(a -> s.toReporting(a.amount(), a.currency()).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    MeasuredSignals signals(BigDecimal slaRatio) {
        Long id = c.id();
        Map<Proxy, BigDecimal> v = new EnumMap<>(Proxy.class);
        v.put(Proxy.SLA_PERFORMANCE, slaRatio);
        v.put(Proxy.SLA_TERMS, BigDecimal.valueOf(f.slaPromises().getOrDefault(id, 0L)));
        v.put(Proxy.SHIPMENTS_PER_MONTH, perMonth(f.counts(f.volume(), id).recent()));
        v.put(Proxy.DISPUTE_PROCEDURES, BigDecimal.valueOf(f.disputeProcedures().getOrDefault(id, 0L)));
        v.put(Proxy.CONTRACT_SERVICES, BigDecimal.valueOf(services()));
        v.put(
                Proxy.ACTIVE_PORTAL_USERS,
                BigDecimal.valueOf(f.activePortalUsers().getOrDefault(id, 0L)));
        v.put(Proxy.SAVED_FILTERS, BigDecimal.valueOf(f.savedFilters().getOrDefault(id, 0L)));
        v.put(Proxy.SIGN_INS_PER_MONTH, perMonth(f.counts(f.signIns(), id).recent()));
        RelationshipMeasures.Credentials keys = f.credentials().get(id);
        v.put(Proxy.ACTIVE_API_CREDENTIALS, BigDecimal.valueOf(keys == null ? 0 : keys.active()));
        v.put(Proxy.API_CREDENTIALS_USED, BigDecimal.valueOf(keys == null ? 0 : keys.usedLast30Days()));
        v.put(
                Proxy.INTEGRATION_AGE_MONTHS,
                keys == null || keys.oldestActiveSince() == null
                        ? BigDecimal.ZERO
                        : months(LocalDate.ofInstant(keys.oldestActiveSince(), ZoneOffset.UTC), asOf));
        v.put(Proxy.API_TRAFFIC_PER_MONTH, perMonth(f.counts(f.apiTraffic(), id).recent()));
        BigDecimal discount = facts == null || facts.volumeDiscountPercent() == null
                ? BigDecimal.ZERO
                : facts.volumeDiscountPercent();
        v.put(Proxy.PRICE_INCENTIVE_PERCENT, tier.priceIncentivePercent().add(discount));
        RelationshipMeasures.Credits credits = f.credits().getOrDefault(id, RelationshipMeasures.Credits.NONE);
        v.put(
                Proxy.UNUSED_CREDITS,
                reporting(credits.granted())
                        .subtract(reporting(credits.deducted()))
                        .max(BigDecimal.ZERO));
        v.put(Proxy.ACCRUED_REBATES, money(facts == null ? null : facts.accruedRebates()));
        v.put(Proxy.REMAINING_CONTRACT_VALUE, remainingValue());
        v.put(Proxy.EXIT_FEE, money(facts == null ? null : facts.exitFee()));
        v.put(Proxy.DEDICATED_ASSETS, money(facts == null ? null : facts.dedicatedAssetsValue()));
        List<RelationshipMeasures.Manager> managers = f.managers().getOrDefault(id, List.of());
        v.put(
                Proxy.ACCOUNT_MANAGER_TENURE_MONTHS,
                managers.isEmpty()
                        ? BigDecimal.ZERO
                        : months(LocalDate.ofInstant(managers.get(0).assignedAt(), ZoneOffset.UTC), asOf));
        RelationshipMeasures.Contacts contacts = f.contacts().get(id);
        v.put(Proxy.CONTACTS_PER_QUARTER, BigDecimal.valueOf(contacts == null ? 0 : contacts.contactsInWindow()));
        v.put(Proxy.BUSINESS_REVIEWS_PER_YEAR, BigDecimal.valueOf(contacts == null ? 0 : contacts.reviewsLastYear()));
        v.put(Proxy.RELATIONSHIP_TENURE_MONTHS, months(start(), asOf));
        RelationshipMeasures.Survey survey = f.latestSurvey().get(id);
        v.put(Proxy.SURVEY_SATISFACTION, survey == null ? null : survey.c());
        return MeasuredSignals.of(v);
    }

    ContactCadence.Assessment cadence() {
        RelationshipMeasures.Contacts contacts = f.contacts().get(c.id());
        return ContactCadence.assess(
                contacts == null ? null : contacts.lastContact(),
                contacts == null ? null : contacts.lastReview(),
                start(),
                tier.contactCadenceDays(),
                tier.reviewCadenceDays(),
                asOf);
    }

    RetentionBonds bonds(ContactCadence.Assessment cadence) {
        RelationshipMeasures.Credentials keys = f.credentials().get(c.id());
        return RetentionBonds.assess(new RetentionBonds.Facts(
                tier.priceIncentivePercent(),
                facts == null ? null : facts.volumeDiscountPercent(),
                f.managers().getOrDefault(c.id(), List.of()).stream()
                        .map(RelationshipMeasures.Manager::name)
                        .toList(),
                cadence,
                keys == null ? 0 : keys.usedLast30Days(),
                f.slaPromises().getOrDefault(c.id(), 0L),
                f.disputeProcedures().getOrDefault(c.id(), 0L),
                facts == null ? null : facts.dedicatedAssets()));
    }

    /** The lifecycle from the churn signals, ended by a recorded loss (or read as recovered after one). */
    Lifecycle.Assessment lifecycle(SatisfactionLevel surveyLevel, Lifecycle.Policy policy) {
        Lifecycle.Assessment a = Lifecycle.assess(lifecycleFacts(surveyLevel), policy);
        LossStanding loss = f.losses().get(c.id());
        return loss == null ? a : loss.over(a, asOf);
    }

    private Lifecycle.Facts lifecycleFacts(SatisfactionLevel surveyLevel) {
        boolean openEnded = inForce.stream().anyMatch(k -> k.end() == null);
        LocalDate ends = openEnded
                ? null
                : inForce.stream()
                        .map(RelationshipMeasures.Contract::end)
                        .filter(Objects::nonNull)
                        .max(LocalDate::compareTo)
                        .orElse(null);
        Long id = c.id();
        return new Lifecycle.Facts(
                ChronoUnit.MONTHS.between(start(), asOf),
                window(f.counts(f.volume(), id)),
                window(f.counts(f.apiTraffic(), id)),
                window(f.counts(f.signIns(), id)),
                window(f.counts(f.disputes(), id)),
                window(f.counts(f.slaBreaches(), id)),
                !inForce.isEmpty(),
                ends,
                surveyLevel,
                asOf);
    }

    /** What the lifetime value reads of the client, after its lifecycle was assessed. */
    CustomerLifetimeValue.Client lifetimeInputs(Lifecycle.Assessment lifecycle) {
        RelationshipMeasures.Counts volume = f.counts(f.volume(), c.id());
        RelationshipMeasures.Credentials keys = f.credentials().get(c.id());
        RelationshipMeasures.Survey survey = f.latestSurvey().get(c.id());
        return new CustomerLifetimeValue.Client(
                lifecycle.stage(),
                lifecycle.churnRisk(),
                remainingMonths(),
                volume.recent(),
                volume.previous(),
                s.lifecyclePolicy().minimumBase(),
                keys != null && keys.usedLast30Days() > 0,
                survey != null && survey.answeredAt() != null && survey.ageDays(asOf) <= SURVEY_YEAR_DAYS);
    }

    private static Lifecycle.Window window(RelationshipMeasures.Counts c) {
        return new Lifecycle.Window(c.recent(), c.previous());
    }
}
