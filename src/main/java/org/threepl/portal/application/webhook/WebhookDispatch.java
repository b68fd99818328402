package org.threepl.portal.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the due deliveries: the delivery job's work, run under its lease (so two servers never send one delivery at
 * once). Each round reads its deliveries in one transaction, sends them outside any transaction and records their
 * outcomes in one more; a server that dies between sending and recording sends that round again after its restart,
 * which is why receivers deduplicate by the event's id.
 */
@ApplicationScoped
public class WebhookDispatch {

    private static final Logger LOG = Logger.getLogger(WebhookDispatch.class.getName());
    static final int BATCH = 500;
    static final int MAX_ROUNDS = 100;

    @Inject
    WebhookAttempts attempts;

    @Inject
    WebhookTransport transport;

    /**
     * How many deliveries are on their way at once, each to a different subscription or ordering key; they wait on the
     * transport's threads, not the server's (only the job's own thread waits for the round).
     */
    @Inject
    @ConfigProperty(name = "portal.webhooks.senders", defaultValue = "8")
    int senders;

    /**
     * Sends until nothing is due (or {@code MAX_ROUNDS} rounds). Each round takes the oldest due delivery of every
     * subscription and ordering key, so one shipment's events go out in order, and sends them {@code senders} at a
     * time: a slow receiver holds up its own deliveries, not everyone's. The number of attempts.
     */
    public int deliverDue() {
        int sent = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<WebhookAttempts.Prepared> due = attempts.prepareDue(BATCH);
            if (due.isEmpty()) {
                break;
            }
            Semaphore sending = new Semaphore(Math.max(1, senders));
            List<CompletableFuture<WebhookAttempts.Outcome>> running = new ArrayList<>(due.size());
            for (WebhookAttempts.Prepared p : due) {
                sending.acquireUninterruptibly();
                running.add(send(p).whenComplete((outcome, failure) -> sending.release()));
            }
            List<WebhookAttempts.Outcome> outcomes =
                    running.stream().map(CompletableFuture::join).toList();
            attempts.recordAll(outcomes);
            sent += due.size();
        }
        return sent;
    }

    private CompletableFuture<WebhookAttempts.Outcome> send(WebhookAttempts.Prepared p) {
        CompletableFuture<WebhookTransport.Answer> answer;
        try {
            answer = transport.post(p.url(), p.headers(), p.body());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook delivery " + p.deliveryId() + " could not be sent", e);
            answer = CompletableFuture.completedFuture(new WebhookTransport.Answer(
                    null, 0, null, "Not sent: " + e.getClass().getSimpleName()));
        }
        return answer.thenApply(a -> new WebhookAttempts.Outcome(p.deliveryId(), a));
    }
}
