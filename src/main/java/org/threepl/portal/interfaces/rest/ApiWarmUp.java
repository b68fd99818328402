package org.threepl.portal.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.OutputStream;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.shipment.HistoryWarmUp;

/**
 * Warms the history API's path (the query and the JSON writer) for {@code portal.warmup.seconds} once the application
 * has started, while the readiness check says DOWN: a load balancer sends a restarted server its share of the traffic
 * only when the JIT has compiled the busiest request (docs/operations.md). 0 turns it off.
 */
@ApplicationScoped
public class ApiWarmUp {

    private static final Logger LOG = Logger.getLogger(ApiWarmUp.class.getName());

    /** Where the warm-up is; {@code pages} read so far, final once done. */
    public record Progress(boolean done, int pages) {}

    @Inject
    @ConfigProperty(name = "portal.warmup.seconds", defaultValue = "30")
    int seconds;

    @Inject
    HistoryWarmUp history;

    /** The writer the API answers with (stateless). */
    private final ShipmentListingWriter writer = new ShipmentListingWriter();

    @Resource
    ManagedExecutorService executor;

    private volatile Progress progress = new Progress(false, 0);

    public Progress progress() {
        return progress;
    }

    /**
     * After the application's start-up (migrations, initial data: the default priority's observers), in the background.
     */
    void onStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 900) @Initialized(ApplicationScoped.class)
                    Object e) {
        if (seconds <= 0) {
            progress = new Progress(true, 0);
            return;
        }
        executor.execute(this::warm);
    }

    private void warm() {
        long started = System.nanoTime();
        int pages = 0;
        try {
            pages = history.run(
                    Duration.ofSeconds(seconds),
                    page -> writer.writeTo(
                            new ShipmentResource.ShipmentListing(page.items(), page.nextCursor()),
                            ShipmentResource.ShipmentListing.class,
                            ShipmentResource.ShipmentListing.class,
                            new java.lang.annotation.Annotation[0],
                            jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE,
                            null,
                            OutputStream.nullOutputStream()));
        } catch (RuntimeException failed) {
            // a warm-up that fails leaves a server as cold as none: it must not keep it from serving
            LOG.log(Level.WARNING, "The warm-up stopped early; the server is ready without it", failed);
        } finally {
            int read = pages;
            progress = new Progress(true, read);
            LOG.info(() -> "Warm-up: " + read + " pages of the shipment history read in "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        }
    }
}
