package org.threepl.portal.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threepl.portal.domain.model.shipment.ShipmentStatusChanged;
import org.threepl.portal.domain.model.webhook.WebhookDelivery;
import org.threepl.portal.domain.model.webhook.WebhookEvent;
import org.threepl.portal.domain.model.webhook.WebhookEventType;
import org.threepl.portal.domain.model.webhook.WebhookSubscription;

/**
 * Writes events to the outbox in the transaction of the change they tell of (so an event exists exactly when its change
 * does): one event row with the body every delivery sends, and one delivery per active subscription of the organisation
 * to that type. Nothing is written when no one subscribed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WebhookPublisher {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    WebhookRepository webhooks;

    @Inject
    Clock clock;

    /**
     * Tells the organisation's subscribers to {@code type}; {@code orderingKey} names what the event is about
     * ("shipment:42", "dispute:7"), whose events each subscription receives in order; {@code data} is written as the
     * body's {@code data}.
     */
    public void publish(long organisationId, WebhookEventType type, String orderingKey, Object data) {
        List<WebhookRepository.Outgoing> outgoing = new ArrayList<>(1);
        Instant now = clock.instant();
        outgoing(new HashMap<>(), outgoing, organisationId, type, orderingKey, data, now);
        if (!outgoing.isEmpty()) {
            webhooks.addAll(outgoing, now);
        }
    }

    /**
     * The shipments whose status a batch of events changed: one SHIPMENT_STATUS_CHANGED each, and EXCEPTION_RAISED for
     * those whose new status is an exception (delayed, damaged, delivery failed, refused); the subscriptions are read
     * once per organisation and type.
     */
    public void statusChanges(List<ShipmentStatusChanged> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, List<WebhookSubscription>> receivers = new HashMap<>();
        List<WebhookRepository.Outgoing> outgoing = new ArrayList<>();
        Instant now = clock.instant();
        for (ShipmentStatusChanged c : changes) {
            Object data = WebhookPayloads.ShipmentStatus.of(c);
            String key = "shipment:" + c.shipmentId();
            outgoing(receivers, outgoing, c.organisationId(), WebhookEventType.SHIPMENT_STATUS_CHANGED, key, data, now);
            if (c.newStatus().isException()) {
                outgoing(receivers, outgoing, c.organisationId(), WebhookEventType.EXCEPTION_RAISED, key, data, now);
            }
        }
        if (!outgoing.isEmpty()) {
            webhooks.addAll(outgoing, now);
        }
    }

    private void outgoing(
            Map<String, List<WebhookSubscription>> cache,
            List<WebhookRepository.Outgoing> outgoing,
            long organisationId,
            WebhookEventType type,
            String key,
            Object data,
            Instant now) {
        List<WebhookSubscription> receivers =
                cache.computeIfAbsent(organisationId + "/" + type, k -> webhooks.receiversOf(organisationId, type));
        if (!receivers.isEmpty()) {
            String messageId = WebhookEvent.newMessageId();
            outgoing.add(new WebhookRepository.Outgoing(
                    messageId,
                    organisationId,
                    type,
                    body(messageId, type, now, organisationId, data),
                    key,
                    receivers.stream().map(WebhookSubscription::id).toList()));
        }
    }

    /** A dispute's step: DISPUTE_STEP_TAKEN, and OFFER_MADE too when the step is an offer. */
    public void disputeStep(long organisationId, WebhookPayloads.DisputeStep step, boolean offer) {
        String key = "dispute:" + step.disputeId();
        publish(organisationId, WebhookEventType.DISPUTE_STEP_TAKEN, key, step);
        if (offer) {
            publish(organisationId, WebhookEventType.OFFER_MADE, key, step);
        }
    }

    /**
     * A TEST event for one subscription, whatever it subscribed to; written as an entity, since the caller is answered
     * with the delivery's id to follow in the log.
     */
    WebhookDelivery test(WebhookSubscription subscription, Object data) {
        Instant now = clock.instant();
        String messageId = WebhookEvent.newMessageId();
        WebhookEvent event = new WebhookEvent(
                messageId,
                subscription.organisationId(),
                WebhookEventType.TEST,
                now,
                body(messageId, WebhookEventType.TEST, now, subscription.organisationId(), data));
        webhooks.add(event);
        WebhookDelivery delivery = new WebhookDelivery(subscription.id(), event.id(), "test:" + subscription.id(), now);
        webhooks.add(delivery);
        return delivery;
    }

    /**
     * The body as receivers get it: the event's id, type, time, organisation, and what it tells. The envelope's values
     * need no escaping (generated id, enum name, ISO time, number); {@code data} is written by JSON-B.
     */
    static String body(String messageId, WebhookEventType type, Instant at, long organisationId, Object data) {
        return "{\"id\":\"" + messageId + "\",\"type\":\"" + type.name() + "\",\"timestamp\":\"" + at
                + "\",\"organisation\":" + organisationId + ",\"data\":" + JSON.toJson(data) + "}";
    }
}
