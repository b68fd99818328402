package org.threepl.portal.application.metrics;

import org.threepl.portal.domain.model.security.SecurityEventType;

/**
 * The counts the operations team watches, as the use cases see them happen: events stored, security events (sign-in
 * failures among them) and mail outcomes. Counted when they happen; a count whose transaction rolls back afterwards
 * stays counted.
 *
 * <p>A port of the application, implemented in infrastructure by {@code MicroProfileOperationsMetrics} (served on
 * {@code /metrics}).
 */
public interface OperationsMetrics {

    /** Tracking events stored from the API's batches (and portable imports), new or already known. */
    void eventsStored(int count);

    /** An entry of the security log. */
    void securityEvent(SecurityEventType type);

    /** A mail the relay took. */
    void mailSent();

    /** A mail the relay did not take, to be tried again. */
    void mailRetried();

    /** A mail given up: refused for good, or out of retries. */
    void mailGivenUp();
}
