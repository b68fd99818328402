package org.threepl.portal.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.sla.MeasurementPeriod;

/** A shipment counts on the UTC day its window ends, whatever the zone of the place: the day and period boundaries. */
class KpiRollupDayTest {

    @Test
    void theLastInstantOfADayAndTheFirstOfTheNextFallOnTheirOwnDays() {
        assertEquals(
                LocalDate.of(2026, 10, 31), JpaKpiRollupRepository.day(Instant.parse("2026-10-31T23:59:59.999999Z")));
        assertEquals(LocalDate.of(2026, 11, 1), JpaKpiRollupRepository.day(Instant.parse("2026-11-01T00:00:00Z")));
    }

    @Test
    void aWindowEndingLateInShanghaiCountsOnTheUtcDayAndItsPeriod() {
        // 07:30 on 1 November in Shanghai is 23:30 on 31 October UTC: October's figures
        Instant end =
                ZonedDateTime.parse("2026-11-01T07:30:00+08:00[Asia/Shanghai]").toInstant();
        LocalDate day = JpaKpiRollupRepository.day(end);
        assertEquals(LocalDate.of(2026, 10, 31), day);
        assertEquals(LocalDate.of(2026, 10, 1), MeasurementPeriod.MONTH.start(day));
        assertEquals(
                LocalDate.of(2026, 10, 26), MeasurementPeriod.WEEK.start(day), "the ISO week from Monday 26 October");
    }
}
