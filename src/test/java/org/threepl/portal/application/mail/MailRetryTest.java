package org.threepl.portal.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailRetryTest {

    private static final MailRetry RETRY = MailRetry.standard(Duration.ofSeconds(30));
    private static final Instant QUEUED = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void thePauseDoublesFromThirtySecondsUpToAnHour() {
        assertEquals(Duration.ofSeconds(30), RETRY.backOff(1));
        assertEquals(Duration.ofSeconds(60), RETRY.backOff(2));
        assertEquals(Duration.ofSeconds(120), RETRY.backOff(3));
        assertEquals(Duration.ofSeconds(1920), RETRY.backOff(7));
        assertEquals(Duration.ofHours(1), RETRY.backOff(8), "3,840 s is more than the cap");
        assertEquals(Duration.ofHours(1), RETRY.backOff(99), "no overflow however many attempts");
        assertEquals(Duration.ofSeconds(30), RETRY.backOff(0));
    }

    @Test
    void theJitterIsTwentyPercentEitherWay() {
        Instant now = QUEUED.plusSeconds(100);
        assertEquals(Optional.of(now.plusSeconds(60)), RETRY.next(2, QUEUED, now, 0.5));
        assertEquals(Optional.of(now.plusSeconds(48)), RETRY.next(2, QUEUED, now, 0.0));
        Instant highest = RETRY.next(2, QUEUED, now, 0.999999).orElseThrow();
        assertTrue(!highest.isAfter(now.plusSeconds(72)) && highest.isAfter(now.plusSeconds(71)), highest.toString());
    }

    @Test
    void aMailIsGivenUpThreeDaysAfterItWasQueued() {
        Instant justBefore = QUEUED.plus(Duration.ofDays(3)).minusSeconds(1);
        assertTrue(RETRY.next(70, QUEUED, justBefore, 0.5).isPresent());
        assertEquals(Optional.empty(), RETRY.next(71, QUEUED, QUEUED.plus(Duration.ofDays(3)), 0.5));
    }

    @Test
    void orAfterItsLastAttempt() {
        assertEquals(Optional.empty(), RETRY.next(100, QUEUED, QUEUED.plusSeconds(60), 0.5));
        MailRetry few = new MailRetry(Duration.ofSeconds(1), Duration.ofSeconds(4), 0, Duration.ofDays(1), 3);
        assertEquals(Optional.of(QUEUED.plusSeconds(2)), few.next(2, QUEUED, QUEUED, 0.3));
        assertEquals(Optional.empty(), few.next(3, QUEUED, QUEUED, 0.3));
    }

    @Test
    void aPolicyThatMakesNoSenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MailRetry.standard(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> MailRetry.standard(Duration.ofHours(2)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new MailRetry(Duration.ofSeconds(1), Duration.ofSeconds(2), 1.0, Duration.ofDays(1), 3));
    }
}
