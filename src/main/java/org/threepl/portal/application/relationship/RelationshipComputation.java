package org.threepl.portal.application.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.threepl.portal.application.Notifier;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.sla.SlaPerformance;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.relationship.AccountTask;
import org.threepl.portal.domain.model.relationship.ClientTier;
import org.threepl.portal.domain.model.relationship.ContactCadence;
import org.threepl.portal.domain.model.relationship.CustomerLifetimeValue;
import org.threepl.portal.domain.model.relationship.Lifecycle;
import org.threepl.portal.domain.model.relationship.LifecycleStage;
import org.threepl.portal.domain.model.relationship.MeasuredSignals;
import org.threepl.portal.domain.model.relationship.RelationshipSettings;
import org.threepl.portal.domain.model.relationship.RelationshipSnapshot;
import org.threepl.portal.domain.model.relationship.RetentionBonds;
import org.threepl.portal.domain.model.relationship.Satisfaction;
import org.threepl.portal.domain.model.relationship.SatisfactionLevel;
import org.threepl.portal.domain.model.relationship.SwitchingCostModel;
import org.threepl.portal.domain.model.relationship.SwitchingCostProfile;
import org.threepl.portal.domain.model.relationship.TierDefinition;
import org.threepl.portal.domain.model.relationship.TierRules;
import org.threepl.portal.domain.model.relationship.Valuation;
import org.threepl.portal.domain.model.relationship.ValueSegmentation;
import org.threepl.portal.domain.model.shared.Message;

/**
 * Measures every active client and writes its snapshot of the day: the proxies from the portal's data (set-based,
 * {@link RelationshipMeasures}), the SLA performance from the service levels, then the domain's computations with the
 * settings in force. Value segments need every client's value, so every client is measured even when one is asked for;
 * only the asked one's snapshot is written then. A live run (today) also raises the account managers' tasks: a client
 * that moved into decline, a business review or a contact due. Run by the scheduled job or an authorised request.
 */
@ApplicationScoped
public class RelationshipComputation {

    /** Month-end snapshots a first ever run computes before today's, so that trends have a history. */
    static final int BACKFILL_MONTHS = 6;

    @Inject
    RelationshipMeasures measures;

    @Inject
    RelationshipRepository relationships;

    @Inject
    SnapshotRepository snapshotStore;

    @Inject
    OrganisationRepository organisations;

    @Inject
    SlaPerformance sla;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    /** What a run did. */
    public record Result(LocalDate asOf, int clients, int snapshots, int tasks, int activityDays) {}

    /** Today's run; a first ever run computes the month-ends before it first. Everything in one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result runToday(Long onlyOrganisation) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (onlyOrganisation == null && !snapshotStore.anySnapshot()) {
            for (int m = BACKFILL_MONTHS; m >= 1; m--) {
                compute(today.minusMonths(m).withDayOfMonth(1), null, false);
            }
        }
        return compute(today, onlyOrganisation, true);
    }

    /** A past day's snapshots (no tasks), e.g. to fill a gap in the history. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result runFor(LocalDate asOf) {
        return compute(asOf, null, false);
    }

    Result compute(LocalDate asOf, Long onlyOrganisation, boolean live) {
        Instant now = clock.instant();
        RelationshipSettings settings = relationships.settings();
        Lifecycle.Policy lifecyclePolicy = settings.lifecyclePolicy();
        int window = lifecyclePolicy.windowDays();
        int activityDays = measures.aggregateActivity(asOf.minusDays(2L * window), asOf, now);
        RelationshipMeasures.Facts f = measures.measure(asOf, window, settings.valuePeriodMonths());

        Map<Long, ClientTier> tiers = relationships.clientTiers().stream()
                .collect(Collectors.toMap(ClientTier::organisationId, Function.identity()));
        Set<Long> aYearAgo = measures.clientsInForce(asOf.minusYears(1));
        Set<Long> inForce = measures.clientsInForce(asOf);
        int lost = (int) aYearAgo.stream().filter(id -> !inForce.contains(id)).count();
        CustomerLifetimeValue.ChurnRate churn =
                CustomerLifetimeValue.churnRate(aYearAgo.size(), lost, settings.lifetimePolicy());

        // a client is one from the start of its relationship on (a past day's run leaves out those that came later)
        List<RelationshipMeasures.Client> clients =
                f.clients().stream().filter(c -> !start(c, f).isAfter(asOf)).toList();
        Map<Long, Valuation> valuations = new HashMap<>();
        List<ValueSegmentation.ClientValue> values = new ArrayList<>();
        for (RelationshipMeasures.Client c : clients) {
            Valuation v = valuation(c, f, settings, asOf);
            valuations.put(c.id(), v);
            values.add(new ValueSegmentation.ClientValue(c.id(), v.value(settings.valueBasis())));
        }
        Map<Long, ValueSegmentation.Placement> placements =
                ValueSegmentation.place(values, settings.segmentThresholds()).stream()
                        .collect(Collectors.toMap(ValueSegmentation.Placement::organisationId, Function.identity()));

        SwitchingCostModel model = settings.model();
        int snapshots = 0;
        int tasks = 0;
        for (RelationshipMeasures.Client c : clients) {
            if (onlyOrganisation != null && !onlyOrganisation.equals(c.id())) {
                continue;
            }
            Organisation org = organisations.find(TenantScope.all(), c.id()).orElseThrow();
            ClientTier clientTier = tiers.get(c.id());
            if (clientTier == null && live) {
                clientTier = new ClientTier(
                        c.id(),
                        settings.lowestTier(),
                        start(c, f).atStartOfDay(ZoneOffset.UTC).toInstant());
                relationships.add(clientTier);
                tiers.put(c.id(), clientTier);
            }
            TierDefinition tier = clientTier == null
                    ? settings.lowestTier()
                    : settings.tier(clientTier.tierCode()).orElse(settings.lowestTier());
            MeasuredClient client = new MeasuredClient(
                    c, f, settings, tier, asOf, relationships.facts(c.id()).orElse(null));

            SlaPerformance.Figures performance = sla.of(org, asOf);
            MeasuredSignals signals = client.signals(performance.meanRatio());
            SwitchingCostProfile profile = model.profile(signals);
            ContactCadence.Assessment cadence = client.cadence();
            RetentionBonds bonds = client.bonds(cadence);
            RelationshipMeasures.Survey survey = f.latestSurvey().get(c.id());
            Satisfaction.Figure satisfaction = Satisfaction.combine(
                    survey == null ? null : survey.c(),
                    survey == null ? 0 : survey.ageDays(asOf),
                    performance.meanRatio(),
                    settings.satisfactionPolicy());
            SatisfactionLevel surveyLevel =
                    survey == null ? null : Satisfaction.level(survey.c(), settings.satisfactionPolicy());
            Lifecycle.Assessment lifecycle = client.lifecycle(surveyLevel, lifecyclePolicy);
            CustomerLifetimeValue.Figure lifetime = CustomerLifetimeValue.of(
                    valuations.get(c.id()), churn, client.lifetimeInputs(lifecycle), settings.lifetimePolicy());
            ValueSegmentation.Placement placement = placements.get(c.id());
            var previous = f.previous().getOrDefault(c.id(), RelationshipMeasures.Previous.NONE);
            TierRules.Recommendation recommendation = TierRules.recommend(
                    settings.tiers(),
                    new TierRules.Standing(
                            placement.segment(),
                            profile.overall(),
                            bonds,
                            performance.meanRatio(),
                            satisfaction.value()),
                    settings.tierStability(),
                    new TierRules.Current(tier.code(), previous.tierShortSince(), asOf));
            snapshotStore.store(new RelationshipSnapshot(
                    c.id(),
                    asOf,
                    now,
                    new RelationshipSnapshot.Figures(
                            profile,
                            placement,
                            settings.valueBasis(),
                            valuations.get(c.id()),
                            lifetime,
                            satisfaction,
                            lifecycle,
                            bonds,
                            tier.code(),
                            recommendation.tier(),
                            recommendation.shortSince(),
                            settings.reportingCurrency())));
            snapshots++;
            if (live) {
                tasks += raiseTasks(org, lifecycle, previous.stage(), cadence, tier, settings, asOf, now);
            }
        }
        return new Result(asOf, clients.size(), snapshots, tasks, activityDays);
    }

    /** The tasks a run raises for a client, each once, told to its account managers. */
    private int raiseTasks(
            Organisation org,
            Lifecycle.Assessment lifecycle,
            String previousStage,
            ContactCadence.Assessment cadence,
            TierDefinition tier,
            RelationshipSettings settings,
            LocalDate today,
            Instant now) {
        int raised = 0;
        String page = RelationshipLinks.client(org.id());
        if (lifecycle.stage() == LifecycleStage.DECLINE
                && !LifecycleStage.DECLINE.name().equals(previousStage)) {
            Message subject =
                    Message.of("task.DECLINE.subject", Message.text(org.name()), Message.count(lifecycle.churnRisk()));
            Message body = Message.of(
                    "task.DECLINE.body",
                    Message.nested(Message.list(lifecycle.fired().stream()
                            .map(Lifecycle.Check::detail)
                            .toList())));
            raised += raise(
                    new AccountTask(
                            org.id(),
                            AccountTask.Kind.DECLINE,
                            today.toString(),
                            subject,
                            body,
                            today.plusDays(7),
                            now),
                    subject,
                    body,
                    page);
        }
        LocalDate reviewDue = cadence.reviewDueOn();
        if (!today.isBefore(reviewDue.minusDays(settings.reviewReminderDays()))) {
            Message subject = Message.of("task.REVIEW_DUE.subject", Message.text(org.name()), Message.day(reviewDue));
            Message body =
                    Message.of("task.REVIEW_DUE.body", tier.nameInText(), Message.count(tier.reviewCadenceDays()));
            raised += raise(
                    new AccountTask(
                            org.id(),
                            AccountTask.Kind.REVIEW_DUE,
                            reviewDue.toString(),
                            subject,
                            Message.of("task.detail", Message.nested(body), Message.nested(cadence.summary())),
                            reviewDue,
                            now),
                    subject,
                    body,
                    page);
        }
        LocalDate contactDue = cadence.contactDueOn();
        if (!today.isBefore(contactDue.minusDays(settings.contactReminderDays()))) {
            Message subject = Message.of("task.CONTACT_DUE.subject", Message.text(org.name()), Message.day(contactDue));
            Message body =
                    Message.of("task.CONTACT_DUE.body", tier.nameInText(), Message.count(tier.contactCadenceDays()));
            raised += raise(
                    new AccountTask(
                            org.id(),
                            AccountTask.Kind.CONTACT_DUE,
                            contactDue.toString(),
                            subject,
                            Message.of("task.detail", Message.nested(body), Message.nested(cadence.summary())),
                            contactDue,
                            now),
                    subject,
                    body,
                    page);
        }
        return raised;
    }

    private int raise(AccountTask task, Message subject, Message body, String page) {
        if (relationships.taskExists(task.organisationId(), task.kind(), task.occasion())) {
            return 0;
        }
        relationships.add(task);
        notifier.tell(notifier.accountManagersOf(task.organisationId()), subject, body, page);
        return 1;
    }

    /** The relationship started with the first contract, or, without one, when the organisation was created. */
    static LocalDate start(RelationshipMeasures.Client c, RelationshipMeasures.Facts f) {
        return f.contracts().getOrDefault(c.id(), List.of()).stream()
                .map(RelationshipMeasures.Contract::start)
                .min(LocalDate::compareTo)
                .orElse(c.createdAt() == null ? f.asOf() : LocalDate.ofInstant(c.createdAt(), ZoneOffset.UTC));
    }

    /** Revenue over the value period from invoices; without any, from the contract fees (if so configured). */
    static Valuation valuation(
            RelationshipMeasures.Client c, RelationshipMeasures.Facts f, RelationshipSettings s, LocalDate asOf) {
        LocalDate periodStart = asOf.minusMonths(s.valuePeriodMonths());
        List<RelationshipMeasures.Invoiced> invoices = f.invoiced().getOrDefault(c.id(), List.of());
        // revenue is per month of the period the client was served in: invoices issued before its first contract count
        // from the first of them
        LocalDate served = invoices.stream()
                .map(RelationshipMeasures.Invoiced::firstIssued)
                .filter(java.util.Objects::nonNull)
                .reduce(start(c, f), (a, b) -> a.isBefore(b) ? a : b);
        long tenure = ChronoUnit.MONTHS.between(served, asOf);
        int months = (int) Math.max(1, Math.min(s.valuePeriodMonths(), tenure));
        Set<String> unconvertible = new TreeSet<>();
        if (!invoices.isEmpty()) {
            BigDecimal revenue = BigDecimal.ZERO;
            BigDecimal withCost = BigDecimal.ZERO;
            BigDecimal cost = BigDecimal.ZERO;
            for (RelationshipMeasures.Invoiced i : invoices) {
                var total = s.toReporting(i.total(), i.currency());
                if (total.isEmpty()) {
                    unconvertible.add(i.currency());
                    continue;
                }
                revenue = revenue.add(total.get());
                withCost = withCost.add(
                        s.toReporting(i.totalWithCost(), i.currency()).orElseThrow());
                cost = cost.add(s.toReporting(i.cost(), i.currency()).orElseThrow());
            }
            return new Valuation(
                    revenue,
                    withCost,
                    cost,
                    s.defaultMarginRate(),
                    Valuation.Source.INVOICES,
                    months,
                    String.join(", ", unconvertible));
        }
        if (!s.contractFeeFallback()) {
            return Valuation.nothing(s.defaultMarginRate(), months);
        }
        BigDecimal revenue = BigDecimal.ZERO;
        boolean any = false;
        for (RelationshipMeasures.Contract k : f.contracts().getOrDefault(c.id(), List.of())) {
            LocalDate from = k.start().isAfter(periodStart) ? k.start() : periodStart;
            LocalDate to = k.end() == null || k.end().plusDays(1).isAfter(asOf)
                    ? asOf
                    : k.end().plusDays(1);
            if (!to.isAfter(from)) {
                continue;
            }
            var fee = s.toReporting(k.monthlyFee(), k.currency());
            if (fee.isEmpty()) {
                unconvertible.add(k.currency());
                continue;
            }
            any = true;
            revenue = revenue.add(fee.get().multiply(months(from, to)));
        }
        return any
                ? new Valuation(
                        revenue,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        s.defaultMarginRate(),
                        Valuation.Source.CONTRACT_FEES,
                        months,
                        String.join(", ", unconvertible))
                : new Valuation(
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        s.defaultMarginRate(),
                        Valuation.Source.NONE,
                        months,
                        String.join(", ", unconvertible));
    }

    /**
     * Months between two days, two decimals: whole calendar months, and the part-month as a share of the days of the
     * month it falls in (15 January to 1 March: 1 + 14 / 28 = 1.50); never negative.
     */
    static BigDecimal months(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return BigDecimal.ZERO.setScale(2);
        }
        long whole = ChronoUnit.MONTHS.between(from, to);
        LocalDate anchor = from.plusMonths(whole);
        long rest = ChronoUnit.DAYS.between(anchor, to);
        long length = ChronoUnit.DAYS.between(anchor, from.plusMonths(whole + 1));
        return BigDecimal.valueOf(whole)
                .add(BigDecimal.valueOf(rest).divide(BigDecimal.valueOf(length), 10, RoundingMode.HALF_EVEN))
                .setScale(2, RoundingMode.HALF_EVEN);
    }
}
