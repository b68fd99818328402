package org.threepl.portal.application.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.account.Organisation;

/**
 * A client's SLA performance for other parts of the product (relationship management), read from the same roll-ups and
 * judgements as the dashboard, for the system's own jobs (no caller): the performance ratio C of each KPI in force in
 * its last period closed by a given day (among the periods the dashboard shows: the running one and the five before
 * it), and their mean. A perfect period of a KPI where lower is better counts as its promise met (1).
 */
@ApplicationScoped
public class SlaPerformance {

    @Inject
    SlaJudgement sla;

    /** The mean ratio (null without SLA terms or figures) and the KPIs it comes from. */
    public record Figures(BigDecimal meanRatio, List<String> kpis) {}

    @Transactional
    public Figures of(Organisation organisation, java.time.LocalDate asOf) {
        SlaDashboard d = sla.dashboardOf(organisation, TenantScope.all());
        List<BigDecimal> ratios = new ArrayList<>();
        List<String> kpis = new ArrayList<>();
        for (SlaDashboard.KpiTrend k : d.kpis()) {
            KpiResultView used = null;
            for (KpiResultView p : k.periods()) { // oldest first: the last match is the latest
                if (p.closed() && p.promiseRatio() != null && p.periodEnd().isBefore(asOf)) {
                    used = p;
                }
            }
            if (used != null) {
                BigDecimal ratio = used.promiseRatio();
                ratios.add(ratio);
                kpis.add(used.term().kpi() + " " + ratio.stripTrailingZeros().toPlainString() + " ("
                        + used.periodStart() + ")");
            }
        }
        if (ratios.isEmpty()) {
            return new Figures(null, List.of());
        }
        BigDecimal mean = ratios.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(ratios.size()), 4, RoundingMode.HALF_EVEN);
        return new Figures(mean, List.copyOf(kpis));
    }

    /**
     * The closed periods among those the dashboard shows (the five before the running one) whose bonus–malus moved
     * money: a bonus or a penalty with a non-zero amount; oldest first. Billing turns each into an adjustment once.
     */
    @Transactional
    public List<KpiResultView> closedWithMoney(Organisation organisation) {
        List<KpiResultView> found = new ArrayList<>();
        for (SlaDashboard.KpiTrend k :
                sla.dashboardOf(organisation, TenantScope.all()).kpis()) {
            for (KpiResultView p : k.periods()) {
                if (p.closed()
                        && ("BONUS".equals(p.bonusMalus()) || "PENALTY".equals(p.bonusMalus()))
                        && p.bonusMalusAmount() != null
                        && p.bonusMalusAmount().signum() != 0) {
                    found.add(p);
                }
            }
        }
        return found;
    }
}
