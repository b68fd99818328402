package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.OrganisationCode;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<Organisation> find(TenantScope scope, Long id) {
        if (!scope.includes(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    /** The names of these organisations by id: one query for a page of rows that name their organisations. */
    public java.util.Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    public Optional<Organisation> findByCode(OrganisationCode code) {
        return em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", code.value())
                .getResultStream()
                .findFirst();
    }

    /** Organisations in scope, ordered by name, one page ({@code offset}, {@code limit}). */
    public List<Organisation> list(TenantScope scope, int offset, int limit) {
        if (!scope.isUnrestricted() && scope.organisationIds().isEmpty()) {
            return List.of();
        }
        String where = scope.isUnrestricted() ? "" : " where o.id in :ids";
        TypedQuery<Organisation> q =
                em.createQuery("select o from Organisation o" + where + " order by o.name, o.id", Organisation.class);
        if (!scope.isUnrestricted()) {
            q.setParameter("ids", scope.organisationIds());
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Organisations in scope after the given id (keyset paging for the API), ordered by id. */
    public List<Organisation> listAfter(TenantScope scope, long afterId, int limit) {
        if (!scope.isUnrestricted() && scope.organisationIds().isEmpty()) {
            return List.of();
        }
        String where = scope.isUnrestricted() ? "" : " and o.id in :ids";
        TypedQuery<Organisation> q = em.createQuery(
                        "select o from Organisation o where o.id > :after" + where + " order by o.id",
                        Organisation.class)
                .setParameter("after", afterId);
        if (!scope.isUnrestricted()) {
            q.setParameter("ids", scope.organisationIds());
        }
        return q.setMaxResults(limit).getResultList();
    }

    public long count(TenantScope scope) {
        if (scope.isUnrestricted()) {
            return em.createQuery("select count(o) from Organisation o", Long.class)
                    .getSingleResult();
        }
        if (scope.organisationIds().isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(o) from Organisation o where o.id in :ids", Long.class)
                .setParameter("ids", scope.organisationIds())
                .getSingleResult();
    }

    public void add(Organisation organisation) {
        em.persist(organisation);
    }

    /** Writes pending changes now, so that the returned view carries the new version. */
    public void flush() {
        em.flush();
    }
}
