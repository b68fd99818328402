package org.threepl.portal.application.sla;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threepl.portal.application.ContractRepository;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.account.ClientContract;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.domain.model.sla.DisputeFigures;
import org.threepl.portal.domain.model.sla.Kpi;
import org.threepl.portal.domain.model.sla.KpiCounts;
import org.threepl.portal.domain.model.sla.KpiValue;
import org.threepl.portal.domain.model.sla.Lateness;
import org.threepl.portal.domain.model.sla.MeasurementPeriod;
import org.threepl.portal.domain.model.sla.PeriodResult;
import org.threepl.portal.domain.model.sla.SlaScope;
import org.threepl.portal.domain.model.sla.SlaTerm;

/**
 * Judging terms against the roll-ups, shared by the dashboard, the home page's figures, the period report, the staff
 * overview, the alerts and the relationship figures. A term applies to the periods that start on or after its date,
 * until a newer version of the same promise (same contract, KPI and scope) takes over; each period is judged by the
 * version in force on its first day. Runs in the caller's transaction.
 */
@Dependent
class SlaJudgement {

    /** Periods shown per KPI: the current one and those before it. */
    static final int TREND_PERIODS = 6;

    @Inject
    SlaTermRepository terms;

    @Inject
    KpiRollupRepository rollups;

    @Inject
    ContractRepository contracts;

    @Inject
    DisputeFigures disputes;

    @Inject
    Clock clock;

    /**
     * The dashboard of an organisation the caller may see, or (for the system's own jobs) any with
     * {@link TenantScope#all()}.
     */
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
        Instant asOf = rows.stream()
                .map(KpiRollupRepository.Row::computedAt)
                .min(Comparator.naturalOrder())
                .orElse(null);
        return new SlaDashboard(organisationId, organisation.name(), trends, breaches, asOf, performanceIndex(trends));
    }

    /** The organisation's terms grouped into promises (same contract, KPI and scope), each with all its versions. */
    List<List<SlaTerm>> promisesOf(TenantScope scope, Long organisationId) {
        return promises(terms.ofOrganisation(scope, organisationId));
    }

    /** The organisation's daily roll-up rows from {@code from} to before {@code to}, ordered by day. */
    List<KpiRollupRepository.Row> rows(Long organisationId, LocalDate from, LocalDate to) {
        return rollups.rows(organisationId, from, to);
    }

    /** A term judged over its period starting on {@code start}, from the rows (ordered by day). */
    KpiResultView judge(SlaTerm term, LocalDate start, List<KpiRollupRepository.Row> rows, LocalDate today) {
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
        Money fee = contracts
                .find(TenantScope.all(), term.contractId())
                .map(ClientContract::monthlyFee)
                .orElseThrow(() -> new IllegalStateException("The contract of SLA term " + term.id() + " is gone"));
        PeriodResult result = PeriodResult.judge(term, start, value, today, fee);
        Map<Lateness.Bucket, Long> buckets = term.kpi() == Kpi.ON_TIME_DELIVERY || term.kpi() == Kpi.OTIF
                ? counts.deliveryBuckets(term.toleranceMinutes())
                : null;
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
            byPromise
                    .computeIfAbsent(
                            t.contractId() + "|" + t.kpi() + "|" + t.scope().kind() + "|"
                                    + t.scope().value(),
                            k -> new ArrayList<>())
                    .add(t);
        }
        return new ArrayList<>(byPromise.values());
    }

    /** The mean C of the current periods that have one; null when none has. */
    private static BigDecimal performanceIndex(List<SlaDashboard.KpiTrend> trends) {
        List<BigDecimal> ratios = trends.stream()
                .map(t -> t.current().performanceRatio())
                .filter(java.util.Objects::nonNull)
                .toList();
        if (ratios.isEmpty()) {
            return null;
        }
        return ratios.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(ratios.size()), 4, RoundingMode.HALF_EVEN);
    }
}
