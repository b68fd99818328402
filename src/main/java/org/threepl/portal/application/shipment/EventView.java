package org.threepl.portal.application.shipment;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.threepl.portal.domain.model.shipment.TrackingEvent;

/**
 * One line of a shipment's timeline; {@code localTime} is the time on the spot, with its offset. Who reported it:
 * {@code reportedByKind} (USER, CREDENTIAL, SYSTEM; null for events older than this record), {@code reportedBy} (the
 * username or the key's name), {@code reportedSide} (CLIENT or PROVIDER).
 */
public record EventView(
        Long id,
        String statusCode,
        String statusDescription,
        String reasonCode,
        String reasonDescription,
        Instant occurredAt,
        String localTime,
        String zone,
        String location,
        String sourceSystem,
        String eventId,
        Instant receivedAt,
        boolean exception,
        String reportedByKind,
        String reportedBy,
        String reportedSide) {

    public static EventView of(TrackingEvent e) {
        return of(e, java.util.Map.of());
    }

    /** {@code names}: reporters' names by "KIND:id" ({@code ShipmentRepository.reporterNames}). */
    public static EventView of(TrackingEvent e, java.util.Map<String, String> names) {
        org.threepl.portal.domain.model.shipment.Reporter r = e.reporter();
        String kind = r == null || r.kind() == null ? null : r.kind().name();
        String name = r == null
                ? null
                : r.kind() == org.threepl.portal.domain.model.shared.Actor.Kind.SYSTEM
                        ? "portal"
                        : names.get(kind + ":" + r.id());
        return new EventView(
                e.id(),
                e.statusCode().name(),
                e.statusCode().description(),
                e.reasonCode() == null ? null : e.reasonCode().name(),
                e.reasonCode() == null ? null : e.reasonCode().description(),
                e.occurredAt(),
                e.localTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                e.zone(),
                e.location(),
                e.sourceSystem(),
                e.senderEventId(),
                e.receivedAt(),
                e.statusCode().isException(),
                kind,
                name,
                r == null || r.side() == null ? null : r.side().name());
    }
}
