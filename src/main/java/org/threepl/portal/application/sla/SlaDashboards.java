package org.threepl.portal.application.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.shipment.ShipmentRepository;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.sla.Kpi;
import org.threepl.portal.domain.model.sla.MeasurementPeriod;
import org.threepl.portal.domain.model.sla.ShipmentOutcome;
import org.threepl.portal.domain.model.sla.SlaScope;
import org.threepl.portal.domain.model.sla.SlaTerm;

/**
 * An organisation's service levels as its dashboard and home page show them (each KPI now and over its last periods,
 * the breaches of the last twelve months, how fresh), and the evidence behind a figure: the shipments that count
 * against it, with the sources of their facts.
 */
@ApplicationScoped
@Transactional
public class SlaDashboards {

    static final int MAX_LATE_SHIPMENTS = 500;

    @Inject
    SlaAccess access;

    @Inject
    SlaJudgement judgement;

    @Inject
    SlaTermRepository terms;

    @Inject
    KpiRollupRepository rollups;

    @Inject
    ShipmentRepository shipmentFacts;

    @Inject
    Clock clock;

    /**
     * The organisation asked for, or, when none is named, a client caller's own: whose service levels the API and the
     * pages show.
     */
    public Long organisationOrOwn(Long organisationId) {
        return access.organisationOrOwn(organisationId);
    }

    /**
     * The organisation's KPIs now and over the last periods, its breaches of the last twelve months, and their
     * freshness.
     */
    public SlaDashboard dashboard(Long organisationId) {
        SlaAccess.Visible v = access.visible(organisationId);
        return judgement.dashboardOf(v.organisation(), v.scope());
    }

    /**
     * For each term in force, its last closed period, as the home page shows them: only the roll-ups of that period and
     * the running one are read (the dashboard reads thirteen months).
     */
    public List<KpiResultView> lastClosedPeriods(Long organisationId) {
        SlaAccess.Visible v = access.visible(organisationId);
        LocalDate today = access.today();
        List<KpiRollupRepository.Row> rows = judgement.rows(
                organisationId, today.minusMonths(1).withDayOfMonth(1).minusDays(7), today.plusDays(1));
        List<KpiResultView> closed = new ArrayList<>();
        for (List<SlaTerm> versions : judgement.promisesOf(v.scope(), organisationId)) {
            Optional<SlaTerm> now = SlaTerm.inForce(versions, today);
            if (now.isEmpty()) {
                continue;
            }
            MeasurementPeriod period = now.get().period();
            LocalDate start = period.previousStart(period.start(today));
            Optional<SlaTerm> then = SlaTerm.inForce(versions, start);
            if (then.isPresent() && then.get().period() == period) {
                closed.add(judgement.judge(then.get(), start, rows, today));
            }
        }
        return closed;
    }

    /**
     * The shipments that count against a KPI in a period: late (delivery or pick-up KPIs), not in full, or damaged; at
     * most {@value #MAX_LATE_SHIPMENTS}, the latest first.
     */
    public List<LateShipmentView> shipmentsAgainst(Long termId, LocalDate periodStart) {
        Caller caller = access.caller();
        SlaTerm term =
                terms.find(caller.tenantScope(), termId).orElseThrow(() -> new NotFoundException("SLA term " + termId));
        LocalDate start = term.period().start(periodStart);
        Instant from = start.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to =
                term.period().endExclusive(start).atStartOfDay(ZoneOffset.UTC).toInstant();
        boolean pickup = term.kpi() == Kpi.ON_TIME_PICKUP;
        String lane = term.scope().kind() == SlaScope.Kind.LANE ? term.scope().value() : null;
        String level = term.scope().kind() == SlaScope.Kind.SERVICE_LEVEL
                ? term.scope().value()
                : null;
        Instant now = clock.instant();
        List<LateShipmentView> against = new ArrayList<>();
        rollups.forEachDue(term.organisationId(), pickup, from, to, lane, level, d -> {
            ShipmentOutcome o = d.outcome();
            if (!countsAgainst(term, o, now)) {
                return true;
            }
            Instant dueAt = pickup ? o.pickupDue() : o.deliveryDue();
            Instant stop = pickup ? o.pickedUpAt() : o.deliveryClockStop().orElse(null);
            long late = Math.max(
                    0, Duration.between(dueAt, stop == null ? now : stop).toMinutes());
            against.add(new LateShipmentView(
                    d.id(),
                    d.reference(),
                    d.lane(),
                    d.serviceLevel(),
                    dueAt,
                    stop,
                    late,
                    d.status(),
                    List.of(),
                    null,
                    false));
            return against.size() < MAX_LATE_SHIPMENTS;
        });
        return withEvidence(against);
    }

    /**
     * The drill-down's shipments with the sources of their facts: a few queries for the whole list, none per shipment.
     */
    private List<LateShipmentView> withEvidence(List<LateShipmentView> views) {
        List<Long> ids = views.stream().map(LateShipmentView::id).toList();
        var reporters = shipmentFacts.reportersOf(ids);
        var names = shipmentFacts.reporterNames(
                reporters.values().stream().flatMap(List::stream).toList());
        var amended = shipmentFacts.amendedAfterPickup(ids);
        var pods = shipmentFacts.proofOfDeliveryRecorders(ids);
        return views.stream()
                .map(v -> v.withEvidence(
                        reporters.getOrDefault(v.id(), List.of()).stream()
                                .map(r -> new LateShipmentView.Source(
                                        r.kind().name(),
                                        r.kind() == Actor.Kind.SYSTEM ? "portal" : names.get(r.kind() + ":" + r.id()),
                                        r.side().name()))
                                .toList(),
                        pods.containsKey(v.id())
                                ? new LateShipmentView.Source(
                                        pods.get(v.id()).kind().name(),
                                        pods.get(v.id()).name(),
                                        null)
                                : null,
                        amended.contains(v.id())))
                .toList();
    }

    private static boolean countsAgainst(SlaTerm term, ShipmentOutcome o, Instant now) {
        int t = term.toleranceMinutes();
        return switch (term.kpi()) {
            case ON_TIME_DELIVERY -> o.onTimeDelivery(t, now).filter(ok -> !ok).isPresent();
            case ON_TIME_PICKUP -> o.onTimePickup(t, now).filter(ok -> !ok).isPresent();
            case IN_FULL -> o.inFull().filter(ok -> !ok).isPresent();
            case OTIF -> o.otif(t, now).filter(ok -> !ok).isPresent();
            case DAMAGE_FREE -> o.damageFree().filter(ok -> !ok).isPresent();
            case PERFECT_ORDER ->
                o.otif(t, now).filter(ok -> !ok).isPresent()
                        || o.damageFree().filter(ok -> !ok).isPresent();
            default -> false;
        };
    }
}
