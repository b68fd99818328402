package org.threepl.portal.domain.model.shipment;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A tracking event as a system reported it, checked by the rules of a {@link TrackingEvent} before its shipment is
 * looked up: what every way of storing events (the JPA entity, PostgreSQL's set-based merge) starts from, so that an
 * event that passes here fits the table. Texts are stripped; a blank location is none.
 *
 * @param shipmentReference the client's reference of the shipment it reports on
 * @param reasonCode optional
 * @param occurred when it happened, in the zone of the place (or the offset it was sent with)
 * @param location optional
 * @param sourceSystem the reporting system: with {@code eventId}, an event's identity within its organisation
 */
public record EventReport(
        ShipmentReference shipmentReference,
        StatusCode statusCode,
        ReasonCode reasonCode,
        ZonedDateTime occurred,
        String location,
        String sourceSystem,
        String eventId) {

    public EventReport {
        Objects.requireNonNull(shipmentReference, "The shipment reference is required");
        Objects.requireNonNull(statusCode, "A status code is required");
        Objects.requireNonNull(occurred, "The time of the event is required");
        TrackingEvent.zone(occurred);
        location = TrackingEvent.location(location);
        sourceSystem = TrackingEvent.sourceSystem(sourceSystem);
        eventId = TrackingEvent.eventId(eventId);
    }
}
