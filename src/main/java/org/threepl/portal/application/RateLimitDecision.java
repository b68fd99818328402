package org.threepl.portal.application;

import org.threepl.portal.domain.model.account.RateLimit;

/**
 * What a key's bucket said to a request: granted or not, the tokens left, and what the answer tells the caller.
 *
 * @param cost the tokens the request asked for
 */
public record RateLimitDecision(RateLimit limit, boolean granted, double tokens, int cost) {

    /** Whole requests the key may still make at once. */
    public long remaining() {
        return (long) Math.floor(tokens);
    }

    /** Seconds until a refused request could pass (0 when granted). */
    public long retryAfterSeconds() {
        return granted ? 0 : limit.secondsUntil(tokens, cost);
    }

    public long secondsUntilFull() {
        return limit.secondsUntilFull(tokens);
    }
}
