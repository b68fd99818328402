package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.adjustment.AdjustmentRepository;
import org.threepl.portal.domain.model.billing.AdjustmentCause;
import org.threepl.portal.domain.model.billing.BillingAdjustment;

/** Billing adjustments in JPA; lists read {@code billing_adjustment_org_ix} (organisation, id). */
@ApplicationScoped
public class JpaAdjustmentRepository implements AdjustmentRepository {

    private static final String COUNTER = "ADJUSTMENT";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    NumberSeries numbers;

    @Override
    public boolean exists(AdjustmentCause cause, String causeKey) {
        return !em.createQuery(
                        "select a.id from BillingAdjustment a where a.cause = :c and a.causeKey = :k", Long.class)
                .setParameter("c", cause)
                .setParameter("k", causeKey)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(BillingAdjustment adjustment) {
        em.persist(adjustment);
        em.flush(); // a second one for the same cause fails here, on the unique key
    }

    @Override
    public int next(int year) {
        return numbers.next(COUNTER, year);
    }

    @Override
    public List<BillingAdjustment> list(TenantScope scope, Long organisationId, long afterId, int limit) {
        StringBuilder jpql = new StringBuilder("select a from BillingAdjustment a where a.id > :after");
        TypedQuery<BillingAdjustment> q = filtered(jpql, scope, organisationId, " order by a.id");
        return q.setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<BillingAdjustment> newest(TenantScope scope, Long organisationId, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("select a from BillingAdjustment a where 1 = 1");
        return filtered(jpql, scope, organisationId, " order by a.id desc")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(TenantScope scope, Long organisationId) {
        StringBuilder jpql = new StringBuilder("select count(a) from BillingAdjustment a where 1 = 1");
        if (organisationId != null) {
            jpql.append(" and a.organisationId = :org");
        }
        ScopedJpql.scoped(jpql, scope, "a.organisationId");
        TypedQuery<Long> q = em.createQuery(jpql.toString(), Long.class);
        if (organisationId != null) {
            q.setParameter("org", organisationId);
        }
        ScopedJpql.bind(q, scope);
        return q.getSingleResult();
    }

    @Override
    public Optional<BillingAdjustment> find(TenantScope scope, long id) {
        BillingAdjustment a = em.find(BillingAdjustment.class, id);
        return a == null || !scope.includes(a.organisationId()) ? Optional.empty() : Optional.of(a);
    }

    @Override
    public Map<Long, String> invoiceNumbers(Collection<Long> invoiceIds) {
        Map<Long, String> numbersById = new HashMap<>();
        if (invoiceIds.isEmpty()) {
            return numbersById;
        }
        em.createQuery("select i.id, i.invoiceNumber from Invoice i where i.id in :ids", Object[].class)
                .setParameter("ids", invoiceIds)
                .getResultList()
                .forEach(r -> numbersById.put((Long) r[0], (String) r[1]));
        return numbersById;
    }

    private TypedQuery<BillingAdjustment> filtered(
            StringBuilder jpql, TenantScope scope, Long organisationId, String order) {
        if (organisationId != null) {
            jpql.append(" and a.organisationId = :org");
        }
        ScopedJpql.scoped(jpql, scope, "a.organisationId");
        jpql.append(order);
        TypedQuery<BillingAdjustment> q = em.createQuery(jpql.toString(), BillingAdjustment.class);
        if (organisationId != null) {
            q.setParameter("org", organisationId);
        }
        ScopedJpql.bind(q, scope);
        return q;
    }
}
