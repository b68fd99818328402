package org.threepl.portal.domain.model.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The period an SLA term is measured over: ISO weeks (Monday to Sunday) or calendar months, in UTC. A shipment belongs
 * to the period in which its planned window ends.
 */
public enum MeasurementPeriod {
    WEEK,
    MONTH;

    /** The first day of the period containing {@code day}. */
    public LocalDate start(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    /** The first day after the period starting at {@code start}. */
    public LocalDate endExclusive(LocalDate start) {
        return this == WEEK ? start.plusWeeks(1) : start.plusMonths(1);
    }

    public LocalDate previousStart(LocalDate start) {
        return this == WEEK ? start.minusWeeks(1) : start.minusMonths(1);
    }
}
