package org.threepl.portal.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.ServerState;
import org.threepl.portal.infrastructure.startup.ApplicationStartup;

/** The server's state from its start-up ({@link ApplicationStartup}) and its job timers ({@link LeasedScheduler}). */
@ApplicationScoped
public class ServerStateProbe implements ServerState {

    @Inject
    ApplicationStartup startup;

    @Inject
    LeasedScheduler scheduler;

    @Override
    public Optional<String> startedAtSchemaVersion() {
        return startup.schemaVersion();
    }

    @Override
    public List<String> stoppedJobs() {
        return scheduler.stoppedJobs();
    }
}
