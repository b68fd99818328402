package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.threepl.portal.application.webhook.WebhookRepository;
import org.threepl.portal.domain.model.webhook.DeliveryState;
import org.threepl.portal.domain.model.webhook.SubscriptionState;
import org.threepl.portal.domain.model.webhook.WebhookDelivery;
import org.threepl.portal.domain.model.webhook.WebhookEvent;
import org.threepl.portal.domain.model.webhook.WebhookEventType;
import org.threepl.portal.domain.model.webhook.WebhookSecret;
import org.threepl.portal.domain.model.webhook.WebhookSubscription;
import org.threepl.portal.domain.model.webhook.WebhookUrl;

/** Webhook subscriptions, the outbox of events and their deliveries, in JPA (PostgreSQL and H2). */
@ApplicationScoped
public class JpaWebhookRepository implements WebhookRepository {

    private static final String DUE = "select d.id, s.url, s.secret, ev.message_id, ev.body from webhook_delivery d"
            + " join webhook_subscription s on s.id = d.subscription_id"
            + " join webhook_event ev on ev.id = d.event_id"
            + " where d.state = 'PENDING' and d.next_attempt_at <= ? and s.state = 'ACTIVE'"
            + " and not exists (select 1 from webhook_delivery e where e.subscription_id = d.subscription_id"
            + " and e.ordering_key = d.ordering_key and e.state = 'PENDING' and e.position < d.position)"
            + " order by d.position limit ?";

    /**
     * A batch's events and deliveries in two statements on PostgreSQL (arrays unnested; each row its own value of the
     * entity's sequence, which no block of JPA's pooled ids can hold); the deliveries inserted in the list's order, so
     * that their {@code position} follows it. The subscriptions' rows are locked once per statement (not checked once
     * per row by a foreign key, which tripled the cost of the ingestion's outbox rows), so a subscription being removed
     * meanwhile either waits for the batch or is gone from it.
     */
    private static final String INSERT_EVENTS = "insert into webhook_event"
            + " (id, message_id, organisation_id, event_type, occurred_at, body)"
            + " select nextval('webhook_event_seq'), x.m, x.o, x.t, ?, x.b"
            + " from unnest(?::varchar[], ?::bigint[], ?::varchar[], ?::text[]) as x(m, o, t, b)"
            + " returning id, message_id";

    /**
     * {@link WebhookDelivery#succeeded} for a round of deliveries in one statement (PostgreSQL), pending ones only: the
     * delivery job records hundreds a second, which one entity update each would cost more than sending them.
     */
    private static final String RECORD_DELIVERED = "update webhook_delivery d set state = 'DELIVERED',"
            + " attempts = d.attempts + 1, failures = 0, last_attempt_at = ?, delivered_at = ?, last_status = x.s,"
            + " last_latency_ms = x.l, last_answer = x.a, last_error = null"
            + " from unnest(?::bigint[], ?::integer[], ?::bigint[], ?::varchar[]) as x(i, s, l, a)"
            + " where d.id = x.i and d.state = 'PENDING'";

    /** {@link WebhookSubscription#delivered} for the subscriptions of such a round (a change bumps the version). */
    private static final String CLEAR_FAILURES = "update webhook_subscription"
            + " set consecutive_failures = 0, version = version + 1"
            + " where consecutive_failures <> 0 and id in (select d.subscription_id from webhook_delivery d"
            + " where d.id = any (?::bigint[]))";

    private static final String INSERT_DELIVERIES = "insert into webhook_delivery (id, subscription_id, event_id,"
            + " ordering_key, state, attempts, failures, created_at, attempts_from, next_attempt_at)"
            + " select nextval('webhook_delivery_seq'), x.s, x.e, x.k, 'PENDING', 0, 0, ?, ?, ?"
            + " from unnest(?::bigint[], ?::bigint[], ?::varchar[]) with ordinality as x(s, e, k, n)"
            + " join webhook_subscription s on s.id = x.s order by x.n for key share of s";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    DatabaseKind database;

    public void add(WebhookSubscription subscription) {
        em.persist(subscription);
    }

    /**
     * The subscription first, then its deliveries: on PostgreSQL no foreign key holds them together (V30_1), so the
     * removal waits for a batch writing deliveries to it (which locks the subscription's row) and then deletes those
     * too; a batch after it finds no subscription and writes none.
     */
    public void remove(WebhookSubscription subscription) {
        em.remove(subscription);
        em.flush();
        em.createQuery("delete from WebhookDelivery d where d.subscriptionId = :s")
                .setParameter("s", subscription.id())
                .executeUpdate();
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

    public void addAll(List<Outgoing> events, Instant now) {
        if (!database.isPostgresql()) {
            for (Outgoing o : events) {
                WebhookEvent e = new WebhookEvent(o.messageId(), o.organisationId(), o.type(), now, o.body());
                em.persist(e);
                o.subscriptions().forEach(s -> em.persist(new WebhookDelivery(s, e.id(), o.orderingKey(), now)));
            }
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            Timestamp at = Timestamp.from(now);
            Map<String, Long> ids = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(INSERT_EVENTS)) {
                ps.setTimestamp(1, at);
                ps.setArray(2, array(c, "varchar", events.stream().map(Outgoing::messageId)));
                ps.setArray(3, array(c, "bigint", events.stream().map(Outgoing::organisationId)));
                ps.setArray(
                        4, array(c, "varchar", events.stream().map(o -> o.type().name())));
                ps.setArray(5, array(c, "text", events.stream().map(Outgoing::body)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(2), rs.getLong(1));
                    }
                }
            }
            List<Long> subscriptions = new ArrayList<>();
            List<Long> eventIds = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (Outgoing o : events) {
                for (Long s : o.subscriptions()) {
                    subscriptions.add(s);
                    eventIds.add(ids.get(o.messageId()));
                    keys.add(o.orderingKey());
                }
            }
            try (PreparedStatement ps = c.prepareStatement(INSERT_DELIVERIES)) {
                ps.setTimestamp(1, at);
                ps.setTimestamp(2, at);
                ps.setTimestamp(3, at);
                ps.setArray(4, array(c, "bigint", subscriptions.stream()));
                ps.setArray(5, array(c, "bigint", eventIds.stream()));
                ps.setArray(6, array(c, "varchar", keys.stream()));
                ps.executeUpdate();
            }
        });
    }

    /** A statement's {@code unnest} column: the stream's values as a PostgreSQL array of {@code type}. */
    private static java.sql.Array array(java.sql.Connection c, String type, java.util.stream.Stream<?> values)
            throws java.sql.SQLException {
        return c.createArrayOf(type, values.toArray());
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

    public List<Due> due(Instant now, int limit, Set<Long> sending) {
        List<Due> due = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(DUE)) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setInt(2, limit + sending.size()); // in the statement, so that it is planned for a few rows
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && due.size() < limit) {
                        long id = rs.getLong(1);
                        if (!sending.contains(id)) {
                            due.add(new Due(
                                    id,
                                    new WebhookUrl(rs.getString(2)),
                                    new WebhookSecret(rs.getString(3)),
                                    rs.getString(4),
                                    rs.getString(5)));
                        }
                    }
                }
            }
        });
        return due;
    }

    public void recordDelivered(List<Delivered> delivered, Instant at) {
        if (delivered.isEmpty()) {
            return;
        }
        if (!database.isPostgresql()) {
            for (Delivered d : delivered) {
                WebhookDelivery delivery = em.find(WebhookDelivery.class, d.deliveryId());
                if (delivery != null && delivery.state() == DeliveryState.PENDING) {
                    delivery.succeeded(at, d.status(), d.latencyMs(), d.answer());
                    subscription(delivery.subscriptionId()).ifPresent(WebhookSubscription::delivered);
                }
            }
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            Long[] ids = delivered.stream().map(Delivered::deliveryId).toArray(Long[]::new);
            try (PreparedStatement ps = c.prepareStatement(RECORD_DELIVERED)) {
                Timestamp when = Timestamp.from(at);
                ps.setTimestamp(1, when);
                ps.setTimestamp(2, when);
                ps.setArray(3, c.createArrayOf("bigint", ids));
                ps.setArray(4, array(c, "integer", delivered.stream().map(Delivered::status)));
                ps.setArray(5, array(c, "bigint", delivered.stream().map(Delivered::latencyMs)));
                ps.setArray(6, array(c, "varchar", delivered.stream().map(d -> WebhookDelivery.kept(d.answer()))));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(CLEAR_FAILURES)) {
                ps.setArray(1, c.createArrayOf("bigint", ids));
                ps.executeUpdate();
            }
        });
    }

    public Map<Long, WebhookDelivery> deliveries(List<Long> ids) {
        Map<Long, WebhookDelivery> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select d from WebhookDelivery d where d.id in :ids", WebhookDelivery.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(d -> found.put(d.id(), d));
        }
        return found;
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
