package org.threepl.portal.application.shipment;

import org.threepl.portal.domain.model.shipment.TrackingEvent;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** One line of a shipment's timeline; {@code localTime} is the time on the spot, with its offset. */
public record EventView(Long id, String statusCode, String statusDescription, String reasonCode, String reasonDescription,
                        Instant occurredAt, String localTime, String zone, String location, String sourceSystem,
                        String eventId, Instant receivedAt, boolean exception) {

    public static EventView of(TrackingEvent e) {
        return new EventView(e.id(), e.statusCode().name(), e.statusCode().description(),
                e.reasonCode() == null ? null : e.reasonCode().name(),
                e.reasonCode() == null ? null : e.reasonCode().description(),
                e.occurredAt(), e.localTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), e.zone(), e.location(),
                e.sourceSystem(), e.senderEventId(), e.receivedAt(), e.statusCode().isException());
    }
}
