package org.threepl.portal.domain.model.account;

import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * How fast an API key may call: a token bucket that holds up to {@code burst} requests and refills at
 * {@code requestsPerMinute}. A request takes one token, a batch one per item. The database applies the same arithmetic
 * in one statement ({@code JdbcRateLimitBuckets}); this record states it, checks limits and answers how long to wait.
 *
 * @param requestsPerMinute the refill rate, 1 to 1,000,000
 * @param burst the capacity (most requests at once), 1 to 1,000,000
 */
public record RateLimit(int requestsPerMinute, int burst) {

    public static final int MAX = 1_000_000;

    public RateLimit {
        if (requestsPerMinute < 1 || requestsPerMinute > MAX) {
            throw new DomainRuleViolation(
                    "requestsPerMinute",
                    "rule.rateLimit.requestsPerMinute",
                    "Requests per minute must be 1 to 1,000,000");
        }
        if (burst < 1 || burst > MAX) {
            throw new DomainRuleViolation("burst", "rule.rateLimit.burst", "The burst must be 1 to 1,000,000 requests");
        }
    }

    /** The outcome of a take: whether it was granted, and the tokens left in the bucket afterwards. */
    public record Take(boolean granted, double tokens) {}

    public double perSecond() {
        return requestsPerMinute / 60.0;
    }

    /** The tokens after {@code elapsedSeconds} of refilling, never above the burst (a clock step back refills none). */
    public double refill(double tokens, double elapsedSeconds) {
        return Math.min(burst, tokens + Math.max(0, elapsedSeconds) * perSecond());
    }

    /** Refills, then takes {@code cost} tokens if there are that many; a refused take leaves the bucket as refilled. */
    public Take take(double tokens, double elapsedSeconds, int cost) {
        double available = refill(tokens, elapsedSeconds);
        return available >= cost ? new Take(true, available - cost) : new Take(false, available);
    }

    /**
     * Refuses a batch that could never pass, however long its sender waited: it costs more than the bucket holds.
     *
     * @param field the request's field that holds the items, named in the refusal
     */
    public void requireWithinBurst(int cost, String field) {
        if (cost > burst) {
            throw new DomainRuleViolation(
                    field,
                    "rule.rateLimit.overBurst",
                    "These {0} items count as {0} requests, more than this API key's burst of {1}: "
                            + "send at most {1} items per request",
                    cost,
                    burst);
        }
    }

    /** Whole seconds until the bucket holds {@code cost} tokens again (0: it does now); at least 1 when it does not. */
    public long secondsUntil(double tokens, int cost) {
        if (tokens >= cost) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil((cost - tokens) / perSecond()));
    }

    /** Whole seconds until the bucket is full again. */
    public long secondsUntilFull(double tokens) {
        return tokens >= burst ? 0 : (long) Math.ceil((burst - tokens) / perSecond());
    }

    /** The seconds in which a full burst is earned back: the window of the advertised policy (at least 1). */
    public long windowSeconds() {
        return Math.max(1, (long) Math.ceil(burst * 60.0 / requestsPerMinute));
    }
}
