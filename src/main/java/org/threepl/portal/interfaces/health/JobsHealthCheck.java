package org.threepl.portal.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.threepl.portal.application.ServerState;

/**
 * Alive while every scheduled job's timer runs. A timer that ended leaves the server answering requests but no longer
 * taking its share of the jobs (a lease it would have taken waits for the others): restarting it is the cure. The
 * database is not asked here; a database outage is readiness's business, and restarting would not cure it.
 */
@Liveness
@ApplicationScoped
public class JobsHealthCheck implements HealthCheck {

    @Inject
    ServerState server;

    @Override
    public HealthCheckResponse call() {
        List<String> stopped = server.stoppedJobs();
        return HealthCheckResponse.named("jobs")
                .status(stopped.isEmpty())
                .withData("stopped", String.join(", ", stopped))
                .build();
    }
}
