package org.threepl.portal.application;

import org.threepl.portal.domain.model.account.RateLimit;

/** A port of the application, implemented in infrastructure by {@code JdbcRateLimitBuckets}. */
public interface RateLimitBuckets {

    /**
     * Refills the key's bucket for the time since it was last refilled (by the database's clock, so that every server
     * shares one bucket) and takes {@code cost} tokens if it holds that many, atomically: in one statement.
     */
    RateLimit.Take take(long credentialId, RateLimit limit, int cost);
}
