package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.account.ApiCredential;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiCredentialRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** By key prefix, for authentication: not scoped, since the caller is not known yet. */
    public Optional<ApiCredential> findByPrefix(String prefix) {
        return em.createQuery("select c from ApiCredential c left join fetch c.organisation where c.keyPrefix = :p",
                        ApiCredential.class)
                .setParameter("p", prefix).getResultStream().findFirst();
    }

    public Optional<ApiCredential> findOfOrganisation(TenantScope scope, Long organisationId, Long id) {
        if (!scope.includes(organisationId) || id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(ApiCredential.class, id))
                .filter(c -> c.organisation() != null && c.organisation().id().equals(organisationId));
    }

    public Optional<ApiCredential> findProviderIntegration(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(ApiCredential.class, id))
                .filter(ApiCredential::isProviderIntegration);
    }

    public List<ApiCredential> ofOrganisation(TenantScope scope, Long organisationId) {
        if (!scope.includes(organisationId)) {
            return List.of();
        }
        return em.createQuery("select c from ApiCredential c where c.organisation.id = :o order by c.createdAt desc",
                        ApiCredential.class)
                .setParameter("o", organisationId).getResultList();
    }

    public List<ApiCredential> providerIntegrations() {
        return em.createQuery("select c from ApiCredential c where c.organisation is null order by c.createdAt desc",
                ApiCredential.class).getResultList();
    }

    public void add(ApiCredential credential) {
        em.persist(credential);
    }

    /** Writes pending changes now, so that the returned view carries the new version. */
    public void flush() {
        em.flush();
    }
}
