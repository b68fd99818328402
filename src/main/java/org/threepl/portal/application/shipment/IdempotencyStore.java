package org.threepl.portal.application.shipment;

import java.time.Instant;
import java.util.Optional;

/**
 * Stores and replays answers by (credential, Idempotency-Key), as JSON of the result object.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaIdempotencyStore}.
 */
public interface IdempotencyStore {
    record Stored<T>(String requestHash, int status, T result) {}

    <T> Optional<Stored<T>> find(Long credentialId, String key, Class<T> type);

    void save(Long credentialId, String key, String requestHash, int status, Object result, Instant now);
}
