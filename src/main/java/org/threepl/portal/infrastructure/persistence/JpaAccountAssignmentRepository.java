package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.AccountAssignmentRepository;
import org.threepl.portal.domain.model.account.AccountAssignment;

@ApplicationScoped
public class JpaAccountAssignmentRepository implements AccountAssignmentRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public List<Long> organisationIdsOf(Long managerId) {
        return em.createQuery("select a.organisation.id from AccountAssignment a where a.manager.id = :m", Long.class)
                .setParameter("m", managerId)
                .getResultList();
    }

    public List<AccountAssignment> ofOrganisation(Long organisationId) {
        return em.createQuery(
                        "select a from AccountAssignment a join fetch a.manager where a.organisation.id = :o"
                                + " order by a.manager.displayName",
                        AccountAssignment.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    public List<AccountAssignment> all() {
        return em.createQuery(
                        "select a from AccountAssignment a join fetch a.manager join fetch a.organisation"
                                + " order by a.organisation.name, a.manager.displayName",
                        AccountAssignment.class)
                .getResultList();
    }

    public Optional<AccountAssignment> find(Long managerId, Long organisationId) {
        return em.createQuery(
                        "select a from AccountAssignment a where a.manager.id = :m and a.organisation.id = :o",
                        AccountAssignment.class)
                .setParameter("m", managerId)
                .setParameter("o", organisationId)
                .getResultStream()
                .findFirst();
    }

    public void add(AccountAssignment assignment) {
        em.persist(assignment);
    }

    public void remove(AccountAssignment assignment) {
        em.remove(assignment);
    }
}
