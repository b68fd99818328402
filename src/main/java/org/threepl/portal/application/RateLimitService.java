package org.threepl.portal.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.domain.model.account.RateLimit;

/**
 * Rate limits per API key: every request by a key takes a token from the key's bucket, a batch one per item. Signed-in
 * users are not limited. Outside any transaction (a caller's is suspended): each take is one statement committed at
 * once, so that no bucket row stays locked while a batch is stored.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class RateLimitService {

    @Inject
    @ConfigProperty(name = "portal.ratelimit.per.minute", defaultValue = "6000")
    int perMinute;

    @Inject
    @ConfigProperty(name = "portal.ratelimit.burst", defaultValue = "1000")
    int burst;

    @Inject
    RateLimitBuckets buckets;

    @Inject
    CallerContext callers;

    @Inject
    RateLimitState state;

    private RateLimit defaults;

    @PostConstruct
    void checkDefaults() {
        // a wrong setting stops the application at start, naming the setting, rather than every API request
        try {
            defaults = new RateLimit(perMinute, burst);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "portal.ratelimit.per.minute and portal.ratelimit.burst: " + e.getMessage(), e);
        }
    }

    /** The limit of keys that have none of their own. */
    public RateLimit defaults() {
        return defaults;
    }

    /** One request by an API key: takes its one token (refused: nothing is to be done). */
    public RateLimitDecision admit(Caller caller) {
        return take(caller, 1);
    }

    /**
     * The rest of a batch of {@code items} sent by an API key, whose request took one token already: taken before
     * anything of the batch is stored, and refused as a whole.
     *
     * @param field the request's field that holds the items
     * @throws RateLimitExceededException when the bucket does not hold them now
     */
    public void chargeBatch(String field, int items) {
        Caller caller = callers.current();
        if (!caller.isApiCredential() || items <= 1) {
            return;
        }
        limitOf(caller).requireWithinBurst(items, field);
        RateLimitDecision decision = take(caller, items - 1);
        if (!decision.granted()) {
            throw new RateLimitExceededException(decision);
        }
    }

    private RateLimitDecision take(Caller caller, int cost) {
        RateLimit limit = limitOf(caller);
        RateLimit.Take taken = buckets.take(caller.credentialId(), limit, cost);
        RateLimitDecision decision = new RateLimitDecision(limit, taken.granted(), taken.tokens(), cost);
        state.note(decision);
        return decision;
    }

    private RateLimit limitOf(Caller caller) {
        return caller.rateLimit() == null ? defaults : caller.rateLimit();
    }
}
