package org.threepl.portal.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.OptionalDouble;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.domain.model.account.RateLimit;

/**
 * Rate limits per API key: every request by a key takes a token from the key's bucket, a batch one per item. Signed-in
 * users are not limited. Outside any transaction (a caller's is suspended): each take is one statement committed at
 * once, so that no bucket row stays locked while a batch is stored. A key calling fast is served from a small reserve
 * of its bucket's tokens that this server took ahead ({@link RateLimitReserves}), not one write of its row each.
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

    /** Replaced by tests that move the clock. */
    RateLimitReserves reserves = new RateLimitReserves(System::nanoTime);

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
        RateLimitDecision decision = decide(caller.credentialId(), limitOf(caller), cost);
        state.note(decision);
        return decision;
    }

    /**
     * From this server's reserve if it holds the cost; else from the shared bucket, a single request with a block ahead
     * unless the bucket was seen too low for one.
     */
    private RateLimitDecision decide(long credentialId, RateLimit limit, int cost) {
        OptionalDouble left = reserves.spend(credentialId, limit, cost);
        if (left.isPresent()) {
            return new RateLimitDecision(limit, true, left.getAsDouble(), cost);
        }
        // a block ahead for single requests only: a batch's items are many tokens at once already
        int block = cost == 1 ? RateLimitReserves.blockOf(limit) : 0;
        if (block > 0 && reserves.mayHold(credentialId, limit, cost + block)) {
            RateLimit.Take ahead = buckets.take(credentialId, limit, cost + block);
            if (ahead.granted()) {
                reserves.add(credentialId, limit, block, ahead.tokens());
                return new RateLimitDecision(limit, true, ahead.tokens() + block, cost);
            }
        }
        RateLimit.Take taken = buckets.take(credentialId, limit, cost);
        if (block > 0) {
            reserves.saw(credentialId, limit, taken.tokens());
        }
        return new RateLimitDecision(limit, taken.granted(), taken.tokens(), cost);
    }

    private RateLimit limitOf(Caller caller) {
        return caller.rateLimit() == null ? defaults : caller.rateLimit();
    }
}
