package org.threepl.portal.application.sla;

import java.time.Instant;
import java.util.List;

/**
 * An organisation's service levels at a glance: for each term in force, the current period and the ones before it
 * (oldest first, the current one last); the breaches of the last twelve months; how fresh the figures are; and the
 * per-client performance index (the mean C over the current KPIs that have one), which relationship tiers build on.
 */
public record SlaDashboard(
        Long organisationId,
        String organisationName,
        List<KpiTrend> kpis,
        List<KpiResultView> breaches,
        Instant figuresAsOf,
        java.math.BigDecimal performanceIndex) {

    /** One term's periods, oldest first; {@code current()} is the last. */
    public record KpiTrend(SlaTermView term, List<KpiResultView> periods) {
        public KpiResultView current() {
            return periods.get(periods.size() - 1);
        }

        public KpiResultView previous() {
            return periods.size() < 2 ? null : periods.get(periods.size() - 2);
        }

        public String trend() {
            return current().trendAgainst(previous());
        }

        /** The period {@code back} periods before the running one (0: the running one); null beyond the trend. */
        public KpiResultView periodsBack(int back) {
            int i = periods.size() - 1 - back;
            return i < 0 || i >= periods.size() ? null : periods.get(i);
        }
    }
}
