package org.threepl.portal.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the due deliveries: the delivery job's work, run under its lease (so two servers never send one delivery at
 * once). Deliveries are read a round at a time in one transaction, sent outside any transaction, and their outcomes
 * recorded in one more; a server that dies between sending and recording sends them again after its restart, which is
 * why receivers deduplicate by the event's id.
 */
@ApplicationScoped
public class WebhookDispatch {

    private static final Logger LOG = Logger.getLogger(WebhookDispatch.class.getName());
    static final int BATCH = 500;
    static final int MAX_ROUNDS = 100;
    /** Outcomes recorded together once this many have come back (or sooner, when the next round is read). */
    static final int RECORD_AT = 100;

    @Inject
    WebhookAttempts attempts;

    @Inject
    WebhookTransport transport;

    /**
     * How many deliveries are on their way at once, each to a different subscription or ordering key; they wait on the
     * transport's threads, not the server's (only the job's own thread waits for them).
     */
    @Inject
    @ConfigProperty(name = "portal.webhooks.senders", defaultValue = "8")
    int senders;

    /**
     * Sends until nothing is due or on its way (or after {@code MAX_ROUNDS} rounds). Each round takes the oldest due
     * delivery of every subscription and ordering key, so one shipment's events go out in order, and sends them
     * {@code senders} at a time: a slow receiver holds up its own deliveries, not everyone's. The next round is read as
     * soon as the last of this one is on its way, not when all have come back: a delivery stays out of the rounds from
     * its sending until its outcome is recorded, and its successor (same subscription and key) becomes due only then.
     * The number of attempts.
     */
    public int deliverDue() {
        Set<Long> sending = new HashSet<>(); // sent, outcome not yet recorded: only this thread touches it
        BlockingQueue<WebhookAttempts.Outcome> back = new LinkedBlockingQueue<>();
        Semaphore permits = new Semaphore(Math.max(1, senders));
        int sent = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            record(back, sending);
            List<WebhookAttempts.Prepared> due = attempts.prepareDue(BATCH, sending);
            if (due.isEmpty()) {
                if (sending.isEmpty()) {
                    break;
                }
                awaitOne(back);
                continue;
            }
            for (WebhookAttempts.Prepared p : due) {
                while (!acquire(permits)) {
                    if (back.size() >= RECORD_AT) {
                        record(back, sending);
                    }
                }
                sending.add(p.deliveryId());
                send(p).thenAccept(outcome -> {
                    back.add(outcome);
                    permits.release();
                });
            }
            sent += due.size();
        }
        while (!sending.isEmpty()) {
            awaitOne(back);
            record(back, sending);
        }
        return sent;
    }

    /** Records the outcomes that came back, and lets their deliveries (and successors) into the rounds again. */
    private void record(BlockingQueue<WebhookAttempts.Outcome> back, Set<Long> sending) {
        List<WebhookAttempts.Outcome> outcomes = new ArrayList<>();
        back.drainTo(outcomes);
        if (!outcomes.isEmpty()) {
            attempts.recordAll(outcomes);
            outcomes.forEach(o -> sending.remove(o.deliveryId()));
        }
    }

    private static boolean acquire(Semaphore permits) {
        try {
            return permits.tryAcquire(20, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Webhook delivery interrupted", e);
        }
    }

    /** Waits until an outcome is back (the transport's time limits bound the wait), leaving it in the queue. */
    private static void awaitOne(BlockingQueue<WebhookAttempts.Outcome> back) {
        try {
            WebhookAttempts.Outcome one = back.poll(50, TimeUnit.MILLISECONDS);
            if (one != null) {
                back.add(one);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Webhook delivery interrupted", e);
        }
    }

    /** The outcome of one attempt: never a failed future, so every delivery sent comes back to be recorded. */
    private CompletableFuture<WebhookAttempts.Outcome> send(WebhookAttempts.Prepared p) {
        CompletableFuture<WebhookTransport.Answer> answer;
        try {
            answer = transport.post(p.url(), p.headers(), p.body());
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        return answer.exceptionally(e -> {
                    LOG.log(Level.WARNING, "Webhook delivery " + p.deliveryId() + " could not be sent", e);
                    return new WebhookTransport.Answer(
                            null, 0, null, "Not sent: " + e.getClass().getSimpleName());
                })
                .thenApply(a -> new WebhookAttempts.Outcome(p.deliveryId(), a));
    }
}
