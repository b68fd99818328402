package org.threepl.portal.application.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * The answers given to requests sent with an Idempotency-Key, by (credential, key), kept so that a retry gets the same
 * answer instead of doing the work twice.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaIdempotencyStore}.
 */
public interface IdempotencyStore {

    /** A batch's answer, stored as JSON of its result object in the batch's own transaction. */
    record StoredResult<T>(String requestHash, T result) {}

    <T> Optional<StoredResult<T>> findResult(Long credentialId, String key, Instant notBefore, Class<T> type);

    /** Saves a batch's answer in the caller's transaction, replacing an expired record of the same key. */
    void saveResult(Long credentialId, String key, String requestHash, Object result, Instant now, Instant notBefore);

    /**
     * Reserves the key for a request about to run, in a transaction of its own, replacing an expired record of the key.
     * Throws if the key is taken (a concurrent request reserved it first).
     */
    void reserve(Long credentialId, String key, Instant now, Instant notBefore);

    /** The record of a key made at or after {@code notBefore}: a reservation or a completed answer. */
    Optional<StoredAnswer> find(Long credentialId, String key, Instant notBefore);

    /** Records the answer of a reserved request, in a transaction of its own. */
    void complete(Long credentialId, String key, StoredAnswer answer);

    /** Gives a reservation up (the request changed nothing), in a transaction of its own. */
    void release(Long credentialId, String key);

    /** Removes the records made before {@code cutoff}; how many. */
    int purgeBefore(Instant cutoff);
}
