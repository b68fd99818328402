package org.threepl.portal.application.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A period's C as relationship management reads it: a perfect month of a lower-is-better KPI meets its promise. */
class SlaPerformanceTest {

    private static KpiResultView period(String kpi, String target, String value, String ratio) {
        SlaTermView term = new SlaTermView(
                1L,
                2L,
                3L,
                kpi,
                new BigDecimal(target),
                "MONTH",
                "ALL",
                null,
                0,
                null,
                null,
                null,
                null,
                LocalDate.of(2026, 1, 1),
                "ops",
                "USER");
        return new KpiResultView(
                term,
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31),
                true,
                value == null ? null : new BigDecimal(value),
                null,
                null,
                "MET",
                ratio == null ? null : new BigDecimal(ratio),
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void aMonthWithoutAClaimCountsAsTheClaimsPromiseMet() {
        assertEquals(BigDecimal.ONE, SlaPerformance.promiseRatio(period("CLAIMS_RATIO", "2", "0", null)));
        assertEquals(BigDecimal.ONE, SlaPerformance.promiseRatio(period("DISPUTE_RESOLUTION_TIME", "10", "0", null)));
    }

    @Test
    void aRatioIsTakenAsItIsAndNoFigureGivesNone() {
        assertEquals(new BigDecimal("0.5000"), SlaPerformance.promiseRatio(period("CLAIMS_RATIO", "2", "4", "0.5000")));
        assertEquals(new BigDecimal("0.9531"), SlaPerformance.promiseRatio(period("OTIF", "96", "91.5", "0.9531")));
        assertNull(SlaPerformance.promiseRatio(period("CLAIMS_RATIO", "2", null, null)), "no data");
        assertNull(
                SlaPerformance.promiseRatio(period("OTIF", "0", "0", null)),
                "higher is better with a target of 0: no ratio, not a perfect month");
    }
}
