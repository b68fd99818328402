package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.sla.SlaBreachRepository;
import org.threepl.portal.domain.model.sla.SlaBreach;

/** Breach entries; reads are scoped to the caller's organisations. */
@ApplicationScoped
public class JpaSlaBreachRepository implements SlaBreachRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public List<SlaBreach> ofOrganisation(TenantScope scope, Long organisationId) {
        if (!scope.includes(organisationId)) {
            return List.of();
        }
        return em.createQuery(
                        "select b from SlaBreach b where b.organisationId = :org order by b.periodStart "
                                + "desc, b.id desc",
                        SlaBreach.class)
                .setParameter("org", organisationId)
                .setMaxResults(200)
                .getResultList();
    }

    public Optional<SlaBreach> find(TenantScope scope, Long id) {
        SlaBreach b = id == null ? null : em.find(SlaBreach.class, id);
        return b == null || !scope.includes(b.organisationId()) ? Optional.empty() : Optional.of(b);
    }

    public boolean exists(Long termId, LocalDate periodStart) {
        return !em.createQuery("select b.id from SlaBreach b where b.termId = :t and b.periodStart = :p", Long.class)
                .setParameter("t", termId)
                .setParameter("p", periodStart)
                .getResultList()
                .isEmpty();
    }

    public void add(SlaBreach breach) {
        em.persist(breach);
    }
}
