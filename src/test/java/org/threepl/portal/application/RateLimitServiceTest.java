package org.threepl.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.RateLimit;

/** Requests served from this server's reserve of a key's tokens, never more than the shared bucket gave. */
class RateLimitServiceTest {

    private final AtomicLong nanos = new AtomicLong();
    private final SharedBuckets shared = new SharedBuckets();
    private final RateLimitService service = service();

    /** The shared buckets as the database keeps them (the domain's arithmetic), on the test's clock; counts writes. */
    private final class SharedBuckets implements RateLimitBuckets {
        final Map<Long, double[]> rows = new HashMap<>(); // tokens, refilled at (seconds)
        int writes;

        @Override
        public RateLimit.Take take(long credentialId, RateLimit limit, int cost) {
            double now = nanos.get() / 1e9;
            double[] row = rows.computeIfAbsent(credentialId, k -> new double[] {limit.burst(), now});
            RateLimit.Take t = limit.take(row[0], now - row[1], cost);
            row[0] = t.tokens();
            row[1] = now;
            writes++;
            return t;
        }
    }

    private RateLimitService service() {
        RateLimitService s = new RateLimitService();
        s.buckets = shared;
        s.state = new RateLimitState();
        s.reserves = new RateLimitReserves(nanos::get);
        return s;
    }

    private static Caller key(long id, RateLimit limit) {
        return Caller.apiCredential(id, "erp", 10L, Set.of(ApiScope.READ), TenantScope.of(List.of(10L)), limit);
    }

    @Test
    void aFastKeyWritesItsBucketOncePerBlockAndTheHeadersCountEveryRequest() {
        Caller erp = key(1, new RateLimit(6000, 1000)); // 100 a second: blocks of 10
        RateLimitDecision last = null;
        for (int i = 0; i < 100; i++) {
            last = service.admit(erp);
            assertTrue(last.granted());
        }
        assertEquals(10, shared.writes, "one write per 11 requests (the request and its block of 10)");
        assertEquals(890, shared.rows.get(1L)[0], 1e-9, "110 tokens taken from the shared bucket");
        assertEquals(900, last.remaining(), "what the key may still send: the shared bucket's 890 and 10 held here");
    }

    @Test
    void theReserveNeverGrantsMoreThanTheSharedBucketHeld() {
        Caller erp = key(2, new RateLimit(6000, 50)); // blocks of 5 (a tenth of the burst)
        int granted = 0;
        for (int i = 0; i < 100; i++) {
            if (service.admit(erp).granted()) {
                granted++;
            }
        }
        assertEquals(50, granted, "the burst, and not one request more");
        RateLimitDecision refused = service.admit(erp);
        assertFalse(refused.granted());
        assertEquals(0, refused.remaining());
        assertTrue(refused.retryAfterSeconds() >= 1);
    }

    @Test
    void aKeyAtItsLimitIsSentToItsBucketOnceARequestAndTakesBlocksAgainOnceItRefilled() {
        Caller erp = key(7, new RateLimit(6000, 50)); // 100 a second, blocks of 5
        while (service.admit(erp).granted()) {
            // the burst, spent
        }
        int before = shared.writes;
        for (int i = 0; i < 10; i++) {
            assertFalse(service.admit(erp).granted());
        }
        assertEquals(10, shared.writes - before, "the request alone: no block asked of a bucket seen empty");

        nanos.addAndGet(70_000_000L); // 7 tokens back: the request, a block, and one
        assertTrue(service.admit(erp).granted());
        assertEquals(11, shared.writes - before, "the block asked again, and taken");
        for (int i = 0; i < 5; i++) {
            assertTrue(service.admit(erp).granted());
        }
        assertEquals(11, shared.writes - before, "the block spent from this server's reserve");
        assertTrue(service.admit(erp).granted(), "the last token, taken alone");
        assertFalse(service.admit(erp).granted());
        assertEquals(13, shared.writes - before);
    }

    @Test
    void aReserveLastsASecond() {
        Caller erp = key(3, new RateLimit(6000, 1000));
        service.admit(erp);
        nanos.addAndGet(999_000_000L);
        service.admit(erp);
        assertEquals(1, shared.writes, "spent from the reserve within the second");
        nanos.addAndGet(1_000_000L);
        service.admit(erp);
        assertEquals(2, shared.writes, "after it, the shared bucket again");
    }

    @Test
    void aChangedLimitDoesNotSpendTheReserveOfTheOldOne() {
        service.admit(key(4, new RateLimit(6000, 1000)));
        RateLimitDecision lowered = service.admit(key(4, new RateLimit(60, 1)));
        assertEquals(2, shared.writes);
        assertEquals(new RateLimit(60, 1), lowered.limit());
    }

    @Test
    void aBatchTakesItsItemsAndNoBlockAhead() {
        Caller erp = key(6, new RateLimit(6000, 1000));
        CallerContext callers = new CallerContext() {
            @Override
            public Caller current() {
                return erp;
            }
        };
        service.callers = callers;
        service.admit(erp); // the request's token and a block of 10
        service.chargeBatch("events", 500); // the other 499 items: more than the reserve holds
        assertEquals(2, shared.writes);
        assertEquals(1000 - 11 - 499, shared.rows.get(6L)[0], 1e-9);
        service.chargeBatch("events", 10); // 9 more: from the reserve
        assertEquals(2, shared.writes);
    }

    @Test
    void aSlowKeyWritesItsBucketForEveryRequest() {
        Caller erp = key(5, new RateLimit(300, 100)); // 5 a second: no block
        for (int i = 0; i < 5; i++) {
            service.admit(erp);
        }
        assertEquals(5, shared.writes);
        assertEquals(95, shared.rows.get(5L)[0], 1e-9);
    }

    @Test
    void blocksAreATenthOfASecondsRefillAndOfTheBurstAtMost100() {
        assertEquals(10, RateLimitReserves.blockOf(new RateLimit(6000, 1000)));
        assertEquals(5, RateLimitReserves.blockOf(new RateLimit(6000, 50)));
        assertEquals(100, RateLimitReserves.blockOf(new RateLimit(1_000_000, 1_000_000)));
        assertEquals(0, RateLimitReserves.blockOf(new RateLimit(599, 1000)), "under 10 a second");
        assertEquals(0, RateLimitReserves.blockOf(new RateLimit(6000, 9)));
    }
}
