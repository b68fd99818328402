package org.threepl.portal.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.threepl.portal.application.DatabasePing;

/** Ready only while the database answers: a load balancer then sends no traffic to a cut-off server. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Inject
    DatabasePing database;

    @Override
    public HealthCheckResponse call() {
        try {
            long millis = database.ping();
            return HealthCheckResponse.named("database")
                    .up()
                    .withData("responseMillis", millis)
                    .withData("jpaProvider", database.jpaProvider())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
