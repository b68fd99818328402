package org.threepl.portal.application;

/** A request (a batch's items) that its API key's rate limit refused; nothing of it was done. */
public class RateLimitExceededException extends RuntimeException {

    private final transient RateLimitDecision decision;

    public RateLimitExceededException(RateLimitDecision decision) {
        super("This API key is over its rate limit of " + decision.limit().requestsPerMinute()
                + " requests a minute (bursts of " + decision.limit().burst() + "); a batch counts each item."
                + " Retry after " + decision.retryAfterSeconds() + " seconds.");
        this.decision = decision;
    }

    public RateLimitDecision decision() {
        return decision;
    }
}
