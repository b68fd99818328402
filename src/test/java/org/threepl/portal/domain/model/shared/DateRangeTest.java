package org.threepl.portal.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DateRange")
class DateRangeTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);

    @Test
    void refusesAnEndBeforeTheStartNamingBothDates() {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> new DateRange(JAN_1, JAN_1.minusDays(1)));
        assertEquals("end", e.field());
        assertTrue(e.getMessage().contains("2024-12-31") && e.getMessage().contains("2025-01-01"), e.getMessage());
    }

    @Test
    void requiresAStart() {
        assertEquals(
                "start",
                assertThrows(DomainRuleViolation.class, () -> new DateRange(null, DEC_31))
                        .field());
    }

    @Test
    void aOneDayRangeContainsExactlyThatDay() {
        DateRange oneDay = new DateRange(JAN_1, JAN_1);
        assertTrue(oneDay.contains(JAN_1));
        assertFalse(oneDay.contains(JAN_1.minusDays(1)));
        assertFalse(oneDay.contains(JAN_1.plusDays(1)));
        assertFalse(oneDay.isOpenEnded());
    }

    @Test
    void aClosedRangeContainsBothBoundaries() {
        DateRange year = new DateRange(JAN_1, DEC_31);
        assertTrue(year.contains(JAN_1));
        assertTrue(year.contains(LocalDate.of(2025, 6, 15)));
        assertTrue(year.contains(DEC_31));
    }

    @Test
    void aClosedRangeExcludesTheDaysOutsideIt() {
        DateRange year = new DateRange(JAN_1, DEC_31);
        assertFalse(year.contains(JAN_1.minusDays(1)));
        assertFalse(year.contains(DEC_31.plusDays(1)));
    }

    @Test
    void anOpenEndedRangeContainsEveryDayFromItsStart() {
        DateRange open = new DateRange(JAN_1, null);
        assertTrue(open.isOpenEnded());
        assertTrue(open.contains(JAN_1));
        assertTrue(open.contains(LocalDate.of(9999, 12, 31)));
        assertFalse(open.contains(JAN_1.minusDays(1)));
    }

    @Test
    void exposesItsBounds() {
        DateRange year = new DateRange(JAN_1, DEC_31);
        assertEquals(JAN_1, year.start());
        assertEquals(DEC_31, year.end());
    }

    @Test
    void equalityComparesStartAndEnd() {
        assertEquals(
                new DateRange(JAN_1, DEC_31),
                new DateRange(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31")));
        assertEquals(new DateRange(JAN_1, DEC_31).hashCode(), new DateRange(JAN_1, DEC_31).hashCode());
        assertEquals(new DateRange(JAN_1, null), new DateRange(JAN_1, null));
        assertNotEquals(new DateRange(JAN_1, null), new DateRange(JAN_1, DEC_31));
        assertNotEquals(new DateRange(JAN_1, DEC_31), new DateRange(JAN_1.plusDays(1), DEC_31));
    }

    @Test
    void toStringUsesTwoDotsAndLeavesAnOpenEndBlank() {
        assertEquals("2025-01-01..2025-12-31", new DateRange(JAN_1, DEC_31).toString());
        assertEquals("2025-01-01..", new DateRange(JAN_1, null).toString());
    }

    @Test
    void fromInputNamesTheFieldOfEachRefusal() {
        DomainRuleViolation noStart = assertThrows(
                DomainRuleViolation.class,
                () -> DateRange.from("startDate", null, "endDate", LocalDate.of(2026, 1, 1)));
        assertEquals("startDate", noStart.field());
        assertEquals("A start date is required", noStart.getMessage());
        DomainRuleViolation backwards = assertThrows(
                DomainRuleViolation.class,
                () -> DateRange.from("startDate", LocalDate.of(2026, 6, 1), "endDate", LocalDate.of(2026, 1, 1)));
        assertEquals("endDate", backwards.field());
        assertEquals("The end date 2026-01-01 is before the start date 2026-06-01", backwards.getMessage());
        assertEquals(
                new DateRange(LocalDate.of(2026, 1, 1), null),
                DateRange.from("startDate", LocalDate.of(2026, 1, 1), "endDate", null));
    }
}
