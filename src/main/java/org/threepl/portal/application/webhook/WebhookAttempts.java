package org.threepl.portal.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.Notifier;
import org.threepl.portal.domain.model.shared.Message;
import org.threepl.portal.domain.model.webhook.DeliveryState;
import org.threepl.portal.domain.model.webhook.RetrySchedule;
import org.threepl.portal.domain.model.webhook.SubscriptionState;
import org.threepl.portal.domain.model.webhook.WebhookDelivery;
import org.threepl.portal.domain.model.webhook.WebhookEvent;
import org.threepl.portal.domain.model.webhook.WebhookSignature;
import org.threepl.portal.domain.model.webhook.WebhookSubscription;
import org.threepl.portal.domain.model.webhook.WebhookUrl;

/**
 * The delivery job's steps that touch the database, each in a transaction of its own, so that no transaction is open
 * while a receiver is being called: which deliveries are due, one delivery prepared (signed), its outcome recorded (a
 * retry scheduled by {@link RetrySchedule}, the subscription paused after {@code portal.webhooks.pause-after} failures
 * in a row and its admins told).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class WebhookAttempts {

    private static final Logger LOG = Logger.getLogger(WebhookAttempts.class.getName());

    /** A delivery ready to send: where, the headers (signed now) and the body. */
    public record Prepared(long deliveryId, WebhookUrl url, Map<String, String> headers, String body) {}

    @Inject
    WebhookRepository webhooks;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.webhooks.pause-after", defaultValue = "50")
    int pauseAfter;

    @Inject
    @ConfigProperty(name = "portal.webhooks.retry.first.seconds", defaultValue = "5")
    long firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "portal.webhooks.keep.days", defaultValue = "30")
    int keepDays;

    /**
     * The housekeeping's part: deliveries finished more than {@code portal.webhooks.keep.days} ago go, with their
     * events.
     */
    public int purgeFinished() {
        return webhooks.purgeFinishedBefore(clock.instant().minus(java.time.Duration.ofDays(keepDays)));
    }

    public List<Long> due(int limit) {
        return webhooks.due(clock.instant(), limit);
    }

    /** The delivery signed for sending now; empty if it is no longer due (delivered meanwhile, paused). */
    public Optional<Prepared> prepare(long deliveryId) {
        Optional<WebhookDelivery> found = webhooks.delivery(deliveryId);
        if (found.isEmpty() || found.get().state() != DeliveryState.PENDING) {
            return Optional.empty();
        }
        WebhookDelivery d = found.get();
        WebhookSubscription s = webhooks.subscription(d.subscriptionId()).orElseThrow();
        if (s.state() != SubscriptionState.ACTIVE) {
            return Optional.empty();
        }
        WebhookEvent e = webhooks.event(d.eventId()).orElseThrow();
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("webhook-id", e.messageId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(s.secret(), e.messageId(), timestamp, e.body()));
        return Optional.of(new Prepared(d.id(), s.url(), headers, e.body()));
    }

    /**
     * What the attempt gave: delivered, or a retry scheduled, or given up; the subscription paused if it kept failing.
     */
    public void record(long deliveryId, WebhookTransport.Answer answer) {
        WebhookDelivery d = webhooks.delivery(deliveryId).orElse(null);
        if (d == null || d.state() != DeliveryState.PENDING) {
            return; // its subscription was deleted, or it was recorded already
        }
        WebhookSubscription s = webhooks.subscription(d.subscriptionId()).orElseThrow();
        Instant now = clock.instant();
        if (answer.succeeded()) {
            d.succeeded(now, answer.status(), answer.latencyMs(), answer.body());
            s.delivered();
            return;
        }
        Optional<Instant> next = schedule()
                .next(
                        d.failures() + 1,
                        d.attemptsFrom(),
                        now,
                        ThreadLocalRandom.current().nextDouble());
        d.failed(now, answer.status(), answer.latencyMs(), answer.body(), answer.error(), next);
        if (next.isEmpty()) {
            LOG.warning(() -> "Webhook delivery " + d.id() + " to subscription " + s.id() + " failed for good after "
                    + d.attempts() + " attempts");
        }
        if (s.failed(pauseAfter)) {
            LOG.warning(() -> "Webhook subscription " + s.id() + " paused after " + pauseAfter + " failures in a row");
            notifier.tell(
                    notifier.clientAdminsOf(s.organisationId()),
                    Message.of(
                            "webhook.paused.subject", new Message.Text(s.url().value())),
                    Message.of(
                            "webhook.paused.body",
                            new Message.Text(s.url().value()),
                            new Message.Count(BigDecimal.valueOf(pauseAfter))),
                    "/admin/webhooks.xhtml?org=" + s.organisationId() + "&subscription=" + s.id());
        }
    }

    private RetrySchedule schedule() {
        return new RetrySchedule(
                java.time.Duration.ofSeconds(firstRetrySeconds),
                RetrySchedule.STANDARD.longest(),
                RetrySchedule.STANDARD.giveUpAfter());
    }
}
