package org.threepl.portal.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Map;
import org.threepl.portal.application.IsoInstant;
import org.threepl.portal.application.shipment.ShipmentSummary;

/**
 * Writes a page of the shipment history ({@link ShipmentResource.ShipmentListing}) straight to the response with a
 * streaming JSON generator. It is the API's busiest answer, and JSON-B's reflective writing (into a string, then into
 * bytes) was about a seventh of its CPU (docs/performance.md). The JSON is exactly what JSON-B writes for the same
 * records: properties in lexicographic order, null ones left out, times as ISO-8601 instants
 * ({@code ShipmentListingWriterTest} holds the two side by side).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class ShipmentListingWriter implements MessageBodyWriter<ShipmentResource.ShipmentListing> {

    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ShipmentResource.ShipmentListing.class;
    }

    @Override
    public void writeTo(
            ShipmentResource.ShipmentListing listing,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(listing, g);
        }
    }

    static void write(ShipmentResource.ShipmentListing listing, JsonGenerator g) {
        g.writeStartObject();
        g.writeStartArray("items");
        for (ShipmentSummary s : listing.items()) {
            g.writeStartObject();
            time(g, "deliveredAt", s.deliveredAt());
            time(g, "deliveryFrom", s.deliveryFrom());
            time(g, "deliveryTo", s.deliveryTo());
            text(g, "destination", s.destination());
            g.write("exception", s.exception());
            if (s.id() != null) {
                g.write("id", s.id());
            }
            text(g, "lane", s.lane());
            time(g, "lastEventAt", s.lastEventAt());
            g.write("orderedQuantity", s.orderedQuantity());
            if (s.organisationId() != null) {
                g.write("organisationId", s.organisationId());
            }
            text(g, "origin", s.origin());
            time(g, "pickupFrom", s.pickupFrom());
            time(g, "pickupTo", s.pickupTo());
            text(g, "reference", s.reference());
            text(g, "serviceLevel", s.serviceLevel());
            text(g, "shipmentNumber", s.shipmentNumber());
            text(g, "status", s.status());
            text(g, "transportMode", s.transportMode());
            g.write("version", s.version());
            g.writeEnd();
        }
        g.writeEnd();
        if (listing.next() == null) {
            g.writeNull("next");
        } else {
            g.write("next", listing.next());
        }
        g.writeEnd();
    }

    private static void text(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.write(name, value);
        }
    }

    private static void time(JsonGenerator g, String name, Instant value) {
        if (value != null) {
            g.write(name, IsoInstant.format(value));
        }
    }
}
