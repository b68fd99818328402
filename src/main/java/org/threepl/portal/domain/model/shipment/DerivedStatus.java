package org.threepl.portal.domain.model.shipment;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A shipment's status computed from the set of its events, whatever order they arrived in:
 *
 * <ul>
 *   <li>delivered (D1) or refused (A7) are final: once either is on record the shipment has that status, however the
 *       other events are ordered (the earliest D1 gives the delivery time);
 *   <li>otherwise the status of the latest status-changing event by the time it happened, ties broken by the time it
 *       was received, then by the code's place in the lifecycle (the order the codes are declared in
 *       {@link StatusCode}); informational codes (AG, CD) never change it;
 *   <li>no status-changing event: {@link ShipmentStatus#BOOKED}.
 * </ul>
 *
 * Duplicates do not matter: the result depends only on the set.
 *
 * <p>{@link #with} gives the status after more events from this one alone, where the rule allows it, so that a shipment
 * with a long history is not read whole for each new event.
 */
public record DerivedStatus(ShipmentStatus status, boolean exception, Instant lastEventAt, Instant deliveredAt) {

    /**
     * By time of occurrence, then of receipt; a complete tie by the code's place in the lifecycle, so order never
     * matters.
     */
    private static final Comparator<EventFact> CHRONOLOGICAL = Comparator.comparing(EventFact::occurredAt)
            .thenComparing(EventFact::receivedAt)
            .thenComparing(e -> e.statusCode().ordinal());

    public static DerivedStatus of(Collection<? extends EventFact> events) {
        List<? extends EventFact> sorted = events.stream().sorted(CHRONOLOGICAL).toList();
        Instant delivered = sorted.stream()
                .filter(e -> e.statusCode() == StatusCode.D1)
                .map(EventFact::occurredAt)
                .findFirst()
                .orElse(null);
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

    /**
     * The status of this status's events plus {@code added}, computed from this status alone: what {@link #of} gives
     * for all the events together. Empty when that cannot be known without all the events: a status-changing event that
     * happened no later than the latest event on record might fall before or after the one that set the current status
     * (only the time of the latest event is kept). Delivery and refusal are final, exceptions and times only
     * accumulate, so every other case is known.
     */
    public Optional<DerivedStatus> with(Collection<? extends EventFact> added) {
        if (added.isEmpty()) {
            return Optional.of(this);
        }
        Instant firstDelivery = deliveredAt;
        boolean refused = status == ShipmentStatus.REFUSED;
        boolean anyException = exception;
        Instant last = lastEventAt;
        EventFact latestChange = null;
        for (EventFact e : added) {
            if (e.statusCode() == StatusCode.D1
                    && (firstDelivery == null || e.occurredAt().isBefore(firstDelivery))) {
                firstDelivery = e.occurredAt();
            }
            refused |= e.statusCode() == StatusCode.A7;
            anyException |= e.statusCode().isException();
            if (last == null || e.occurredAt().isAfter(last)) {
                last = e.occurredAt();
            }
            if (e.statusCode().status().isPresent()
                    && (latestChange == null || CHRONOLOGICAL.compare(e, latestChange) > 0)) {
                latestChange = e;
            }
        }
        if (firstDelivery != null) {
            return Optional.of(new DerivedStatus(ShipmentStatus.DELIVERED, anyException, last, firstDelivery));
        }
        if (refused) {
            return Optional.of(new DerivedStatus(ShipmentStatus.REFUSED, anyException, last, null));
        }
        if (latestChange == null) {
            return Optional.of(new DerivedStatus(status, anyException, last, null));
        }
        // BOOKED means no status-changing event is on record, so the latest added one decides; so it does when it is
        // later than every event on record; otherwise the event that set the current status may be the later one
        if (status == ShipmentStatus.BOOKED
                || lastEventAt == null
                || latestChange.occurredAt().isAfter(lastEventAt)) {
            return Optional.of(
                    new DerivedStatus(latestChange.statusCode().status().orElseThrow(), anyException, last, null));
        }
        return Optional.empty();
    }
}
