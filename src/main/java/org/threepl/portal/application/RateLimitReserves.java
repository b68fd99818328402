package org.threepl.portal.application;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.threepl.portal.domain.model.account.RateLimit;

/**
 * The tokens this server took from keys' shared buckets ahead of their requests. A key calling fast would otherwise
 * write its bucket's row once per request, and its concurrent requests would queue on that row; instead, a take from
 * the shared bucket also takes a small block ({@link #blockOf}: a tenth of a second's refill, at most 100), which the
 * next requests spend from memory for up to a second. Tokens are only ever taken from the shared bucket, never made
 * here, so the key's limit holds across servers; a reserve that runs out of time is dropped, so a key that calls rarely
 * may find its bucket lower by up to one block per server.
 */
public final class RateLimitReserves {

    /** How long a reserve may be spent: a second, so that a lowered limit or a revoked key applies soon. */
    static final long LIFETIME_NANOS = 1_000_000_000L;

    /** A bound far above any real number of keys calling at once; reaching it just starts afresh. */
    private static final int MAX_KEYS = 10_000;

    private static final int MAX_BLOCK = 100;

    private final Map<Long, Reserve> reserves = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public RateLimitReserves(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The tokens taken ahead with a request: a tenth of a second's refill and of the burst, at most 100; 0 below. */
    public static int blockOf(RateLimit limit) {
        return (int) Math.min(MAX_BLOCK, Math.min(Math.floor(limit.perSecond() / 10), limit.burst() / 10));
    }

    /**
     * Spends {@code cost} tokens of the key's reserve, if it holds that many, was taken under this limit and is still
     * fresh: the tokens left to the key as far as this server knows (the shared bucket's at the last take and the
     * reserve's), or empty when the request must go to the shared bucket.
     */
    public OptionalDouble spend(long credentialId, RateLimit limit, int cost) {
        Reserve r = reserves.get(credentialId);
        if (r == null) {
            return OptionalDouble.empty();
        }
        synchronized (r) {
            if (!r.limit.equals(limit) || nanoTime.getAsLong() - r.takenAtNanos >= LIFETIME_NANOS || r.tokens < cost) {
                return OptionalDouble.empty();
            }
            r.tokens -= cost;
            return OptionalDouble.of(r.shared + r.tokens);
        }
    }

    /**
     * Adds a block just taken from the key's shared bucket, which held {@code shared} tokens after the take; a reserve
     * of an earlier limit or past its time is replaced.
     */
    public void add(long credentialId, RateLimit limit, int block, double shared) {
        long now = nanoTime.getAsLong();
        Reserve r = reserveOf(credentialId, limit, now);
        synchronized (r) {
            if (!r.limit.equals(limit) || now - r.takenAtNanos >= LIFETIME_NANOS) {
                r.limit = limit;
                r.tokens = 0;
            }
            r.tokens += block;
            r.takenAtNanos = now;
            r.seen(shared, now);
        }
    }

    /** Notes what the key's shared bucket held after a take that brought no block (a request alone, or refused). */
    public void saw(long credentialId, RateLimit limit, double shared) {
        long now = nanoTime.getAsLong();
        Reserve r = reserveOf(credentialId, limit, now);
        synchronized (r) {
            if (r.limit.equals(limit)) {
                r.seen(shared, now);
            }
        }
    }

    /**
     * Whether the key's shared bucket may hold {@code tokens} now: false only when it held fewer the last time this
     * server saw it, under this limit, even with the refill since. Other servers only ever take, so a false is sure,
     * and a key at its limit is not sent to its bucket twice a request (a block asked and refused, then the request).
     */
    public boolean mayHold(long credentialId, RateLimit limit, int tokens) {
        Reserve r = reserves.get(credentialId);
        if (r == null) {
            return true;
        }
        long now = nanoTime.getAsLong();
        synchronized (r) {
            if (!r.limit.equals(limit) || r.seenAtNanos == Long.MIN_VALUE) {
                return true;
            }
            double refilled = (now - r.seenAtNanos) / 1e9 * limit.perSecond();
            return Math.min(limit.burst(), r.shared + refilled) >= tokens;
        }
    }

    private Reserve reserveOf(long credentialId, RateLimit limit, long now) {
        if (reserves.size() >= MAX_KEYS) {
            reserves.clear();
        }
        return reserves.computeIfAbsent(credentialId, k -> new Reserve(limit, now - LIFETIME_NANOS));
    }

    /** One key's reserve, and its shared bucket as last seen; guarded by its own monitor. */
    private static final class Reserve {
        RateLimit limit;
        long takenAtNanos;
        double tokens;
        double shared;
        long seenAtNanos = Long.MIN_VALUE;

        Reserve(RateLimit limit, long takenAtNanos) {
            this.limit = limit;
            this.takenAtNanos = takenAtNanos;
        }

        void seen(double sharedTokens, long atNanos) {
            shared = sharedTokens;
            seenAtNanos = atNanos;
        }
    }
}
