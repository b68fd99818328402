package org.threepl.portal.application.webhook;

import java.time.Instant;
import java.util.List;
import org.threepl.portal.application.webhook.WebhookRepository.LogLine;
import org.threepl.portal.domain.model.webhook.DeliveryState;
import org.threepl.portal.domain.model.webhook.SubscriptionState;
import org.threepl.portal.domain.model.webhook.WebhookDelivery;
import org.threepl.portal.domain.model.webhook.WebhookEventType;
import org.threepl.portal.domain.model.webhook.WebhookSubscription;

/** The read models of webhooks: subscriptions (never their secret), deliveries and a delivery's bodies. */
public final class WebhookViews {

    private WebhookViews() {}

    /** A subscription; {@code pausedReason} is BY_ADMIN or FAILING while paused. */
    public record Subscription(
            long id,
            long organisation,
            String url,
            String description,
            List<WebhookEventType> eventTypes,
            SubscriptionState state,
            WebhookSubscription.PauseReason pausedReason,
            int consecutiveFailures,
            Instant createdAt,
            String createdByKind,
            String createdBy,
            int version) {

        static Subscription of(WebhookSubscription s) {
            return new Subscription(
                    s.id(),
                    s.organisationId(),
                    s.url().value(),
                    s.description(),
                    s.eventTypes().stream().sorted().toList(),
                    s.state(),
                    s.pausedReason(),
                    s.consecutiveFailures(),
                    s.createdAt(),
                    s.createdBy().kind().name(),
                    s.createdBy().name(),
                    s.version());
        }
    }

    /** A subscription with its signing secret: answered when it is created, its secret rotated or asked for. */
    public record WithSecret(Subscription subscription, String secret) {}

    /** One line of the delivery log. */
    public record Delivery(
            long id,
            long subscription,
            String eventId,
            WebhookEventType type,
            Instant occurredAt,
            DeliveryState state,
            int attempts,
            Instant nextAttemptAt,
            Instant lastAttemptAt,
            Integer lastStatus,
            Long lastLatencyMs,
            String lastError,
            Instant deliveredAt) {

        static Delivery of(LogLine l) {
            WebhookDelivery d = l.delivery();
            return new Delivery(
                    d.id(),
                    d.subscriptionId(),
                    l.messageId(),
                    l.type(),
                    l.occurredAt(),
                    d.state(),
                    d.attempts(),
                    d.state() == DeliveryState.PENDING ? d.nextAttemptAt() : null,
                    d.lastAttemptAt(),
                    d.lastStatus(),
                    d.lastLatencyMs(),
                    d.lastError(),
                    d.deliveredAt());
        }
    }

    /** A delivery with the body sent and the first characters of the receiver's last answer. */
    public record DeliveryDetail(Delivery delivery, String body, String lastAnswer) {}

    /** A page of the log, newest first; {@code nextCursor} reads on. */
    public record LogPage(List<Delivery> items, String nextCursor) {}
}
