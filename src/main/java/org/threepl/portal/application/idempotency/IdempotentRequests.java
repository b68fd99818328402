package org.threepl.portal.application.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * Idempotency-Key for the API's creating requests (draft-ietf-httpapi-idempotency-key-header): the first request with a
 * key reserves it and runs; its answer is recorded; a retry with the same key and the same request gets that answer
 * again without running; the same key with another request is refused (422); while the first still runs, or when its
 * server stopped before recording the answer, a retry gets 409 and may try again later. A request that was refused (an
 * answer other than 2xx) changed nothing, so it gives its key up and may be retried with it. Records expire after 24
 * hours.
 */
@ApplicationScoped
public class IdempotentRequests {

    /** How long a key and its answer are kept. */
    public static final Duration KEPT = Duration.ofHours(24);

    private static final Logger LOG = Logger.getLogger(IdempotentRequests.class.getName());
    private static final int MAX_KEY_LENGTH = 100;

    @Inject
    IdempotencyStore store;

    @Inject
    Clock clock;

    /** What to do with a request carrying an Idempotency-Key. */
    public sealed interface Start {}

    /** The key was free and is now reserved for this request: run it. */
    public record Run() implements Start {}

    /** The key answered before: answer the same if the request is the same ({@link #replay}). */
    public record Answered(StoredAnswer answer) implements Start {}

    /** The key is reserved by a request still running, or one whose server stopped: 409. */
    public record Busy() implements Start {}

    public Start start(long credentialId, String key) {
        checkKey(key);
        Instant now = clock.instant();
        Instant notBefore = now.minus(KEPT);
        Optional<StoredAnswer> earlier = store.find(credentialId, key, notBefore);
        if (earlier.isEmpty()) {
            try {
                store.reserve(credentialId, key, now, notBefore);
                return new Run();
            } catch (RuntimeException takenMeanwhile) {
                earlier = store.find(credentialId, key, notBefore);
                if (earlier.isEmpty()) {
                    throw takenMeanwhile;
                }
            }
        }
        return earlier.get().reserved() ? new Busy() : new Answered(earlier.get());
    }

    /** The earlier answer, if the request hashes as the one that got it. */
    public StoredAnswer replay(Answered answered, String requestHash) {
        if (!answered.answer().requestHash().equals(requestHash)) {
            throw reusedKey();
        }
        return answered.answer();
    }

    /**
     * Records the answer of a request that ran (one with no body to keep, longer than a record holds, gives its key
     * up); a failure to record leaves the key reserved, so that retries get 409 rather than run twice.
     */
    public void finish(long credentialId, String key, StoredAnswer answer) {
        try {
            if (answer.status() >= 200 && answer.status() < 300 && answer.body() != null) {
                store.complete(credentialId, key, answer);
            } else {
                store.release(credentialId, key);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Could not record the answer to Idempotency-Key " + key);
        }
    }

    /** The records past their 24 hours removed by the housekeeping; how many. */
    public int purgeExpired() {
        return store.purgeBefore(clock.instant().minus(KEPT));
    }

    public static void checkKey(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new DomainRuleViolation(
                    "Idempotency-Key",
                    "rule.idempotencyKey.format",
                    "An Idempotency-Key is 1 to 100 visible ASCII characters (a UUID is a good choice)");
        }
    }

    public static DomainRuleViolation reusedKey() {
        return new DomainRuleViolation(
                "Idempotency-Key",
                "rule.idempotencyKey.reused",
                "This Idempotency-Key was used for a different request; use a new key for new content");
    }
}
