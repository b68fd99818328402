package org.threepl.portal.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LoginThrottleEntry")
class LoginThrottleEntryTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX = 5;

    private final LoginThrottleEntry entry = new LoginThrottleEntry("user:alice", T0);

    private void fail(Instant at) {
        entry.recordFailure(at, MAX, WINDOW);
    }

    private static Instant t0Plus(Duration d) {
        return T0.plus(d);
    }

    @Test
    void aNewEntryBlocksNothing() {
        assertFalse(entry.isBlockedAt(T0));
        assertNull(entry.blockedUntil());
    }

    @Test
    void fewerThanTheMaximumFailuresDoNotBlock() {
        for (int i = 0; i < MAX - 1; i++) {
            fail(T0.plusSeconds(i));
        }
        assertFalse(entry.isBlockedAt(T0.plusSeconds(MAX)));
        assertNull(entry.blockedUntil());
    }

    @Test
    void theMaximumthFailureBlocksForOneWindowFromThatFailure() {
        for (int i = 0; i < MAX - 1; i++) {
            fail(T0.plusSeconds(i));
        }
        Instant fifth = t0Plus(Duration.ofMinutes(5));
        fail(fifth);

        assertEquals(fifth.plus(WINDOW), entry.blockedUntil());
        assertTrue(entry.isBlockedAt(fifth));
        assertTrue(entry.isBlockedAt(fifth.plus(WINDOW).minusNanos(1)));
        assertFalse(entry.isBlockedAt(fifth.plus(WINDOW)), "the block ends at blockedUntil");
    }

    @Test
    void aFailureExactlyAtTheEndOfTheWindowStillCounts() {
        for (int i = 0; i < MAX - 1; i++) {
            fail(T0);
        }
        fail(T0.plus(WINDOW));
        assertTrue(entry.isBlockedAt(T0.plus(WINDOW)));
        assertEquals(T0.plus(WINDOW).plus(WINDOW), entry.blockedUntil());
    }

    @Test
    void theCountStartsAgainOnceTheWindowHasPassed() {
        for (int i = 0; i < MAX - 1; i++) {
            fail(T0);
        }
        Instant newWindow = T0.plus(WINDOW).plusSeconds(1);
        fail(newWindow);
        assertFalse(entry.isBlockedAt(newWindow), "one failure in the new window");

        for (int i = 1; i < MAX - 1; i++) {
            fail(newWindow.plusSeconds(i));
        }
        assertFalse(entry.isBlockedAt(newWindow.plusSeconds(MAX)), "four failures in the new window");

        Instant fifth = newWindow.plusSeconds(MAX);
        fail(fifth);
        assertTrue(entry.isBlockedAt(fifth));
        assertEquals(fifth.plus(WINDOW), entry.blockedUntil());
    }

    @Test
    void aFailureAfterAnExpiredBlockStartsAFreshWindow() {
        for (int i = 0; i < MAX; i++) {
            fail(T0);
        }
        assertEquals(T0.plus(WINDOW), entry.blockedUntil());

        Instant later = T0.plus(WINDOW).plusSeconds(30);
        fail(later);
        assertNull(entry.blockedUntil());
        assertFalse(entry.isBlockedAt(later));
    }

    @Test
    void aMaximumOfOneBlocksAtTheFirstFailure() {
        entry.recordFailure(T0, 1, WINDOW);
        assertTrue(entry.isBlockedAt(T0));
        assertEquals(T0.plus(WINDOW), entry.blockedUntil());
    }
}
