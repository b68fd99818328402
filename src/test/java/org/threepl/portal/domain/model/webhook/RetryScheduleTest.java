package org.threepl.portal.domain.model.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private final RetrySchedule schedule = RetrySchedule.STANDARD;

    @Test
    void theWaitDoublesFromFiveSecondsWithTheMiddleOfTheJitter() {
        assertEquals(Optional.of(T0.plusSeconds(5)), schedule.next(1, T0, T0, 0.5));
        assertEquals(Optional.of(T0.plusSeconds(10)), schedule.next(2, T0, T0, 0.5));
        assertEquals(Optional.of(T0.plusSeconds(40)), schedule.next(4, T0, T0, 0.5));
    }

    @Test
    void theJitterSpreadsEachWaitByTwentyPercent() {
        assertEquals(Optional.of(T0.plusSeconds(8)), schedule.next(2, T0, T0, 0.0));
        Instant high = schedule.next(2, T0, T0, 0.999999).orElseThrow();
        assertTrue(Duration.between(T0, high).toMillis() >= 11_999, high.toString());
        assertTrue(Duration.between(T0, high).toMillis() <= 12_000, high.toString());
    }

    @Test
    void theWaitStopsGrowingAtSixHours() {
        assertEquals(Optional.of(T0.plus(Duration.ofHours(6))), schedule.next(30, T0, T0, 0.5));
        assertEquals(Optional.of(T0.plus(Duration.ofHours(6))), schedule.next(1000, T0, T0, 0.5));
    }

    @Test
    void afterThreeDaysTheDeliveryIsGivenUp() {
        Instant late = T0.plus(Duration.ofDays(3)).minusSeconds(60);
        assertEquals(Optional.empty(), schedule.next(20, T0, late, 0.5));
        Instant early = T0.plus(Duration.ofDays(3)).minus(Duration.ofHours(7));
        assertTrue(schedule.next(20, T0, early, 0.5).isPresent());
    }

    @Test
    void aScheduleNeedsSensibleDurationsAndAFailure() {
        assertThrows(IllegalArgumentException.class, () -> schedule.next(0, T0, T0, 0.5));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), Duration.ofDays(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RetrySchedule(Duration.ofHours(2), Duration.ofHours(1), Duration.ofDays(1)));
    }
}
