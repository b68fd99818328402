package org.threepl.portal.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.webhook.WebhookDispatch;

/**
 * Sends the webhook deliveries that are due, every {@code portal.webhooks.poll.millis} (500) milliseconds, on the
 * server holding the lease: two servers never send one delivery at once, and a server that dies mid-run leaves its
 * deliveries pending for the next holder.
 */
@ApplicationScoped
public class WebhookDeliveryJob {

    static final String JOB = "webhook-delivery";

    @Inject
    WebhookDispatch dispatch;

    @Inject
    LeasedScheduler scheduler;

    @Inject
    @ConfigProperty(name = "portal.webhooks.poll.millis", defaultValue = "500")
    long pollMillis;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        scheduler.every(JOB, Duration.ofMillis(pollMillis), Duration.ofSeconds(10), run -> {
            dispatch.deliverDue();
            return null;
        });
    }
}
