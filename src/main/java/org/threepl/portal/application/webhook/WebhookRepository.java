package org.threepl.portal.application.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threepl.portal.domain.model.webhook.WebhookDelivery;
import org.threepl.portal.domain.model.webhook.WebhookEvent;
import org.threepl.portal.domain.model.webhook.WebhookEventType;
import org.threepl.portal.domain.model.webhook.WebhookSecret;
import org.threepl.portal.domain.model.webhook.WebhookSubscription;
import org.threepl.portal.domain.model.webhook.WebhookUrl;

/** The subscriptions, the outbox of events and their deliveries. */
public interface WebhookRepository {

    /** One line of a delivery log: the delivery with its event's id, type and time. */
    record LogLine(WebhookDelivery delivery, String messageId, WebhookEventType type, Instant occurredAt) {}

    /** An event to write with one delivery per subscription, in order of the list. */
    record Outgoing(
            String messageId,
            long organisationId,
            WebhookEventType type,
            String body,
            String orderingKey,
            List<Long> subscriptions) {}

    /** A due delivery with what sending it takes: where, its subscription's secret, its event's id and body. */
    record Due(long deliveryId, WebhookUrl url, WebhookSecret secret, String messageId, String body) {}

    /** A delivery its receiver acknowledged (a 2xx answer), with the answer's status, latency and first characters. */
    record Delivered(long deliveryId, int status, long latencyMs, String answer) {}

    void add(WebhookSubscription subscription);

    /** Writes the events of a batch and their deliveries, written at {@code now}, in the order of the list. */
    void addAll(List<Outgoing> events, Instant now);

    void remove(WebhookSubscription subscription);

    /** Writes the changes now, so that a stale version fails inside the service's transaction. */
    void flush();

    Optional<WebhookSubscription> subscription(long id);

    /** An organisation's subscriptions, oldest first. */
    List<WebhookSubscription> subscriptionsOf(long organisationId);

    /** The organisation's active subscriptions to {@code type}. */
    List<WebhookSubscription> receiversOf(long organisationId, WebhookEventType type);

    void add(WebhookEvent event);

    void add(WebhookDelivery delivery);

    Optional<WebhookEvent> event(long id);

    Optional<WebhookDelivery> delivery(long id);

    /**
     * Up to {@code limit} deliveries due at {@code now}, oldest first, of active subscriptions, each the oldest pending
     * one of its subscription and ordering key (a later one waits for it), leaving out those in {@code sending} (on
     * their way, their outcome not yet recorded).
     */
    List<Due> due(Instant now, int limit, Set<Long> sending);

    /**
     * Records the acknowledged deliveries at {@code at}, as {@link WebhookDelivery#succeeded} does (those still
     * pending), and clears their subscriptions' count of failures in a row: a whole round in one go.
     */
    void recordDelivered(List<Delivered> delivered, Instant at);

    /** Deliveries by id (those that still exist). */
    java.util.Map<Long, WebhookDelivery> deliveries(List<Long> ids);

    /** A subscription's deliveries newest first, below {@code beforeId} when given. */
    List<LogLine> log(long subscriptionId, Long beforeId, int limit);

    /** The subscription's pending deliveries made due at {@code now} (it was resumed: no need to wait any longer). */
    void dueNow(long subscriptionId, Instant now);

    /**
     * Removes the deliveries finished (delivered or failed) before {@code cutoff}, and the events that no delivery
     * needs any longer; how many deliveries.
     */
    int purgeFinishedBefore(Instant cutoff);

    /** Every delivery of the subscription whose event occurred in [from, to) sent again from {@code now}. */
    int redeliver(long subscriptionId, Instant from, Instant to, Instant now);
}
