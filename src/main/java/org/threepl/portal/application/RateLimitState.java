package org.threepl.portal.application;

import jakarta.enterprise.context.RequestScoped;

/** The latest decision of the current request's key's bucket, for the answer's RateLimit headers. */
@RequestScoped
public class RateLimitState {

    private RateLimitDecision latest;

    void note(RateLimitDecision decision) {
        latest = decision;
    }

    /** Null when no key was limited in this request (a signed-in user's, or one refused before). */
    public RateLimitDecision latest() {
        return latest;
    }
}
