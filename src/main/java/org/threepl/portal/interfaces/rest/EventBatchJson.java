package org.threepl.portal.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.threepl.portal.application.shipment.BatchResult;
import org.threepl.portal.application.shipment.EventInput;
import org.threepl.portal.application.shipment.ShipmentIngestionService;

/**
 * Reads a batch of tracking events ({@link EventResource.EventBatch}) and writes the answer to any ingestion batch
 * ({@link BatchResult}) with the streaming JSON parser and generator. An event batch is up to a thousand items and the
 * busiest request the API takes: JSON-B's reflective binding of it, and of its answer, was about a fifth of the
 * server's CPU per batch (docs/performance.md).
 *
 * <p>The rules are JSON-B's as the API configures it ({@link JsonConfig}): an unknown property anywhere is an error, so
 * is an object or array where text belongs; a text field also takes a number or true/false (as written); a missing or
 * null field is null; a property given twice keeps the last value; an empty body is an error. Errors are
 * {@link JsonbException}s, answered as {@code malformed-json} problems like JSON-B's own. The answer is what JSON-B
 * writes: properties in lexicographic order, null ones left out.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EventBatchJson implements MessageBodyReader<EventResource.EventBatch>, MessageBodyWriter<BatchResult> {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == EventResource.EventBatch.class;
    }

    @Override
    public EventResource.EventBatch readFrom(
            Class<EventResource.EventBatch> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream in) {
        try (JsonParser p = PARSERS.createParser(in, java.nio.charset.StandardCharsets.UTF_8)) {
            return read(p);
        } catch (JsonException | java.util.NoSuchElementException e) {
            throw e instanceof JsonbException b
                    ? b
                    : new JsonbException(e.getMessage(), e); // broken JSON: a malformed-json problem
        }
    }

    static EventResource.EventBatch read(JsonParser p) {
        if (!p.hasNext()) {
            throw new JsonbException("The request body is empty");
        }
        JsonParser.Event first = p.next();
        if (first == JsonParser.Event.VALUE_NULL) {
            return null;
        }
        expect(first, JsonParser.Event.START_OBJECT, "the request");
        List<EventInput> events = null;
        for (JsonParser.Event e = p.next(); e != JsonParser.Event.END_OBJECT; e = p.next()) {
            String name = p.getString();
            if (!"events".equals(name)) {
                throw new JsonbException("Unknown property '" + name + "' in the request; it has only 'events'");
            }
            JsonParser.Event value = p.next();
            if (value == JsonParser.Event.VALUE_NULL) {
                events = null;
                continue;
            }
            expect(value, JsonParser.Event.START_ARRAY, "'events'");
            events = new ArrayList<>();
            for (JsonParser.Event item = p.next(); item != JsonParser.Event.END_ARRAY; item = p.next()) {
                if (events.size() == ShipmentIngestionService.MAX_BATCH) {
                    // counted while reading: the rest of an oversized batch is never parsed
                    throw new BatchTooLarge(
                            "A batch has at most " + ShipmentIngestionService.MAX_BATCH + " events; this one has more."
                                    + " Split it into batches of " + ShipmentIngestionService.MAX_BATCH + " or fewer.");
                }
                events.add(item == JsonParser.Event.VALUE_NULL ? null : event(p, item, events.size()));
            }
        }
        if (p.hasNext()) {
            throw new JsonbException("Unexpected content after the request's object");
        }
        return new EventResource.EventBatch(events);
    }

    private static EventInput event(JsonParser p, JsonParser.Event start, int index) {
        expect(start, JsonParser.Event.START_OBJECT, "events[" + index + "]");
        String organisation = null;
        String shipmentReference = null;
        String eventId = null;
        String sourceSystem = null;
        String statusCode = null;
        String reasonCode = null;
        String occurredAt = null;
        String zone = null;
        String location = null;
        for (JsonParser.Event e = p.next(); e != JsonParser.Event.END_OBJECT; e = p.next()) {
            String name = p.getString();
            String value = text(p, p.next(), index, name);
            switch (name) {
                case "organisation" -> organisation = value;
                case "shipmentReference" -> shipmentReference = value;
                case "eventId" -> eventId = value;
                case "sourceSystem" -> sourceSystem = value;
                case "statusCode" -> statusCode = value;
                case "reasonCode" -> reasonCode = value;
                case "occurredAt" -> occurredAt = value;
                case "zone" -> zone = value;
                case "location" -> location = value;
                default ->
                    throw new JsonbException("Unknown property '" + name + "' in events[" + index + "]; an event has"
                            + " organisation, shipmentReference, eventId, sourceSystem, statusCode, "
                            + "reasonCode, occurredAt, zone, location");
            }
        }
        return new EventInput(
                organisation,
                shipmentReference,
                eventId,
                sourceSystem,
                statusCode,
                reasonCode,
                occurredAt,
                zone,
                location);
    }

    private static String text(JsonParser p, JsonParser.Event value, int index, String name) {
        return switch (value) {
            case VALUE_STRING, VALUE_NUMBER -> p.getString();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> null;
            default -> throw new JsonbException("events[" + index + "]." + name + " must be text, not " + kind(value));
        };
    }

    private static void expect(JsonParser.Event actual, JsonParser.Event expected, String what) {
        if (actual != expected) {
            throw new JsonbException(what + " must be " + kind(expected) + ", not " + kind(actual));
        }
    }

    private static String kind(JsonParser.Event e) {
        return switch (e) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            default -> "null";
        };
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == BatchResult.class;
    }

    @Override
    public void writeTo(
            BatchResult result,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out) {
        try (JsonGenerator g = GENERATORS.createGenerator(out)) {
            write(result, g);
        }
    }

    static void write(BatchResult result, JsonGenerator g) {
        g.writeStartObject();
        g.write("accepted", result.accepted());
        if (result.items() != null) {
            g.writeStartArray("items");
            for (BatchResult.ItemResult item : result.items()) {
                g.writeStartObject();
                if (item.errors() != null) {
                    g.writeStartArray("errors");
                    for (BatchResult.ItemError error : item.errors()) {
                        g.writeStartObject();
                        if (error.field() != null) {
                            g.write("field", error.field());
                        }
                        if (error.message() != null) {
                            g.write("message", error.message());
                        }
                        if (error.rule() != null) {
                            g.write("rule", error.rule());
                        }
                        g.writeEnd();
                    }
                    g.writeEnd();
                }
                if (item.id() != null) {
                    g.write("id", item.id());
                }
                g.write("index", item.index());
                if (item.result() != null) {
                    g.write("result", item.result());
                }
                g.writeEnd();
            }
            g.writeEnd();
        }
        g.write("received", result.received());
        g.write("rejected", result.rejected());
        g.writeEnd();
    }
}
