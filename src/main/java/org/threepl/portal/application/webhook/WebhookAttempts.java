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
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.Notifier;
import org.threepl.portal.domain.model.shared.Message;
import org.threepl.portal.domain.model.webhook.DeliveryState;
import org.threepl.portal.domain.model.webhook.RetrySchedule;
import org.threepl.portal.domain.model.webhook.WebhookDelivery;
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

    /** What came back for one delivery. */
    public record Outcome(long deliveryId, WebhookTransport.Answer answer) {}

    /**
     * Up to {@code limit} due deliveries (the oldest pending one of each subscription and ordering key), apart from
     * those still {@code sending}, read in one go and signed for sending now.
     */
    public List<Prepared> prepareDue(int limit, Set<Long> sending) {
        Instant now = clock.instant();
        long timestamp = now.getEpochSecond();
        return webhooks.due(now, limit, sending).stream()
                .map(due -> prepared(due, timestamp))
                .toList();
    }

    private static Prepared prepared(WebhookRepository.Due due, long timestamp) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("webhook-id", due.messageId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(due.secret(), due.messageId(), timestamp, due.body()));
        return new Prepared(due.deliveryId(), due.url(), headers, due.body());
    }

    /**
     * What a round's attempts gave, in one transaction: each delivered, or a retry scheduled, or given up; a
     * subscription that kept failing paused and its admins told.
     */
    public void recordAll(List<Outcome> outcomes) {
        Instant now = clock.instant();
        webhooks.recordDelivered(
                outcomes.stream()
                        .filter(o -> o.answer().succeeded())
                        .map(o -> new WebhookRepository.Delivered(
                                o.deliveryId(),
                                o.answer().status(),
                                o.answer().latencyMs(),
                                o.answer().body()))
                        .toList(),
                now);
        List<Outcome> failed =
                outcomes.stream().filter(o -> !o.answer().succeeded()).toList();
        Map<Long, WebhookDelivery> deliveries =
                webhooks.deliveries(failed.stream().map(Outcome::deliveryId).toList());
        for (Outcome o : failed) {
            WebhookDelivery d = deliveries.get(o.deliveryId());
            if (d == null || d.state() != DeliveryState.PENDING) {
                continue; // its subscription was deleted meanwhile, or it was recorded already
            }
            WebhookSubscription s = webhooks.subscription(d.subscriptionId()).orElse(null);
            if (s != null) {
                recordFailure(d, s, o.answer(), now);
            }
        }
    }

    private void recordFailure(WebhookDelivery d, WebhookSubscription s, WebhookTransport.Answer answer, Instant now) {
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
