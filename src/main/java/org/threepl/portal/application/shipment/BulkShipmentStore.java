package org.threepl.portal.application.shipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shipment.Reporter;

/**
 * The fast path on PostgreSQL for file imports: a chunk of rows is merged into the history by a few set-based
 * statements (an upsert by reference for shipments; events go through the PostgreSQL {@link TrackingEventStore}'s
 * merge, statuses derived by the domain's rule). A chunk is streamed with COPY into a staging table first. Each call is
 * one transaction (or joins the caller's). Rows the database refuses (an unknown shipment, a shipment number held by
 * another reference) come back as rejections with their line. JSON event batches use the {@link TrackingEventStore}
 * itself.
 *
 * <p>A port of the application, implemented in infrastructure by {@code PostgresBulkShipmentStore}.
 */
public interface BulkShipmentStore {
    record StagedShipment(
            long line,
            long organisationId,
            String reference,
            String shipmentNumber,
            String origin,
            String destination,
            String lane,
            String transportMode,
            String serviceLevel,
            Instant pickupFrom,
            Instant pickupTo,
            Instant deliveryFrom,
            Instant deliveryTo,
            int orderedQuantity,
            BigDecimal weightKg,
            BigDecimal declaredValue,
            String currency) {}

    record StagedEvent(
            long line,
            long organisationId,
            String reference,
            String statusCode,
            String reasonCode,
            Instant occurredAt,
            String zone,
            String location,
            String sourceSystem,
            String eventId) {}

    record Rejection(long line, String field, String message) {}

    /** {@code created}: new shipments, or new events; {@code updated}: shipment lines that changed an existing one. */
    record Outcome(long created, long updated, List<Rejection> rejected) {}

    /** Whether this database takes COPY (PostgreSQL); otherwise writes go through JPA. Asked once. */
    boolean available();

    /** In the caller's transaction if there is one (a JSON batch), else in one of its own (a chunk of a file). */
    Outcome storeShipments(List<StagedShipment> rows, Instant now, Actor actor, Reporter.Side side);

    /**
     * A file's chunk of checked events, in the caller's transaction if there is one, else in one of its own: stored as
     * the PostgreSQL {@link TrackingEventStore} stores a batch (by COPY into a session's staging table above 1,000
     * rows, as arrays up to that). {@code created} counts the events that were new.
     */
    Outcome storeEvents(List<StagedEvent> rows, Instant now, Reporter reporter);
}
