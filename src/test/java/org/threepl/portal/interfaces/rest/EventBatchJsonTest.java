package org.threepl.portal.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.shipment.BatchResult;
import org.threepl.portal.application.shipment.EventInput;

class EventBatchJsonTest {

    @Test
    void readsEveryFieldOfEveryEvent() {
        EventResource.EventBatch batch = read("""
                {"events":[{"organisation":"ACME","shipmentReference":"PO-1","eventId":"e1","sourceSystem":"TMS",
                  "statusCode":"X6","reasonCode":"A1","occurredAt":"2026-11-20T14:05:00+08:00","zone":"Asia/Shanghai",
                  "location":"Port \\"A\\" ⚓"},
                 null,
                 {"eventId":42,"statusCode":null,"zone":true}]}""");
        assertEquals(
                java.util.Arrays.asList(
                                new EventInput(
                                        "ACME",
                                        "PO-1",
                                        "e1",
                                        "TMS",
                                        "X6",
                                        "A1",
                                        "2026-11-20T14:05:00+08:00",
                                        "Asia/Shanghai",
                                        "Port \"A\" ⚓"),
                                null,
                                new EventInput(null, null, "42", null, null, null, null, "true", null))
                        .toString(),
                batch.events().toString());
        assertEquals(3, batch.events().size());
        assertNull(batch.events().get(1));
    }

    @Test
    void aNullBodyIsNoBatchAndNullEventsAreNoList() {
        assertNull(read("null"));
        assertNull(read("{\"events\":null}").events());
        assertEquals(List.of(), read("{\"events\":[]}").events());
        assertEquals(
                "second",
                read("{\"events\":[{\"eventId\":\"first\"}],\"events\":[{\"eventId\":\"second\"}]}")
                        .events()
                        .get(0)
                        .eventId(),
                "a property given twice keeps the last value, as JSON-B does");
    }

    @Test
    void unknownPropertiesWrongKindsAndBrokenJsonAreErrors() {
        for (String body : List.of(
                "{\"events\":[{\"eventId\":\"u1\",\"colour\":\"red\"}]}",
                "{\"evnts\":[]}",
                "{\"events\":{}}",
                "{\"events\":[\"x\"]}",
                "",
                "  ",
                "{\"events\":[{\"eventId\":{\"a\":1}}]}",
                "[]",
                "{\"events\":[{\"eventId\": }]}",
                "{\"events\":[",
                "{\"events\":[]} {}")) {
            assertThrows(JsonbException.class, () -> read(body), body);
        }
        JsonbException unknown = assertThrows(
                JsonbException.class, () -> read("{\"events\":[{\"eventId\":\"u1\",\"colour\":\"red\"}]}"));
        assertTrue(
                unknown.getMessage().contains("'colour'")
                        && unknown.getMessage().contains("events[0]"),
                unknown.getMessage());
    }

    /**
     * What JSON-B (Yasson, on the server) wrote for these answers before this writer existed, byte for byte (a rule
     * after the message, in the order of the names, as it writes a record's components).
     */
    @Test
    void writesWhatJsonBWrote() throws Exception {
        BatchResult events = BatchResult.of(List.of(
                new BatchResult.ItemResult(0, "accepted", null, null),
                new BatchResult.ItemResult(
                        1,
                        "rejected",
                        null,
                        List.of(
                                new BatchResult.ItemError(
                                        "statusCode",
                                        "Unknown X12 214 status code 'ZZ'; allowed: X3, AF, X4, P1, X6, AG, "
                                                + "X1, AH, AP, SD, A9, A7, D1, CD",
                                        null),
                                new BatchResult.ItemError(
                                        "occurredAt",
                                        "Not an ISO-8601 time with an offset (e.g. "
                                                + "2026-11-20T14:05:00+08:00): yesterday",
                                        null))),
                new BatchResult.ItemResult(
                        2,
                        "rejected",
                        null,
                        List.of(new BatchResult.ItemError(
                                "shipmentReference",
                                "No shipment with the reference NOPE-2 (send or import the shipment first)",
                                "rule.event.shipment.unknown")))));
        assertEquals(
                "{\"accepted\":1,\"items\":[{\"index\":0,\"result\":\"accepted\"},{\"errors\":[{\"field\":\""
                        + "statusCode\","
                        + "\"message\":\"Unknown X12 214 status code 'ZZ'; allowed: X3, AF, X4, P1, X6, AG, "
                        + "X1, AH, AP, SD, A9, A7, D1, CD\"},"
                        + "{\"field\":\"occurredAt\",\"message\":\"Not an ISO-8601 time with an offset "
                        + "(e.g. 2026-11-20T14:05:00+08:00): yesterday\"}],"
                        + "\"index\":1,\"result\":\"rejected\"},{\"errors\":[{\"field\":\"shipmentReference"
                        + "\",\"message\":\"No shipment with the"
                        + " reference NOPE-2 (send or import the shipment "
                        + "first)\",\"rule\":\"rule.event.shipment.unknown\"}],\"index\":2,"
                        + "\"result\":\"rejected\"}],\"received\":3,\"rejected\":2}",
                write(events));
        assertEquals(
                "{\"accepted\":1,\"items\":[{\"id\":1,\"index\":0,\"result\":\"created\"}],\"received\":1,\""
                        + "rejected\":0}",
                write(BatchResult.of(List.of(new BatchResult.ItemResult(0, "created", 1L, null)))));
    }

    private static EventResource.EventBatch read(String json) {
        return new EventBatchJson()
                .readFrom(
                        EventResource.EventBatch.class,
                        EventResource.EventBatch.class,
                        null,
                        null,
                        null,
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String write(BatchResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventBatchJson().writeTo(result, BatchResult.class, BatchResult.class, null, null, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
