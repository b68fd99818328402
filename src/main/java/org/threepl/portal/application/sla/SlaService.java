package org.threepl.portal.application.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.export.ForPeople;
import org.threepl.portal.application.export.TableWriter;
import org.threepl.portal.application.export.TableWriters;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.application.report.Report;
import org.threepl.portal.domain.model.account.ClientContract;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.domain.model.sla.BonusMalus;
import org.threepl.portal.domain.model.sla.DisputeFigures;
import org.threepl.portal.domain.model.sla.Kpi;
import org.threepl.portal.domain.model.sla.KpiCounts;
import org.threepl.portal.domain.model.sla.KpiValue;
import org.threepl.portal.domain.model.sla.Lateness;
import org.threepl.portal.domain.model.sla.MeasurementPeriod;
import org.threepl.portal.domain.model.sla.PeriodResult;
import org.threepl.portal.domain.model.sla.RollupsUpdated;
import org.threepl.portal.domain.model.sla.ShipmentOutcome;
import org.threepl.portal.domain.model.sla.SlaBreach;
import org.threepl.portal.domain.model.sla.SlaScope;
import org.threepl.portal.domain.model.sla.SlaTerm;
import org.threepl.portal.application.ContractRepository;
import org.threepl.portal.application.OrganisationRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SLA terms and KPI results. A term applies to the periods that start on or after its date, until a
 * newer version of the same promise (same contract, KPI and scope) takes over; each period is judged
 * by the version in force on its first day.
 */
@ApplicationScoped
@Transactional
public class SlaService {

    /** Periods shown per KPI: the current one and those before it. */
    static final int TREND_PERIODS = 6;
    static final int MAX_LATE_SHIPMENTS = 500;
    static final int OVERVIEW_LIMIT = 200;

    @Inject
    CallerContext callers;

    @Inject
    SlaTermRepository terms;

    @Inject
    SlaBreachRepository breachEntries;

    @Inject
    DisputeFigures disputes;

    @Inject
    KpiRollups rollupJob;

    @Inject
    ContractRepository contracts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    KpiRollupRepository rollups;

    @Inject
    Clock clock;

    @Inject
    TableWriters writers;

    @Inject
    org.threepl.portal.application.shipment.ShipmentRepository shipmentFacts;

    @Inject
    jakarta.enterprise.event.Event<RollupsUpdated> updated;

    /** A new term, or a new version of a term, as the 3PL records it. */
    public record NewTerm(String kpi, BigDecimal target, String period, String scopeKind, String scopeValue,
                          Integer toleranceMinutes, BigDecimal bonusThreshold, BigDecimal bonusPercent,
                          BigDecimal penaltyThreshold, BigDecimal penaltyPercent, LocalDate effectiveFrom) {
    }

    /** The organisation asked for, or, when none is named, a client caller's own. */
    public Long organisationOrOwn(Long organisationId) {
        return callers.organisationOrOwn(organisationId);
    }

    public List<SlaTermView> terms(Long organisationId) {
        TenantScope scope = visible(organisationId).scope;
        return terms.ofOrganisation(scope, organisationId).stream().map(SlaTermView::of).toList();
    }

    public SlaTermView addTerm(Long contractId, NewTerm cmd) {
        Caller caller = callers.current();
        ClientContract contract = contracts.find(caller.tenantScope(), contractId)
                .orElseThrow(() -> new NotFoundException("Contract " + contractId));
        AccessPolicy.require(AccessPolicy.mayOperatePortal(caller), "Only the 3PL's operations administrators record SLA terms");
        Kpi kpi = parse(Kpi.class, "kpi", cmd.kpi());
        MeasurementPeriod period = parse(MeasurementPeriod.class, "period", cmd.period());
        SlaScope.Kind scopeKind = cmd.scopeKind() == null || cmd.scopeKind().isBlank() ? SlaScope.Kind.ALL
                : parse(SlaScope.Kind.class, "scopeKind", cmd.scopeKind());
        SlaScope scope = field("scopeValue", () -> new SlaScope(scopeKind, cmd.scopeValue()));
        BonusMalus bands = field("bonusMalus", () -> new BonusMalus(cmd.bonusThreshold(), cmd.bonusPercent(),
                cmd.penaltyThreshold(), cmd.penaltyPercent()));
        if (cmd.effectiveFrom() == null) {
            throw new DomainRuleViolation("effectiveFrom", "The date from which the term applies is required");
        }
        SlaTerm term = field("target", () -> new SlaTerm(contract.id(), contract.organisation().id(), kpi, cmd.target(), period,
                scope, cmd.toleranceMinutes() == null ? 0 : cmd.toleranceMinutes(), bands, cmd.effectiveFrom(), caller.actor(),
                clock.instant()));
        terms.add(term);
        return SlaTermView.of(term);
    }

    /** The organisation's KPIs now and over the last periods, its breaches of the last twelve months, and their freshness. */
    public SlaDashboard dashboard(Long organisationId) {
        Visible v = visible(organisationId);
        return dashboardOf(v.organisation, v.scope);
    }

    /** The dashboard of an organisation the caller may see, or (for the system's own jobs) any with {@link TenantScope#all()}. */
    SlaDashboard dashboardOf(Organisation organisation, TenantScope scope) {
        Long organisationId = organisation.id();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = today.minusMonths(13).withDayOfMonth(1).minusDays(7);
        List<KpiRollupRepository.Row> rows = rollups.rows(organisationId, from, today.plusDays(1));
        List<SlaDashboard.KpiTrend> trends = new ArrayList<>();
        List<KpiResultView> breaches = new ArrayList<>();
        for (List<SlaTerm> versions : promises(terms.ofOrganisation(scope, organisationId))) {
            Optional<SlaTerm> now = SlaTerm.inForce(versions, today);
            if (now.isEmpty()) {
                continue;
            }
            MeasurementPeriod period = now.get().period();
            int lookBack = period == MeasurementPeriod.MONTH ? 12 : 52;
            List<KpiResultView> periods = new ArrayList<>();
            LocalDate start = period.start(today);
            for (int i = 0; i < lookBack; i++, start = period.previousStart(start)) {
                Optional<SlaTerm> then = SlaTerm.inForce(versions, start);
                if (then.isEmpty() || then.get().period() != period) {
                    break;
                }
                KpiResultView r = judge(then.get(), start, rows, today);
                if (i < TREND_PERIODS) {
                    periods.add(0, r);
                }
                if ("BREACHED".equals(r.status())) {
                    breaches.add(r);
                }
            }
            trends.add(new SlaDashboard.KpiTrend(SlaTermView.of(now.get()), periods));
        }
        breaches.sort(Comparator.comparing(KpiResultView::periodStart).reversed());
        // the oldest roll-up row read: how fresh the figures are at worst
        Instant asOf = rows.stream().map(KpiRollupRepository.Row::computedAt).min(Comparator.naturalOrder()).orElse(null);
        return new SlaDashboard(organisationId, organisation.name(), trends, breaches, asOf, performanceIndex(trends));
    }

    /**
     * For each term in force, its last closed period, as the home page shows them: only the roll-ups of that period
     * and the running one are read (the dashboard reads thirteen months).
     */
    public List<KpiResultView> lastClosedPeriods(Long organisationId) {
        Visible v = visible(organisationId);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<KpiRollupRepository.Row> rows = rollups.rows(organisationId, today.minusMonths(1).withDayOfMonth(1).minusDays(7),
                today.plusDays(1));
        List<KpiResultView> closed = new ArrayList<>();
        for (List<SlaTerm> versions : promises(terms.ofOrganisation(v.scope, organisationId))) {
            Optional<SlaTerm> now = SlaTerm.inForce(versions, today);
            if (now.isEmpty()) {
                continue;
            }
            MeasurementPeriod period = now.get().period();
            LocalDate start = period.previousStart(period.start(today));
            Optional<SlaTerm> then = SlaTerm.inForce(versions, start);
            if (then.isPresent() && then.get().period() == period) {
                closed.add(judge(then.get(), start, rows, today));
            }
        }
        return closed;
    }

    /** The columns of the period report. */
    public static final List<String> REPORT_COLUMNS = List.of("kpi", "scope", "period_start", "period_end", "closed", "target", "actual",
            "numerator", "denominator", "status", "performance_ratio", "bonus_malus", "amount", "currency", "calculation");

    /** The period report's content: whose, the day asked, and each KPI in force judged over its period containing that day. */
    public record PeriodReport(String organisationName, String organisationCode, LocalDate day, List<PeriodLine> lines) {
    }

    /** One KPI of the period report: the result and the term's scope in words of the contract ("ALL", "MODE=AIR"). */
    public record PeriodLine(KpiResultView result, String scope) {
    }

    /**
     * The period report: every KPI in force, each judged over the period containing {@code day} (by its own
     * measurement period; today when null).
     */
    public PeriodReport periodReport(Long organisationId, LocalDate day) {
        Visible v = visible(organisationId);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate on = day == null ? today : day;
        List<KpiRollupRepository.Row> rows = rollups.rows(organisationId, on.minusMonths(1).withDayOfMonth(1), on.plusMonths(1).plusDays(7));
        List<PeriodLine> lines = new ArrayList<>();
        for (List<SlaTerm> versions : promises(terms.ofOrganisation(v.scope, organisationId))) {
            Optional<SlaTerm> any = SlaTerm.inForce(versions, on);
            if (any.isEmpty()) {
                continue;
            }
            LocalDate start = any.get().period().start(on);
            Optional<SlaTerm> term = SlaTerm.inForce(versions, start);
            if (term.isEmpty()) {
                continue;
            }
            lines.add(new PeriodLine(judge(term.get(), start, rows, today), term.get().scope().toString()));
        }
        return new PeriodReport(v.organisation().name(), v.organisation().code().value(), on, lines);
    }

    /**
     * The period report as a file for the person reading the service-level page (Excel; CSV or a PDF table as well): the
     * results table of the period report's PDF, in the reader's language and formats, under the page's name.
     */
    public void report(Long organisationId, LocalDate day, TableWriter.Format format, Formats reader, java.io.OutputStream out)
            throws java.io.IOException {
        PeriodReport report = periodReport(organisationId, day);
        ForPeople people = new ForPeople(reader);
        Report.Table results = SlaPeriodDocument.results(report, people.texts(), reader);
        try (TableWriter table = writers.openForPeople(format, out, people.text("nav.sla"), people.text("sla.title", report.organisationName())
                + " · " + people.madeOn(clock.instant()))) {
            table.header(results.columns().stream().map(Report.Column::title).toList());
            for (List<String> row : results.rows()) {
                table.row(row.toArray());
            }
        }
    }

    /** The period report as a machine file (the API's CSV, Excel or PDF table): stable column names, codes. */
    public void report(Long organisationId, LocalDate day, TableWriter.Format format, java.io.OutputStream out) throws java.io.IOException {
        PeriodReport report = periodReport(organisationId, day);
        try (TableWriter table = writers.open(format, out, "Service levels")) {
            report(report, table);
        }
    }

    private static void report(PeriodReport report, TableWriter out) throws java.io.IOException {
        out.header(REPORT_COLUMNS);
        for (PeriodLine line : report.lines()) {
            KpiResultView r = line.result();
            out.row(new Object[]{r.term().kpi(), line.scope(), r.periodStart(), r.periodEnd(), r.closed(),
                    r.term().target(), r.value(), r.numerator(), r.denominator(), r.status(), r.performanceRatio(), r.bonusMalus(),
                    r.bonusMalusAmount(), r.currency(), r.calculation()});
        }
    }

    /** A breach entry as shown: the period, the figures and the account manager's comment. */
    public record BreachView(Long id, String kpi, java.time.LocalDate periodStart, java.time.LocalDate periodEnd, BigDecimal actual,
                             BigDecimal target, Instant openedAt, String comment, String commentedBy, Instant commentedAt,
                             Long disputeId, int version) {
        static BreachView of(SlaBreach b) {
            return new BreachView(b.id(), b.kpi(), b.periodStart(), b.periodEnd(), b.actual(), b.target(), b.openedAt(), b.comment(),
                    b.commentedBy() == null ? null : b.commentedBy().name(), b.commentedAt(), b.disputeId(), b.version());
        }
    }

    /** The organisation's breach entries, newest first. */
    public List<BreachView> breaches(Long organisationId) {
        Visible v = visible(organisationId);
        return breachEntries.ofOrganisation(v.scope, organisationId).stream().map(BreachView::of).toList();
    }

    /**
     * The account manager's comment on a breach (or an operations admin's); {@code expectedVersion} is the
     * version the writer saw, so that a comment written meanwhile by someone else is not overwritten.
     */
    public BreachView commentOnBreach(Long breachId, int expectedVersion, String text) {
        Caller caller = callers.current();
        SlaBreach b = breachEntries.find(caller.tenantScope(), breachId).orElseThrow(() -> new NotFoundException("Breach " + breachId));
        AccessPolicy.require(caller.isUser() && (caller.hasRole(Role.ACCOUNT_MANAGER) || caller.hasRole(Role.OPS_ADMIN)),
                "Breaches are commented on by the client's account manager");
        if (b.version() != expectedVersion) {
            throw new ConcurrentChangeException("Breach " + breachId);
        }
        field("comment", () -> {
            b.comment(text, caller.actor(), clock.instant());
            return b;
        });
        return BreachView.of(b);
    }

    /** One client in an account manager's overview. */
    public record ClientRisk(Long organisationId, String name, int breached, int atRisk, int met, BigDecimal performanceIndex,
                             Instant figuresAsOf) {
    }

    /**
     * The caller's clients (an account manager's assigned ones; for the 3PL, the first
     * {@value #OVERVIEW_LIMIT}), riskiest first: most KPIs breached in their last closed period, then
     * most at risk now, then the lowest performance index.
     */
    public List<ClientRisk> overview() {
        Caller caller = callers.current();
        AccessPolicy.require(!caller.isUser() || caller.organisationId() == null, "The overview across clients is for the 3PL's staff");
        List<ClientRisk> clients = new ArrayList<>();
        for (Organisation org : organisations.list(caller.tenantScope(), 0, OVERVIEW_LIMIT)) {
            SlaDashboard d = dashboard(org.id());
            int breached = 0;
            int atRisk = 0;
            int met = 0;
            for (SlaDashboard.KpiTrend k : d.kpis()) {
                KpiResultView last = k.previous();
                if (last != null && "BREACHED".equals(last.status())) {
                    breached++;
                }
                switch (k.current().status()) {
                    case "AT_RISK" -> atRisk++;
                    case "MET" -> met++;
                    default -> { }
                }
            }
            clients.add(new ClientRisk(org.id(), org.name(), breached, atRisk, met, d.performanceIndex(), d.figuresAsOf()));
        }
        clients.sort(Comparator.comparingInt(ClientRisk::breached).reversed().thenComparing(Comparator.comparingInt(ClientRisk::atRisk).reversed())
                .thenComparing(c -> c.performanceIndex() == null ? BigDecimal.valueOf(Long.MAX_VALUE) : c.performanceIndex()));
        return clients;
    }

    /**
     * The shipments that count against a KPI in a period: late (delivery or pick-up KPIs), not in full,
     * or damaged; at most {@value #MAX_LATE_SHIPMENTS}, the latest first.
     */
    public List<LateShipmentView> shipmentsAgainst(Long termId, LocalDate periodStart) {
        Caller caller = callers.current();
        SlaTerm term = terms.find(caller.tenantScope(), termId).orElseThrow(() -> new NotFoundException("SLA term " + termId));
        LocalDate start = term.period().start(periodStart);
        Instant from = start.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = term.period().endExclusive(start).atStartOfDay(ZoneOffset.UTC).toInstant();
        boolean pickup = term.kpi() == Kpi.ON_TIME_PICKUP;
        String lane = term.scope().kind() == SlaScope.Kind.LANE ? term.scope().value() : null;
        String level = term.scope().kind() == SlaScope.Kind.SERVICE_LEVEL ? term.scope().value() : null;
        Instant now = clock.instant();
        List<LateShipmentView> against = new ArrayList<>();
        rollups.forEachDue(term.organisationId(), pickup, from, to, lane, level, d -> {
            ShipmentOutcome o = d.outcome();
            if (!countsAgainst(term, o, now)) {
                return true;
            }
            Instant dueAt = pickup ? o.pickupDue() : o.deliveryDue();
            Instant stop = pickup ? o.pickedUpAt() : o.deliveryClockStop().orElse(null);
            long late = Math.max(0, Duration.between(dueAt, stop == null ? now : stop).toMinutes());
            against.add(new LateShipmentView(d.id(), d.reference(), d.lane(), d.serviceLevel(), dueAt, stop, late, d.status(),
                    List.of(), null, false));
            return against.size() < MAX_LATE_SHIPMENTS;
        });
        return withEvidence(against);
    }

    /** The drill-down's shipments with the sources of their facts: a few queries for the whole list, none per shipment. */
    private List<LateShipmentView> withEvidence(List<LateShipmentView> views) {
        List<Long> ids = views.stream().map(LateShipmentView::id).toList();
        var reporters = shipmentFacts.reportersOf(ids);
        var names = shipmentFacts.reporterNames(reporters.values().stream().flatMap(List::stream).toList());
        var amended = shipmentFacts.amendedAfterPickup(ids);
        var pods = shipmentFacts.proofOfDeliveryRecorders(ids);
        return views.stream().map(v -> v.withEvidence(
                reporters.getOrDefault(v.id(), List.of()).stream().map(r -> new LateShipmentView.Source(r.kind().name(),
                        r.kind() == org.threepl.portal.domain.model.shared.Actor.Kind.SYSTEM ? "portal" : names.get(r.kind() + ":" + r.id()),
                        r.side().name())).toList(),
                pods.containsKey(v.id()) ? new LateShipmentView.Source(pods.get(v.id()).kind().name(), pods.get(v.id()).name(), null) : null,
                amended.contains(v.id()))).toList();
    }

    /** The outcome of a roll-up run asked for by hand: whether this server ran it (another may hold the lease) and how long it took. */
    public record RollupRun(boolean ran, long millis) {
    }

    /**
     * Runs the scheduled roll-up job now, as the scheduler would (the days fed by changed shipments,
     * the last three days, then the alerts), outside any transaction of the caller's.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RollupRun runRollupsNow() {
        AccessPolicy.require(AccessPolicy.mayOperatePortal(callers.current()), "Only the 3PL runs the KPI roll-ups");
        long started = System.nanoTime();
        boolean ran = rollupJob.run();
        return new RollupRun(ran, (System.nanoTime() - started) / 1_000_000);
    }

    /** Recomputes an organisation's daily roll-ups for a range of days (after a correction, or to backfill). */
    public long recompute(Long organisationId, LocalDate from, LocalDate to) {
        Caller caller = callers.current();
        if (organisations.find(caller.tenantScope(), organisationId).isEmpty()) {
            throw new NotFoundException("Organisation " + organisationId);
        }
        AccessPolicy.require(AccessPolicy.mayOperatePortal(caller), "Only the 3PL recomputes KPI roll-ups");
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainRuleViolation("to", "Give a range of days: from, then to on or after it");
        }
        if (from.plusYears(3).isBefore(to)) {
            throw new DomainRuleViolation("to", "Recompute at most three years at once");
        }
        long read = rollups.recompute(organisationId, from, to, clock.instant());
        updated.fire(new RollupsUpdated(organisationId));
        return read;
    }

    private static boolean countsAgainst(SlaTerm term, ShipmentOutcome o, Instant now) {
        int t = term.toleranceMinutes();
        return switch (term.kpi()) {
            case ON_TIME_DELIVERY -> o.onTimeDelivery(t, now).filter(ok -> !ok).isPresent();
            case ON_TIME_PICKUP -> o.onTimePickup(t, now).filter(ok -> !ok).isPresent();
            case IN_FULL -> o.inFull().filter(ok -> !ok).isPresent();
            case OTIF -> o.otif(t, now).filter(ok -> !ok).isPresent();
            case DAMAGE_FREE -> o.damageFree().filter(ok -> !ok).isPresent();
            case PERFECT_ORDER -> o.otif(t, now).filter(ok -> !ok).isPresent() || o.damageFree().filter(ok -> !ok).isPresent();
            default -> false;
        };
    }

    private KpiResultView judge(SlaTerm term, LocalDate start, List<KpiRollupRepository.Row> rows, LocalDate today) {
        LocalDate end = term.period().endExclusive(start);
        KpiCounts counts = new KpiCounts();
        // rows come ordered by day: find the period's first row, then read on to its end
        int from = firstOnOrAfter(rows, start);
        for (int i = from; i < rows.size() && rows.get(i).day().isBefore(end); i++) {
            KpiRollupRepository.Row r = rows.get(i);
            if (inScope(term.scope(), r)) {
                counts.add(r.counts());
            }
        }
        KpiValue value = switch (term.kpi()) {
            case CLAIMS_RATIO, DISPUTE_ACKNOWLEDGEMENT_TIME, DISPUTE_RESOLUTION_TIME ->
                    disputes.value(term.organisationId(), term.kpi(), start, end);
            default -> counts.value(term.kpi(), term.toleranceMinutes());
        };
        Money fee = contracts.find(TenantScope.all(), term.contractId()).map(ClientContract::monthlyFee)
                .orElseThrow(() -> new IllegalStateException("The contract of SLA term " + term.id() + " is gone"));
        PeriodResult result = PeriodResult.judge(term, start, value, today, fee);
        Map<Lateness.Bucket, Long> buckets = term.kpi() == Kpi.ON_TIME_DELIVERY || term.kpi() == Kpi.OTIF
                ? counts.deliveryBuckets(term.toleranceMinutes()) : null;
        return KpiResultView.of(result, buckets);
    }

    private static int firstOnOrAfter(List<KpiRollupRepository.Row> rows, LocalDate day) {
        int lo = 0;
        int hi = rows.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rows.get(mid).day().isBefore(day)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean inScope(SlaScope scope, KpiRollupRepository.Row r) {
        return switch (scope.kind()) {
            case ALL -> true;
            case LANE -> scope.value().equals(r.lane());
            case SERVICE_LEVEL -> scope.value().equals(r.serviceLevel());
        };
    }

    /** The terms grouped into promises (same contract, KPI and scope), each with all its versions. */
    private static List<List<SlaTerm>> promises(List<SlaTerm> all) {
        Map<String, List<SlaTerm>> byPromise = new LinkedHashMap<>();
        for (SlaTerm t : all) {
            byPromise.computeIfAbsent(t.contractId() + "|" + t.kpi() + "|" + t.scope().kind() + "|" + t.scope().value(),
                    k -> new ArrayList<>()).add(t);
        }
        return new ArrayList<>(byPromise.values());
    }

    /** The mean C of the current periods that have one; null when none has. */
    private static BigDecimal performanceIndex(List<SlaDashboard.KpiTrend> trends) {
        List<BigDecimal> ratios = trends.stream().map(t -> t.current().performanceRatio()).filter(java.util.Objects::nonNull).toList();
        if (ratios.isEmpty()) {
            return null;
        }
        return ratios.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(ratios.size()), 4, RoundingMode.HALF_EVEN);
    }

    private record Visible(Organisation organisation, TenantScope scope) {
    }

    private Visible visible(Long organisationId) {
        TenantScope scope = callers.current().tenantScope();
        Organisation org = organisations.find(scope, organisationId).orElseThrow(() -> new NotFoundException("Organisation " + organisationId));
        return new Visible(org, scope);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation(field, "Unknown " + field + " '" + value + "'; allowed: "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static <T> T field(String field, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainRuleViolation(field, e.getMessage() == null ? "A value is required" : e.getMessage());
        }
    }
}
