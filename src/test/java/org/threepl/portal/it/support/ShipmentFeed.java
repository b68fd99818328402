package org.threepl.portal.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Shipments and their tracking events, sent through the ingestion API as a client's system would. */
public final class ShipmentFeed {

    private final JsonArrayBuilder shipments = Json.createArrayBuilder();
    private final JsonArrayBuilder events = Json.createArrayBuilder();
    private int shipmentCount;
    private int eventCount;

    /**
     * A road shipment Ningbo → Hamburg whose pick-up window ends two days before its delivery window (four hours) ends.
     */
    public ShipmentFeed shipment(String reference, Instant deliveryTo, int orderedQuantity) {
        Instant deliveryFrom = deliveryTo.minus(Duration.ofHours(4));
        Instant pickupTo = deliveryFrom.minus(Duration.ofDays(2));
        shipments.add(Json.createObjectBuilder()
                .add("reference", reference)
                .add("origin", "Ningbo")
                .add("destination", "Hamburg")
                .add("transportMode", "ROAD")
                .add("serviceLevel", "STANDARD")
                .add("pickupFrom", pickupTo.minus(Duration.ofHours(2)).toString())
                .add("pickupTo", pickupTo.toString())
                .add("deliveryFrom", deliveryFrom.toString())
                .add("deliveryTo", deliveryTo.toString())
                .add("orderedQuantity", orderedQuantity));
        shipmentCount++;
        return this;
    }

    public ShipmentFeed event(String reference, String eventId, String statusCode, Instant occurredAt) {
        events.add(Json.createObjectBuilder()
                .add("shipmentReference", reference)
                .add("eventId", eventId)
                .add("sourceSystem", "TMS")
                .add("statusCode", statusCode)
                .add("occurredAt", occurredAt.toString()));
        eventCount++;
        return this;
    }

    /** Sends the shipments, then the events (each batch only if it has items); every item must be taken. */
    public void send(Fixtures.Key key) {
        if (shipmentCount > 0) {
            HttpResponse<String> s = Http.api(
                    "POST",
                    "shipments",
                    key.value(),
                    Json.createObjectBuilder()
                            .add("shipments", shipments)
                            .build()
                            .toString());
            assertEquals(200, s.statusCode(), s.body());
            assertTrue(!s.body().contains("\"result\":\"rejected\""), s.body());
        }
        if (eventCount > 0) {
            HttpResponse<String> e = Http.api(
                    "POST",
                    "events",
                    key.value(),
                    Json.createObjectBuilder().add("events", events).build().toString());
            assertEquals(200, e.statusCode(), e.body());
            assertTrue(!e.body().contains("\"result\":\"rejected\""), e.body());
        }
    }
}
