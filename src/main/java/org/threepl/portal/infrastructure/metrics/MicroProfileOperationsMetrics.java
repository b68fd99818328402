package org.threepl.portal.infrastructure.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.threepl.portal.application.metrics.OperationsMetrics;
import org.threepl.portal.domain.model.security.SecurityEventType;

/**
 * The application's counts as MicroProfile Metrics counters in the application registry, served on {@code /metrics} as
 * {@code portal_events_stored_total}, {@code portal_security_events_total{type=…}} and
 * {@code portal_mail_attempts_total{outcome=…}}.
 */
@ApplicationScoped
public class MicroProfileOperationsMetrics implements OperationsMetrics {

    @Inject
    MetricRegistry registry;

    @Override
    public void eventsStored(int count) {
        if (count > 0) {
            registry.counter("portal.events.stored").inc(count);
        }
    }

    @Override
    public void securityEvent(SecurityEventType type) {
        registry.counter("portal.security.events", new Tag("type", type.name())).inc();
    }

    @Override
    public void mailSent() {
        mail("sent");
    }

    @Override
    public void mailRetried() {
        mail("retried");
    }

    @Override
    public void mailGivenUp() {
        mail("given_up");
    }

    private void mail(String outcome) {
        registry.counter("portal.mail.attempts", new Tag("outcome", outcome)).inc();
    }
}
