package org.threepl.portal.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.paging.KeysetCursor;
import org.threepl.portal.application.paging.PageLimit;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.webhook.WebhookDelivery;
import org.threepl.portal.domain.model.webhook.WebhookEvent;
import org.threepl.portal.domain.model.webhook.WebhookSubscription;

/**
 * A subscription's delivery log (newest first, keyset-paged), one delivery with the body sent and the answer, and
 * redelivery: of one event, or of every event of a time range (after a receiver's outage).
 */
@ApplicationScoped
@Transactional
public class WebhookDeliveries {

    /** The log's one order. */
    public enum LogOrder {
        NEWEST
    }

    @Inject
    WebhookAccess access;

    @Inject
    WebhookRepository webhooks;

    @Inject
    Clock clock;

    public WebhookViews.LogPage log(long subscriptionId, String cursor, int limit) {
        WebhookSubscription s = access.subscription(subscriptionId);
        KeysetCursor<LogOrder> after = KeysetCursor.decodeOptional(cursor, LogOrder.NEWEST, Enum::name);
        int size = PageLimit.clamp(limit);
        List<WebhookRepository.LogLine> lines = webhooks.log(s.id(), after == null ? null : after.id(), size + 1);
        String next = null;
        if (lines.size() > size) {
            lines = lines.subList(0, size);
            WebhookRepository.LogLine last = lines.get(size - 1);
            next = new KeysetCursor<>(
                            LogOrder.NEWEST, last.occurredAt(), last.delivery().id())
                    .encode();
        }
        return new WebhookViews.LogPage(
                lines.stream().map(WebhookViews.Delivery::of).toList(), next);
    }

    public WebhookViews.DeliveryDetail get(long deliveryId) {
        WebhookDelivery d = delivery(deliveryId);
        WebhookEvent e = webhooks.event(d.eventId()).orElseThrow();
        return new WebhookViews.DeliveryDetail(
                WebhookViews.Delivery.of(new WebhookRepository.LogLine(d, e.messageId(), e.type(), e.occurredAt())),
                e.body(),
                d.lastAnswer());
    }

    /** The same event (id and body) sent again as soon as the job runs. */
    public WebhookViews.Delivery redeliver(long deliveryId) {
        WebhookDelivery d = delivery(deliveryId);
        d.redeliver(clock.instant());
        WebhookEvent e = webhooks.event(d.eventId()).orElseThrow();
        return WebhookViews.Delivery.of(new WebhookRepository.LogLine(d, e.messageId(), e.type(), e.occurredAt()));
    }

    /** Every event of the subscription that occurred in [from, to) sent again; how many. */
    public int redeliver(long subscriptionId, Instant from, Instant to) {
        WebhookSubscription s = access.subscription(subscriptionId);
        if (from == null || to == null || !from.isBefore(to)) {
            throw new DomainRuleViolation(
                    "from", "rule.webhook.redeliver.range", "Give a range of time: from before to");
        }
        return webhooks.redeliver(s.id(), from, to, clock.instant());
    }

    private WebhookDelivery delivery(long deliveryId) {
        WebhookDelivery d = webhooks.delivery(deliveryId)
                .orElseThrow(() -> new NotFoundException("Webhook delivery " + deliveryId));
        try {
            access.subscription(d.subscriptionId());
        } catch (NotFoundException e) {
            throw new NotFoundException("Webhook delivery " + deliveryId);
        }
        return d;
    }
}
