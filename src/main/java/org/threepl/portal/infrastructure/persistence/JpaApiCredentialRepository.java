package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.ApiCredentialRepository;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.account.ApiCredential;

@ApplicationScoped
public class JpaApiCredentialRepository implements ApiCredentialRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @jakarta.inject.Inject
    DatabaseKind database;

    /**
     * By key prefix, for authentication: not scoped, since the caller is not known yet. Read-only (every API request
     * makes this look-up): Hibernate keeps no snapshot of it and never writes it back.
     */
    public Optional<ApiCredential> findByPrefix(String prefix) {
        return em
                .createQuery(
                        "select c from ApiCredential c left join fetch c.organisation where c.keyPrefix = :p",
                        ApiCredential.class)
                .setParameter("p", prefix)
                .setHint("org.hibernate.readOnly", true)
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * Notes that a key was used at {@code at}, unless a use since {@code unlessUsedSince} is already on record. One
     * conditional update that leaves the version alone: requests that note a use at the same moment (on this server or
     * another) never fail on each other, and a key's use never clashes with an administrator revoking it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordUse(Long id, Instant at, Instant unlessUsedSince) {
        em.createQuery("update ApiCredential c set c.lastUsedAt = :at where c.id = :id"
                        + " and (c.lastUsedAt is null or c.lastUsedAt < :since)")
                .setParameter("at", at)
                .setParameter("id", id)
                .setParameter("since", unlessUsedSince)
                .executeUpdate();
    }

    /**
     * Records that a key was used from an address; true if that address is new for the key (the first use from anywhere
     * counts too). One insert that another server's insert of the same pair cannot break.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean noteAddress(Long credentialId, String address, Instant at) {
        String insert = database.isPostgresql()
                ? "insert into api_credential_address (credential_id, address, first_seen_at) values (?1, "
                        + "?2, ?3) on conflict do nothing"
                : "insert into api_credential_address (credential_id, address, first_seen_at) select ?1, ?2, ?3"
                        + " where not exists (select 1 from api_credential_address where credential_id = ?1 "
                        + "and address = ?2)";
        return em.createNativeQuery(insert)
                        .setParameter(1, credentialId)
                        .setParameter(2, address)
                        .setParameter(3, java.sql.Timestamp.from(at))
                        .executeUpdate()
                == 1;
    }

    public Optional<ApiCredential> findOfOrganisation(TenantScope scope, Long organisationId, Long id) {
        if (!scope.includes(organisationId) || id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(ApiCredential.class, id))
                .filter(c -> c.organisation() != null && c.organisation().id().equals(organisationId));
    }

    /** Any credential by id, unscoped: only for finding out who is accountable for what a key did. */
    public Optional<ApiCredential> findById(Long id) {
        return Optional.ofNullable(em.find(ApiCredential.class, id));
    }

    public Optional<ApiCredential> findProviderIntegration(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(ApiCredential.class, id))
                .filter(ApiCredential::isProviderIntegration);
    }

    public List<ApiCredential> ofOrganisation(TenantScope scope, Long organisationId) {
        if (!scope.includes(organisationId)) {
            return List.of();
        }
        return em.createQuery(
                        "select c from ApiCredential c where c.organisation.id = :o order by c.createdAt desc",
                        ApiCredential.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    public List<ApiCredential> providerIntegrations() {
        return em.createQuery(
                        "select c from ApiCredential c where c.organisation is null order by c.createdAt desc",
                        ApiCredential.class)
                .getResultList();
    }

    public void add(ApiCredential credential) {
        em.persist(credential);
    }

    /** Writes pending changes now, so that the returned view carries the new version. */
    public void flush() {
        em.flush();
    }
}
