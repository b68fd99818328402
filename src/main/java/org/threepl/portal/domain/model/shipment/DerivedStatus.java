package org.threepl.portal.domain.model.shipment;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A shipment's status computed from the set of its events, whatever order they arrived in:
 * <ul>
 *   <li>delivered (D1) or refused (A7) are final: once either is on record the shipment has that
 *       status, however the other events are ordered (the earliest D1 gives the delivery time);</li>
 *   <li>otherwise the status of the latest status-changing event by the time it happened, ties
 *       broken by the time it was received, then by the code's place in the lifecycle
 *       (the order the codes are declared in {@link StatusCode}); informational codes (AG, CD) never change it;</li>
 *   <li>no status-changing event: {@link ShipmentStatus#BOOKED}.</li>
 * </ul>
 * Duplicates do not matter: the result depends only on the set.
 */
public record DerivedStatus(ShipmentStatus status, boolean exception, Instant lastEventAt, Instant deliveredAt) {

    /** By time of occurrence, then of receipt; a complete tie by the code's place in the lifecycle, so order never matters. */
    private static final Comparator<EventFact> CHRONOLOGICAL = Comparator.comparing(EventFact::occurredAt)
            .thenComparing(EventFact::receivedAt).thenComparing(e -> e.statusCode().ordinal());

    public static DerivedStatus of(Collection<? extends EventFact> events) {
        List<? extends EventFact> sorted = events.stream().sorted(CHRONOLOGICAL).toList();
        Instant delivered = sorted.stream().filter(e -> e.statusCode() == StatusCode.D1)
                .map(EventFact::occurredAt).findFirst().orElse(null);
        boolean refused = sorted.stream().anyMatch(e -> e.statusCode() == StatusCode.A7);
        boolean exception = sorted.stream().anyMatch(e -> e.statusCode().isException());
        Instant last = sorted.isEmpty() ? null : sorted.get(sorted.size() - 1).occurredAt();
        ShipmentStatus status;
        if (delivered != null) {
            status = ShipmentStatus.DELIVERED;
        } else if (refused) {
            status = ShipmentStatus.REFUSED;
        } else {
            status = ShipmentStatus.BOOKED;
            for (EventFact e : sorted) {
                status = e.statusCode().status().orElse(status);
            }
        }
        return new DerivedStatus(status, exception, last, delivered);
    }
}
