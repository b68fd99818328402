package org.threepl.portal.domain.model.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.Actor;

class DeadlinesTest {

    private static final Actor OPS = Actor.user(1, "ops");

    @Test
    void calendarDaysRunThroughWeekendsAndMonthEnds() {
        assertEquals(LocalDate.of(2026, 2, 28), Deadlines.after(LocalDate.of(2026, 1, 29), 30, false));
        assertEquals(LocalDate.of(2026, 3, 1), Deadlines.after(LocalDate.of(2026, 1, 30), 30, false));
        assertEquals(LocalDate.of(2028, 2, 29), Deadlines.after(LocalDate.of(2028, 2, 28), 1, false), "a leap day");
    }

    @Test
    void businessDaysSkipWeekends() {
        // Friday 27 Nov 2026 + 1 business day = Monday 30 Nov
        assertEquals(LocalDate.of(2026, 11, 30), Deadlines.after(LocalDate.of(2026, 11, 27), 1, true));
        // Saturday + 1 business day = Monday
        assertEquals(LocalDate.of(2026, 11, 30), Deadlines.after(LocalDate.of(2026, 11, 28), 1, true));
        // Monday + 5 = next Monday; across a month end
        assertEquals(LocalDate.of(2026, 12, 7), Deadlines.after(LocalDate.of(2026, 11, 30), 5, true));
        assertEquals(LocalDate.of(2027, 1, 11), Deadlines.after(LocalDate.of(2026, 11, 30), 30, true));
        assertEquals(LocalDate.of(2026, 11, 27), Deadlines.after(LocalDate.of(2026, 11, 27), 0, true));
        assertThrows(IllegalArgumentException.class, () -> Deadlines.after(LocalDate.of(2026, 11, 27), -1, true));
    }

    @Test
    void aProcedureCountsItsDeadlinesInItsKindOfDays() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        DisputeProcedure business = new DisputeProcedure(
                1L,
                1L,
                EnumSet.allOf(DisputeKind.class),
                180,
                5,
                20,
                true,
                10,
                List.of(new LadderLevel("Ops", 2), new LadderLevel("Mediation", 0)),
                LocalDate.of(2026, 1, 1),
                OPS,
                now);
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertEquals(LocalDate.of(2026, 12, 4), business.acknowledgeBy(friday));
        assertEquals(LocalDate.of(2026, 12, 1), business.escalatesOn(0, friday));
        assertNull(business.escalatesOn(1, friday), "the last rung does not escalate by time");
        assertThrows(
                IllegalArgumentException.class,
                () -> new DisputeProcedure(
                        1L,
                        1L,
                        EnumSet.allOf(DisputeKind.class),
                        180,
                        30,
                        20,
                        false,
                        10,
                        List.of(new LadderLevel("Ops", 0)),
                        LocalDate.of(2026, 1, 1),
                        OPS,
                        now),
                "resolve before acknowledge");
        assertThrows(
                IllegalArgumentException.class,
                () -> new DisputeProcedure(
                        1L,
                        1L,
                        EnumSet.noneOf(DisputeKind.class),
                        180,
                        5,
                        20,
                        false,
                        10,
                        List.of(new LadderLevel("Ops", 0)),
                        LocalDate.of(2026, 1, 1),
                        OPS,
                        now));
        assertThrows(IllegalArgumentException.class, () -> new LadderLevel(" ", 3));
    }
}
