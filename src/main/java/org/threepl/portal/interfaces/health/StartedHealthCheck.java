package org.threepl.portal.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.threepl.portal.application.ServerState;

/**
 * Started once the schema is migrated and validated and the initial data is loaded: an orchestrator waits for this
 * before it asks for liveness, however long a large migration takes.
 */
@Startup
@ApplicationScoped
public class StartedHealthCheck implements HealthCheck {

    @Inject
    ServerState server;

    @Override
    public HealthCheckResponse call() {
        return server.startedAtSchemaVersion()
                .map(v -> HealthCheckResponse.named("schema")
                        .up()
                        .withData("version", v)
                        .build())
                .orElseGet(() -> HealthCheckResponse.named("schema").down().build());
    }
}
