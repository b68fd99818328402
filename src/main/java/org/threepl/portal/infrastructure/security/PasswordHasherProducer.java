package org.threepl.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.PasswordHasher;

/** Makes the hasher with the configured iteration count (server variable {@code portal.password.iterations}). */
@ApplicationScoped
public class PasswordHasherProducer {

    @Inject
    @ConfigProperty(name = "portal.password.iterations", defaultValue = "600000")
    int iterations;

    @Produces
    PasswordHasher passwordHasher() {
        return new Pbkdf2PasswordHasher(iterations);
    }
}
