package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.sla.SlaTermRepository;
import org.threepl.portal.domain.model.sla.SlaTerm;

/** SLA terms, all versions; reads are scoped to the caller's organisations. */
@ApplicationScoped
public class JpaSlaTermRepository implements SlaTermRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public List<SlaTerm> ofOrganisation(TenantScope scope, Long organisationId) {
        if (!scope.includes(organisationId)) {
            return List.of();
        }
        return em.createQuery(
                        "select t from SlaTerm t where t.organisationId = :org order by t.kpi, t.effectiveFrom, t.id",
                        SlaTerm.class)
                .setParameter("org", organisationId)
                .getResultList();
    }

    public Optional<SlaTerm> find(TenantScope scope, Long id) {
        SlaTerm t = id == null ? null : em.find(SlaTerm.class, id);
        return t == null || !scope.includes(t.organisationId()) ? Optional.empty() : Optional.of(t);
    }

    public void add(SlaTerm term) {
        em.persist(term);
        em.flush();
    }
}
