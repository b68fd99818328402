package org.threepl.portal.application.webhook;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the due deliveries: the delivery job's work, run under its lease (so two servers never send one delivery at
 * once). Each delivery is prepared, sent outside any transaction and recorded; a server that dies between sending and
 * recording sends it again after its restart, which is why receivers deduplicate by the event's id.
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

    @Resource
    ManagedExecutorService executor;

    /** How many deliveries are sent at once: each to a different subscription or ordering key. */
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
            List<Long> due = attempts.due(BATCH);
            if (due.isEmpty()) {
                break;
            }
            int lanes = Math.max(1, Math.min(senders, due.size()));
            List<CompletableFuture<Void>> running = new ArrayList<>(lanes);
            for (int lane = 0; lane < lanes; lane++) {
                List<Long> mine = new ArrayList<>();
                for (int i = lane; i < due.size(); i += lanes) {
                    mine.add(due.get(i));
                }
                running.add(CompletableFuture.runAsync(() -> mine.forEach(this::attempt), executor));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
            sent += due.size();
        }
        return sent;
    }

    private void attempt(long deliveryId) {
        try {
            attempts.prepare(deliveryId)
                    .ifPresent(p -> attempts.record(p.deliveryId(), transport.post(p.url(), p.headers(), p.body())));
        } catch (RuntimeException e) {
            // one delivery's trouble (a lost row, a database hiccup) must not stop the others; it is due again
            LOG.log(Level.WARNING, "Webhook delivery " + deliveryId + " could not be attempted", e);
        }
    }
}
