package org.threepl.portal.application.sla;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.threepl.portal.domain.model.sla.Lateness;
import org.threepl.portal.domain.model.sla.PeriodResult;

/**
 * One term's KPI over one period: the value with what it was computed from, the status, C, and the bonus–malus with its
 * calculation; for delivery KPIs, the late-delivery buckets.
 */
public record KpiResultView(
        SlaTermView term,
        LocalDate periodStart,
        LocalDate periodEnd,
        boolean closed,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        String status,
        BigDecimal performanceRatio,
        BigDecimal promiseRatio,
        String bonusMalus,
        BigDecimal bonusMalusAmount,
        String currency,
        String calculation,
        Map<Lateness.Bucket, Long> lateBuckets) {

    static KpiResultView of(PeriodResult r, Map<Lateness.Bucket, Long> buckets) {
        var bm = r.bonusMalus();
        return new KpiResultView(
                SlaTermView.of(r.term()),
                r.periodStart(),
                r.periodEnd().minusDays(1),
                r.closed(),
                r.value().value().orElse(null),
                r.value().numerator(),
                r.value().denominator(),
                r.status().name(),
                r.performanceRatio(),
                r.promiseRatio(),
                bm == null ? null : bm.kind().name(),
                bm == null ? null : bm.amount().amount(),
                bm == null ? null : bm.amount().currency().getCurrencyCode(),
                bm == null ? null : bm.calculation(),
                buckets);
    }

    /** One late-delivery bucket and how many deliveries fell in it. */
    public record BucketCount(Lateness.Bucket bucket, long count) {}

    /** The late-delivery buckets in their order (on time first); empty for a KPI that has none. */
    public java.util.List<BucketCount> buckets() {
        if (lateBuckets == null) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(Lateness.Bucket.values())
                .map(b -> new BucketCount(b, lateBuckets.getOrDefault(b, 0L)))
                .toList();
    }

    /** The value's direction against the previous period: up, down or level (empty without both values). */
    public String trendAgainst(KpiResultView previous) {
        if (previous == null || previous.value() == null || value == null) {
            return "";
        }
        return value.compareTo(previous.value()) > 0 ? "up" : value.compareTo(previous.value()) < 0 ? "down" : "level";
    }

    /** The period in words: its month, or the days of its week. */
    public org.threepl.portal.domain.model.shared.Message.Arg periodInWords() {
        return "MONTH".equals(term.period())
                ? org.threepl.portal.domain.model.shared.Message.month(periodStart)
                : org.threepl.portal.domain.model.shared.Message.nested(
                        org.threepl.portal.domain.model.shared.Message.of(
                                "period.days",
                                org.threepl.portal.domain.model.shared.Message.day(periodStart),
                                org.threepl.portal.domain.model.shared.Message.day(periodEnd)));
    }
}
