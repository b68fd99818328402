package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.threepl.portal.application.NotificationRepository;
import org.threepl.portal.domain.model.account.Notification;

/** Notifications per user, and the record of SLA alerts already raised (each once per term, period and level). */
@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void add(Notification n) {
        em.persist(n);
    }

    public List<Notification> latestOf(Long userId, int limit) {
        return em.createQuery(
                        "select n from Notification n where n.userId = :u order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("u", userId)
                .setMaxResults(limit)
                .getResultList();
    }

    public long unreadOf(Long userId) {
        return em.createQuery(
                        "select count(n) from Notification n where n.userId = :u and n.readAt is null", Long.class)
                .setParameter("u", userId)
                .getSingleResult();
    }

    public List<Notification> unreadList(Long userId) {
        return em.createQuery(
                        "select n from Notification n where n.userId = :u and n.readAt is null", Notification.class)
                .setParameter("u", userId)
                .getResultList();
    }

    /**
     * Records that an alert was raised; false if it had been already (the primary key makes a second raise of the same
     * term, period and level impossible, even from two servers).
     */
    public boolean raiseOnce(Long termId, LocalDate periodStart, String level, Long organisationId, Instant now) {
        Number exists = (Number) em.createNativeQuery(
                        "select count(*) from sla_alert where term_id = ?1 and period_start = ?2 and alert_level = ?3")
                .setParameter(1, termId)
                .setParameter(2, Date.valueOf(periodStart))
                .setParameter(3, level)
                .getSingleResult();
        if (exists.longValue() > 0) {
            return false;
        }
        em.createNativeQuery("insert into sla_alert (term_id, period_start, alert_level, organisation_id, "
                        + "raised_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, termId)
                .setParameter(2, Date.valueOf(periodStart))
                .setParameter(3, level)
                .setParameter(4, organisationId)
                .setParameter(5, Timestamp.from(now))
                .executeUpdate();
        return true;
    }

    @Override
    @jakarta.transaction.Transactional
    public int purgeReadBefore(java.time.Instant before) {
        return em.createNativeQuery("delete from notification where read_at < ?1")
                .setParameter(1, java.sql.Timestamp.from(before))
                .executeUpdate();
    }
}
