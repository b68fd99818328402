package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.webhook.WebhookRepository;
import org.threepl.portal.domain.model.webhook.DeliveryState;
import org.threepl.portal.domain.model.webhook.SubscriptionState;
import org.threepl.portal.domain.model.webhook.WebhookDelivery;
import org.threepl.portal.domain.model.webhook.WebhookEvent;
import org.threepl.portal.domain.model.webhook.WebhookEventType;
import org.threepl.portal.domain.model.webhook.WebhookSubscription;

/** Webhook subscriptions, the outbox of events and their deliveries, in JPA (PostgreSQL and H2). */
@ApplicationScoped
public class JpaWebhookRepository implements WebhookRepository {

    private static final String DUE = "select d.id from webhook_delivery d"
            + " join webhook_subscription s on s.id = d.subscription_id"
            + " where d.state = 'PENDING' and d.next_attempt_at <= ?1 and s.state = 'ACTIVE'"
            + " and not exists (select 1 from webhook_delivery e where e.subscription_id = d.subscription_id"
            + " and e.ordering_key = d.ordering_key and e.state = 'PENDING' and e.position < d.position)"
            + " order by d.position";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void add(WebhookSubscription subscription) {
        em.persist(subscription);
    }

    public void remove(WebhookSubscription subscription) {
        em.createQuery("delete from WebhookDelivery d where d.subscriptionId = :s")
                .setParameter("s", subscription.id())
                .executeUpdate();
        em.remove(subscription);
    }

    public void flush() {
        em.flush();
    }

    public Optional<WebhookSubscription> subscription(long id) {
        return Optional.ofNullable(em.find(WebhookSubscription.class, id));
    }

    public List<WebhookSubscription> subscriptionsOf(long organisationId) {
        return em.createQuery(
                        "select s from WebhookSubscription s where s.organisationId = :o order by s.id",
                        WebhookSubscription.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    public List<WebhookSubscription> receiversOf(long organisationId, WebhookEventType type) {
        return em
                .createQuery(
                        "select s from WebhookSubscription s where s.organisationId = :o and s.state = :active",
                        WebhookSubscription.class)
                .setParameter("o", organisationId)
                .setParameter("active", SubscriptionState.ACTIVE)
                .getResultList()
                .stream()
                .filter(s -> s.receives(type))
                .toList();
    }

    public void add(WebhookEvent event) {
        em.persist(event);
    }

    public void add(WebhookDelivery delivery) {
        em.persist(delivery);
    }

    public Optional<WebhookEvent> event(long id) {
        return Optional.ofNullable(em.find(WebhookEvent.class, id));
    }

    public Optional<WebhookDelivery> delivery(long id) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, id));
    }

    public List<Long> due(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(DUE)
                .setParameter(1, java.sql.Timestamp.from(now))
                .setMaxResults(limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    public List<LogLine> log(long subscriptionId, Long beforeId, int limit) {
        return em
                .createQuery(
                        "select d, e from WebhookDelivery d, WebhookEvent e where e.id = d.eventId"
                                + " and d.subscriptionId = :s and d.id < :before order by d.id desc",
                        Object[].class)
                .setParameter("s", subscriptionId)
                .setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> {
                    WebhookDelivery d = (WebhookDelivery) row[0];
                    WebhookEvent e = (WebhookEvent) row[1];
                    return new LogLine(d, e.messageId(), e.type(), e.occurredAt());
                })
                .toList();
    }

    public void dueNow(long subscriptionId, Instant now) {
        em.createQuery("update WebhookDelivery d set d.nextAttemptAt = :now"
                        + " where d.subscriptionId = :s and d.state = :pending")
                .setParameter("now", now)
                .setParameter("s", subscriptionId)
                .setParameter("pending", DeliveryState.PENDING)
                .executeUpdate();
    }

    public int purgeFinishedBefore(Instant cutoff) {
        int deliveries = em.createQuery(
                        "delete from WebhookDelivery d where d.state <> :pending and d.createdAt < :cutoff")
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        em.createQuery("delete from WebhookEvent e where e.occurredAt < :cutoff"
                        + " and not exists (select d.id from WebhookDelivery d where d.eventId = e.id)")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        return deliveries;
    }

    public int redeliver(long subscriptionId, Instant from, Instant to, Instant now) {
        return em.createQuery("update WebhookDelivery d set d.state = :pending, d.failures = 0,"
                        + " d.nextAttemptAt = :now, d.attemptsFrom = :now"
                        + " where d.subscriptionId = :s and d.eventId in"
                        + " (select e.id from WebhookEvent e where e.occurredAt >= :from and e.occurredAt < :to)")
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("now", now)
                .setParameter("s", subscriptionId)
                .setParameter("from", from)
                .setParameter("to", to)
                .executeUpdate();
    }
}
