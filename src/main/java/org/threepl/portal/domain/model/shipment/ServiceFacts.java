package org.threepl.portal.domain.model.shipment;

import java.time.Instant;
import java.util.Collection;

/**
 * What service-level KPIs need of a shipment's events besides its status, derived from the set of events whatever order
 * they came in: the first departure from pick-up (AF), the first attempted delivery (AH), and whether damage (A9) was
 * ever reported.
 */
public record ServiceFacts(Instant pickedUpAt, Instant attemptedAt, boolean damaged) {

    public static ServiceFacts of(Collection<? extends EventFact> events) {
        Instant pickedUp = null;
        Instant attempted = null;
        boolean damaged = false;
        for (EventFact e : events) {
            switch (e.statusCode()) {
                case AF -> pickedUp = earliest(pickedUp, e.occurredAt());
                case AH -> attempted = earliest(attempted, e.occurredAt());
                case A9 -> damaged = true;
                default -> {}
            }
        }
        return new ServiceFacts(pickedUp, attempted, damaged);
    }

    /** The facts of these facts' events plus {@code added}: what {@link #of} gives for all the events together. */
    public ServiceFacts with(Collection<? extends EventFact> added) {
        Instant pickedUp = pickedUpAt;
        Instant attempted = attemptedAt;
        boolean anyDamage = damaged;
        for (EventFact e : added) {
            switch (e.statusCode()) {
                case AF -> pickedUp = earliest(pickedUp, e.occurredAt());
                case AH -> attempted = earliest(attempted, e.occurredAt());
                case A9 -> anyDamage = true;
                default -> {}
            }
        }
        return new ServiceFacts(pickedUp, attempted, anyDamage);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
