package org.threepl.portal.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.threepl.portal.application.shipment.ShipmentSummary;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Writes a page of the shipment history ({@link ShipmentResource.Listing}) straight to the response
 * with a streaming JSON generator. It is the API's busiest answer, and JSON-B's reflective writing
 * (into a string, then into bytes) was about a seventh of its CPU (docs/performance.md). The JSON is
 * exactly what JSON-B writes for the same records: properties in lexicographic order, null ones left
 * out, times as ISO-8601 instants ({@code ShipmentListingWriterTest} holds the two side by side).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class ShipmentListingWriter implements MessageBodyWriter<ShipmentResource.Listing> {

    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ShipmentResource.Listing.class;
    }

    @Override
    public void writeTo(ShipmentResource.Listing listing, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(listing, g);
        }
    }

    static void write(ShipmentResource.Listing listing, JsonGenerator g) {
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
        text(g, "next", listing.next());
        g.writeEnd();
    }

    private static void text(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.write(name, value);
        }
    }

    private static void time(JsonGenerator g, String name, Instant value) {
        if (value != null) {
            g.write(name, iso(value));
        }
    }

    /**
     * {@code value.toString()} (ISO-8601, UTC, the fraction in groups of three digits as needed) without
     * the general-purpose formatter, which took more than half of this writer's time: six times a row.
     */
    static String iso(Instant value) {
        long seconds = value.getEpochSecond();
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
        if (day.getYear() < 1000 || day.getYear() > 9999) {
            return value.toString();
        }
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        int nanos = value.getNano();
        StringBuilder b = new StringBuilder(30);
        b.append(day.getYear()).append('-');
        two(b, day.getMonthValue()).append('-');
        two(b, day.getDayOfMonth()).append('T');
        two(b, secondOfDay / 3600).append(':');
        two(b, secondOfDay / 60 % 60).append(':');
        two(b, secondOfDay % 60);
        if (nanos > 0) {
            int digits = nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
            int fraction = digits == 3 ? nanos / 1_000_000 : digits == 6 ? nanos / 1_000 : nanos;
            String f = Integer.toString(fraction);
            b.append('.');
            for (int i = f.length(); i < digits; i++) {
                b.append('0');
            }
            b.append(f);
        }
        return b.append('Z').toString();
    }

    private static StringBuilder two(StringBuilder b, int n) {
        return b.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
}
