package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** The token bucket's arithmetic, which the database's statement repeats. */
class RateLimitTest {

    /** 60 a minute: one token a second; at most 10 at once. */
    private final RateLimit limit = new RateLimit(60, 10);

    @Test
    void refillsAtTheRatePerSecondUpToTheBurst() {
        assertEquals(1.0, limit.perSecond(), 1e-9);
        assertEquals(4.5, limit.refill(2, 2.5), 1e-9);
        assertEquals(10.0, limit.refill(2, 3_600), 1e-9, "never above the burst");
        assertEquals(2.0, limit.refill(2, -5), 1e-9, "a clock stepping back refills nothing and takes nothing");
    }

    @Test
    void takesWhenThereAreEnoughTokensAndLeavesTheRefilledBucketWhenNot() {
        RateLimit.Take granted = limit.take(0.5, 3, 3);
        assertTrue(granted.granted());
        assertEquals(0.5, granted.tokens(), 1e-9);

        RateLimit.Take refused = limit.take(0.5, 1, 3);
        assertFalse(refused.granted());
        assertEquals(1.5, refused.tokens(), 1e-9, "refilled, nothing taken");

        assertTrue(limit.take(10, 0, 10).granted(), "a whole burst at once");
        assertFalse(limit.take(9.999, 0, 10).granted());
    }

    @Test
    void aCostAboveTheBurstIsRefusedNamingTheField() {
        limit.requireWithinBurst(10, "events");
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> limit.requireWithinBurst(11, "events"));
        assertEquals("events", v.field());
        assertTrue(v.getMessage().contains("burst of 10"), v.getMessage());
        assertTrue(v.getMessage().contains("at most 10 items"), v.getMessage());
    }

    @Test
    void retryAfterIsTheWholeSecondsUntilEnoughTokens() {
        assertEquals(0, limit.secondsUntil(3, 3), "enough now");
        assertEquals(1, limit.secondsUntil(2.9999, 3), "a fraction of a second rounds up to one");
        assertEquals(3, limit.secondsUntil(0.5, 3), "2.5 s rounds up");
        assertEquals(10, limit.secondsUntil(0, 10));
        RateLimit slow = new RateLimit(1, 5); // one a minute
        assertEquals(60, slow.secondsUntil(0, 1));
        assertEquals(90, slow.secondsUntil(0.5, 2));
    }

    @Test
    void thePolicyWindowIsTheTimeAFullBurstTakesToComeBack() {
        assertEquals(10, limit.windowSeconds());
        assertEquals(12, new RateLimit(600, 120).windowSeconds());
        assertEquals(1, new RateLimit(1_000_000, 1).windowSeconds(), "at least a second");
        assertEquals(4, limit.secondsUntilFull(6.5));
        assertEquals(0, limit.secondsUntilFull(10));
    }

    @Test
    void limitsOutOfRangeAreRefusedNamingTheField() {
        assertEquals(
                "requestsPerMinute",
                assertThrows(DomainRuleViolation.class, () -> new RateLimit(0, 10))
                        .field());
        assertEquals(
                "burst",
                assertThrows(DomainRuleViolation.class, () -> new RateLimit(60, 0))
                        .field());
        assertEquals(
                "burst",
                assertThrows(DomainRuleViolation.class, () -> new RateLimit(60, RateLimit.MAX + 1))
                        .field());
        new RateLimit(RateLimit.MAX, RateLimit.MAX);
    }
}
