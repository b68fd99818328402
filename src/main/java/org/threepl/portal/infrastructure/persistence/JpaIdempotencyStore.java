package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.threepl.portal.application.idempotency.IdempotencyStore;
import org.threepl.portal.application.idempotency.StoredAnswer;

/** Stores and replays answers by (credential, Idempotency-Key). */
@ApplicationScoped
public class JpaIdempotencyStore implements IdempotencyStore {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public <T> Optional<StoredResult<T>> findResult(Long credentialId, String key, Instant notBefore, Class<T> type) {
        return current(credentialId, key, notBefore)
                .map(IdempotencyRecord::answer)
                .filter(a -> !a.reserved())
                .map(a -> new StoredResult<>(a.requestHash(), JSON.fromJson(a.body(), type)));
    }

    @Override
    public void saveResult(
            Long credentialId, String key, String requestHash, Object result, Instant now, Instant notBefore) {
        deleteExpired(credentialId, key, notBefore);
        StoredAnswer answer = new StoredAnswer(requestHash, 200, "application/json", null, null, JSON.toJson(result));
        em.persist(new IdempotencyRecord(credentialId, key, answer, now));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reserve(Long credentialId, String key, Instant now, Instant notBefore) {
        deleteExpired(credentialId, key, notBefore);
        em.persist(new IdempotencyRecord(credentialId, key, StoredAnswer.reservation(), now));
        em.flush();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<StoredAnswer> find(Long credentialId, String key, Instant notBefore) {
        return current(credentialId, key, notBefore).map(IdempotencyRecord::answer);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(Long credentialId, String key, StoredAnswer answer) {
        IdempotencyRecord r = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(credentialId, key));
        if (r != null) {
            r.answer(answer);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(Long credentialId, String key) {
        em.createQuery("delete from IdempotencyRecord r where r.credentialId = :c and r.idempotencyKey = :k and "
                        + "r.status = 0")
                .setParameter("c", credentialId)
                .setParameter("k", key)
                .executeUpdate();
    }

    @Override
    @Transactional
    public int purgeBefore(Instant cutoff) {
        return em.createQuery("delete from IdempotencyRecord r where r.createdAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    private Optional<IdempotencyRecord> current(Long credentialId, String key, Instant notBefore) {
        return Optional.ofNullable(em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(credentialId, key)))
                .filter(r -> !r.createdAt().isBefore(notBefore));
    }

    private void deleteExpired(Long credentialId, String key, Instant notBefore) {
        em.createQuery("delete from IdempotencyRecord r where r.credentialId = :c and r.idempotencyKey = :k and "
                        + "r.createdAt < :notBefore")
                .setParameter("c", credentialId)
                .setParameter("k", key)
                .setParameter("notBefore", notBefore)
                .executeUpdate();
    }
}
