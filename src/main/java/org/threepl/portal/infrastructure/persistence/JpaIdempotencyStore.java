package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.threepl.portal.application.shipment.IdempotencyStore;

/** Stores and replays answers by (credential, Idempotency-Key), as JSON of the result object. */
@ApplicationScoped
public class JpaIdempotencyStore implements IdempotencyStore {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public <T> Optional<Stored<T>> find(Long credentialId, String key, Class<T> type) {
        IdempotencyRecord r = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(credentialId, key));
        return Optional.ofNullable(r)
                .map(x -> new Stored<>(x.requestHash(), x.status(), JSON.fromJson(x.response(), type)));
    }

    public void save(Long credentialId, String key, String requestHash, int status, Object result, Instant now) {
        em.persist(new IdempotencyRecord(credentialId, key, requestHash, status, JSON.toJson(result), now));
    }
}
