package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.threepl.portal.application.SecurityEventRepository;
import org.threepl.portal.domain.model.security.SecurityEvent;

/** The security log: entries are only added; reads filter and page in the database, newest first. */
@ApplicationScoped
public class JpaSecurityEventRepository implements SecurityEventRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void add(SecurityEvent e) {
        em.persist(e);
    }

    public List<SecurityEvent> page(Filter f, int offset, int limit) {
        return query(f, "select e", " order by e.occurredAt desc, e.id desc", SecurityEvent.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count(Filter f) {
        return query(f, "select count(e)", "", Long.class).getSingleResult();
    }

    /** Every entry the filter selects, newest first, in chunks (for exports): nothing is held in memory at once. */
    public void forEach(Filter f, Consumer<SecurityEvent> each) {
        int chunk = 1000;
        for (int offset = 0; ; offset += chunk) {
            List<SecurityEvent> page = page(f, offset, chunk);
            page.forEach(each);
            em.clear();
            if (page.size() < chunk) {
                return;
            }
        }
    }

    public List<SecurityEvent> ofUser(Long userId, int limit) {
        return em.createQuery(
                        "select e from SecurityEvent e where e.subjectUserId = :u or (e.actor.kind = :user "
                                + "and e.actor.id = :u)" + " order by e.occurredAt desc, e.id desc",
                        SecurityEvent.class)
                .setParameter("u", userId)
                .setParameter("user", org.threepl.portal.domain.model.shared.Actor.Kind.USER)
                .setMaxResults(limit)
                .getResultList();
    }

    private <T> TypedQuery<T> query(Filter f, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (f.types() != null && !f.types().isEmpty()) {
            where.add("e.type in :types");
        }
        if (f.userId() != null) {
            where.add("(e.subjectUserId = :user or (e.actor.kind = :userKind and e.actor.id = :user))");
        }
        if (f.name() != null && !f.name().isBlank()) {
            where.add("(lower(e.subjectName) like :name or lower(e.actor.name) like :name)");
        }
        if (f.organisationId() != null) {
            where.add("e.organisationId = :org");
        }
        if (f.from() != null) {
            where.add("e.occurredAt >= :from");
        }
        if (f.to() != null) {
            where.add("e.occurredAt < :to");
        }
        String jpql = select + " from SecurityEvent e"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        TypedQuery<T> q = em.createQuery(jpql, type);
        if (f.types() != null && !f.types().isEmpty()) {
            q.setParameter("types", f.types());
        }
        if (f.userId() != null) {
            q.setParameter("user", f.userId())
                    .setParameter("userKind", org.threepl.portal.domain.model.shared.Actor.Kind.USER);
        }
        if (f.name() != null && !f.name().isBlank()) {
            q.setParameter(
                    "name",
                    "%"
                            + f.name()
                                    .strip()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace("%", "")
                                    .replace("_", "") + "%");
        }
        if (f.organisationId() != null) {
            q.setParameter("org", f.organisationId());
        }
        if (f.from() != null) {
            q.setParameter("from", f.from());
        }
        if (f.to() != null) {
            q.setParameter("to", f.to());
        }
        return q;
    }
}
