package org.threepl.portal.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Sends the due deliveries: the delivery job's work, run under its lease (so two servers never send one delivery at
 * once). Each delivery is prepared, sent outside any transaction and recorded; a server that dies between sending and
 * recording sends it again after its restart, which is why receivers deduplicate by the event's id.
 */
@ApplicationScoped
public class WebhookDispatch {

    static final int BATCH = 100;
    static final int MAX_ROUNDS = 100;

    @Inject
    WebhookAttempts attempts;

    @Inject
    WebhookTransport transport;

    /**
     * Sends until nothing is due (or {@code MAX_ROUNDS} rounds); each round sends the oldest due delivery of every
     * subscription and ordering key, so one shipment's events go out in order. The number of attempts.
     */
    public int deliverDue() {
        int sent = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Long> due = attempts.due(BATCH);
            for (Long id : due) {
                attempts.prepare(id)
                        .ifPresent(
                                p -> attempts.record(p.deliveryId(), transport.post(p.url(), p.headers(), p.body())));
                sent++;
            }
            if (due.isEmpty()) {
                break;
            }
        }
        return sent;
    }
}
