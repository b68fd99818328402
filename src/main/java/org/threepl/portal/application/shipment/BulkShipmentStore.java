package org.threepl.portal.application.shipment;

import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shipment.Reporter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The fast path on PostgreSQL for event batches and file imports: rows are merged into the history by
 * a few set-based statements (an upsert by reference for shipments; for events, one statement that
 * finds each event's shipment and inserts it unless it is stored already, then the status of every
 * touched shipment derived from its stored status plus the new events). A JSON batch is bound as
 * arrays; a file's chunk is streamed with COPY into a staging table first. Each call is one
 * transaction (or joins the caller's). Rows the database refuses (an unknown shipment, a shipment
 * number held by another reference) come back as rejections with their line.
 * <p>A port of the application, implemented in infrastructure by {@code PostgresBulkShipmentStore}.
 */
public interface BulkShipmentStore {
    record StagedShipment(long line, long organisationId, String reference, String shipmentNumber, String origin,
                                 String destination, String lane, String transportMode, String serviceLevel,
                                 Instant pickupFrom, Instant pickupTo, Instant deliveryFrom, Instant deliveryTo,
                                 int orderedQuantity, BigDecimal weightKg, BigDecimal declaredValue, String currency) {
    }

    record StagedEvent(long line, long organisationId, String reference, String statusCode, String reasonCode,
                              Instant occurredAt, String zone, String location, String sourceSystem, String eventId) {
    }

    record Rejection(long line, String field, String message) {
    }

    /** {@code created}: new shipments, or new events; {@code updated}: shipment lines that changed an existing one. */
    record Outcome(long created, long updated, List<Rejection> rejected) {
    }

    /** Whether this database takes COPY (PostgreSQL); otherwise writes go through JPA. Asked once. */
    boolean available();

    /** In the caller's transaction if there is one (a JSON batch), else in one of its own (a chunk of a file). */
    Outcome storeShipments(List<StagedShipment> rows, Instant now, Actor actor, Reporter.Side side);

    /**
     * In the caller's transaction if there is one (a JSON batch), else in one of its own (a chunk of a file).
     * A JSON batch is bound as arrays to the one merging statement (no staging table, so no catalog churn per
     * request); a file's chunk is streamed by COPY into a session's staging table first.
     */
    Outcome storeEvents(List<StagedEvent> rows, Instant now, Reporter reporter);
}
