package org.threepl.portal.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.threepl.portal.interfaces.rest.ApiWarmUp;

/** Ready once the history API's path is warm ({@link ApiWarmUp}): no client meets a cold server's first seconds. */
@Readiness
@ApplicationScoped
public class WarmUpHealthCheck implements HealthCheck {

    @Inject
    ApiWarmUp warmUp;

    @Override
    public HealthCheckResponse call() {
        ApiWarmUp.Progress progress = warmUp.progress();
        return HealthCheckResponse.named("warm-up")
                .status(progress.done())
                .withData("pages", progress.pages())
                .build();
    }
}
