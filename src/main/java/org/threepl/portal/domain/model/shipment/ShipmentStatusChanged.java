package org.threepl.portal.domain.model.shipment;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A shipment's status changed: a fact that storing tracking events produces (the shipment, its organisation and
 * reference, the status before and after), at the moment the events that changed it were recorded. Only the status
 * counts: a new exception flag or event time on an unchanged status is no change of status.
 */
public record ShipmentStatusChanged(
        long shipmentId,
        long organisationId,
        String reference,
        ShipmentStatus oldStatus,
        ShipmentStatus newStatus,
        Instant at) {

    /** Facts in a stable order: by shipment. */
    public static final Comparator<ShipmentStatusChanged> BY_SHIPMENT =
            Comparator.comparingLong(ShipmentStatusChanged::shipmentId);

    public ShipmentStatusChanged {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(oldStatus, "oldStatus");
        Objects.requireNonNull(newStatus, "newStatus");
        Objects.requireNonNull(at, "at");
        if (oldStatus == newStatus) {
            throw new IllegalArgumentException("A change of status needs two different statuses: " + oldStatus);
        }
    }

    /** The fact of a shipment going from {@code before} to {@code after}; empty when its status stayed the same. */
    public static Optional<ShipmentStatusChanged> between(
            long shipmentId,
            long organisationId,
            String reference,
            ShipmentStatus before,
            ShipmentStatus after,
            Instant at) {
        return before == after
                ? Optional.empty()
                : Optional.of(new ShipmentStatusChanged(shipmentId, organisationId, reference, before, after, at));
    }
}
