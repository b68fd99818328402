package org.threepl.portal.it.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;

/** Shipment and event ingestion and the history query, over HTTPS against PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class ShipmentApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static String shipmentJson(String reference, String pickup) {
        return "{\"reference\":\"" + reference
                + "\",\"origin\":\"Shanghai\",\"destination\":\"Hamburg\",\"transportMode\":\"SEA\","
                + "\"serviceLevel\":\"STANDARD\",\"pickupFrom\":\"" + pickup + "\",\"pickupTo\":\"" + pickup + "\","
                + "\"deliveryFrom\":\"2026-12-20T08:00:00+01:00\",\"deliveryTo\":\"2026-12-20T17:00:00+01:00"
                + "\",\"orderedQuantity\":10,"
                + "\"declaredValue\":1000.5,\"currency\":\"USD\"}";
    }

    private static String event(String reference, String id, String code, String at) {
        return "{\"shipmentReference\":\"" + reference + "\",\"eventId\":\"" + id
                + "\",\"sourceSystem\":\"TMS\",\"statusCode\":\"" + code + "\",\"occurredAt\":\"" + at
                + "\",\"zone\":\"Asia/Shanghai\",\"location\":\"Shanghai\"}";
    }

    private static JsonObject post(String path, Fixtures.Key key, String body, String... headers) {
        HttpResponse<String> r = api("POST", path, key.value(), body, headers);
        assertEquals(200, r.statusCode(), r.body());
        return json(r);
    }

    @Test
    void shipmentsAreUpsertedByTheClientsReference() {
        Fixtures.Org org = Fixtures.organisation("Upsert Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);

        JsonObject first =
                post("shipments", key, "{\"shipments\":[" + shipmentJson("PO-1", "2026-11-01T08:00:00+08:00") + "]}");
        assertEquals("created", first.getJsonArray("items").getJsonObject(0).getString("result"));
        long id =
                first.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        // a 3PL number already held by another shipment is refused item by item, not by a failed batch
        JsonObject clash = post(
                "shipments",
                key,
                "{\"shipments\":["
                        + shipmentJson("PO-2", "2026-11-01T08:00:00+08:00")
                                .replace(
                                        "\"reference\":\"PO-2\"",
                                        "\"reference\":\"PO-2\",\"shipmentNumber\":\"TPL-PO-1\"")
                        + ","
                        + shipmentJson("PO-3", "2026-11-01T08:00:00+08:00") + "]}");
        assertEquals(
                "shipmentNumber", firstErrorField(clash.getJsonArray("items").getJsonObject(0)));
        assertEquals("created", clash.getJsonArray("items").getJsonObject(1).getString("result"));

        JsonObject second =
                post("shipments", key, "{\"shipments\":[" + shipmentJson("PO-1", "2026-11-02T08:00:00+08:00") + "]}");
        assertEquals("updated", second.getJsonArray("items").getJsonObject(0).getString("result"));
        assertEquals(
                id,
                second.getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        assertEquals(
                2,
                Fixtures.query("select 1 from shipment where organisation_id = ?", org.id())
                        .size());
        assertEquals(
                Instant.parse("2026-11-02T00:00:00Z"),
                ((java.sql.Timestamp) Fixtures.single("select pickup_from from shipment where id = ?", id)
                                .get("pickup_from"))
                        .toInstant());
    }

    @Test
    void eventsOutOfOrderAndResentGiveTheRightStatusAndNoDuplicates() {
        Fixtures.Org org = Fixtures.organisation("Events Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Shipment s = Fixtures.shipment(org, "PO-EV-1", Instant.parse("2026-11-01T00:00:00Z"));
        // delivered first, the earlier events later: the status must still be DELIVERED
        String batch = "{\"events\":[" + event(s.reference(), "e3", "D1", "2026-11-10T10:00:00+08:00") + ","
                + event(s.reference(), "e1", "AF", "2026-11-01T10:00:00+08:00") + ","
                + event(s.reference(), "e2", "X6", "2026-11-05T10:00:00+08:00") + "]}";
        JsonObject first = post("events", key, batch);
        assertEquals(3, first.getInt("accepted"));
        JsonObject again = post("events", key, batch);
        assertEquals(first.getJsonArray("items"), again.getJsonArray("items"), "a re-sent batch answers the same");
        assertEquals(
                3,
                Fixtures.query("select 1 from tracking_event where shipment_id = ?", s.id())
                        .size(),
                "no duplicates");

        JsonObject detail = json(api("GET", "shipments/" + s.id(), key.value(), null));
        assertEquals("DELIVERED", detail.getJsonObject("shipment").getString("status"));
        JsonArray events = detail.getJsonArray("events");
        assertEquals(
                List.of("AF", "X6", "D1"),
                events.getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("statusCode"))
                        .toList(),
                "the timeline is in the order things happened");
        assertTrue(
                events.getJsonObject(0).getString("localTime").endsWith("+08:00"),
                "the local time keeps the place's offset");
        assertEquals("2026-11-10T02:00:00Z", detail.getJsonObject("shipment").getString("deliveredAt"));

        // a late event that happened before delivery does not undo the delivery
        post("events", key, "{\"events\":[" + event(s.reference(), "e4", "SD", "2026-11-06T10:00:00+08:00") + "]}");
        JsonObject after =
                json(api("GET", "shipments/" + s.id(), key.value(), null)).getJsonObject("shipment");
        assertEquals("DELIVERED", after.getString("status"));
        assertTrue(after.getBoolean("exception"), "the delay is flagged");
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        Fixtures.Org org = Fixtures.organisation("Idem Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        String body = "{\"shipments\":[" + shipmentJson("PO-ID-1", "2026-11-01T08:00:00+08:00") + "]}";
        JsonObject first = post("shipments", key, body, "Idempotency-Key", "batch-42");
        JsonObject retry = post("shipments", key, body, "Idempotency-Key", "batch-42");
        assertEquals(first, retry, "the retry gets exactly the first answer ('created', not 'updated')");

        HttpResponse<String> reused = api(
                "POST",
                "shipments",
                key.value(),
                "{\"shipments\":[" + shipmentJson("PO-ID-2", "2026-11-01T08:00:00+08:00") + "]}",
                "Idempotency-Key",
                "batch-42");
        assertEquals(422, reused.statusCode(), reused.body());
        assertEquals(
                1,
                Fixtures.query("select 1 from shipment where organisation_id = ?", org.id())
                        .size());
    }

    @Test
    void badItemsAreRejectedByIndexWhileGoodOnesAreStored() {
        Fixtures.Org org = Fixtures.organisation("Partial Ltd");
        Fixtures.Org other = Fixtures.organisation("Other Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Shipment mine = Fixtures.shipment(org, "PO-P-1", Instant.parse("2026-11-01T00:00:00Z"));
        Fixtures.Shipment theirs = Fixtures.shipment(other, "PO-P-THEIRS", Instant.parse("2026-11-01T00:00:00Z"));
        String future = Instant.now()
                .plus(3, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString()
                .replace("Z", "+00:00");

        JsonObject r = post(
                "events",
                key,
                "{\"events\":["
                        + event(mine.reference(), "ok-1", "AF", "2026-11-01T10:00:00+08:00") + "," // 0 good
                        + event(mine.reference(), "bad-code", "ZZ", "2026-11-01T10:00:00+08:00") + "," // 1 unknown code
                        + event(mine.reference(), "bad-time", "X6", "yesterday") + "," // 2 bad time
                        + event(theirs.reference(), "theirs", "X6", "2026-11-02T10:00:00+08:00")
                        + "," // 3 another organisation's shipment
                        + event(mine.reference(), "future", "X6", future) + "," // 4 far in the future
                        + "{\"shipmentReference\":\"" + mine.reference()
                        + "\",\"statusCode\":\"X1\",\"occurredAt\":\"2026-11-03T10:00:00+08:00\"}"
                        + "]}");
        assertEquals(6, r.getInt("received"));
        assertEquals(1, r.getInt("accepted"));
        List<JsonObject> items = r.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals("accepted", items.get(0).getString("result"));
        assertEquals("statusCode", firstErrorField(items.get(1)));
        assertTrue(
                items.get(1)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message")
                        .contains("D1"),
                "names the allowed codes");
        assertEquals("occurredAt", firstErrorField(items.get(2)));
        assertEquals("shipmentReference", firstErrorField(items.get(3)));
        assertEquals(
                "rule.event.shipment.unknown",
                items.get(3).getJsonArray("errors").getJsonObject(0).getString("rule"),
                "a broken rule is named, as in a 422");
        assertEquals("occurredAt", firstErrorField(items.get(4)));
        Set<String> missing = items.get(5).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("eventId", "sourceSystem"), missing);

        assertEquals(
                1,
                Fixtures.query("select 1 from tracking_event where shipment_id = ?", mine.id())
                        .size());
        assertEquals(
                0,
                Fixtures.query("select 1 from tracking_event where shipment_id = ?", theirs.id())
                        .size(),
                "nothing was written to the other organisation's shipment");
    }

    private static String firstErrorField(JsonObject item) {
        assertEquals("rejected", item.getString("result"), item.toString());
        return item.getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void oversizedBatchesAndBrokenJsonAreRefusedWhole() {
        Fixtures.Org org = Fixtures.organisation("Big Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        String events = IntStream.range(0, 1001)
                .mapToObj(i -> event("PO-X", "e" + i, "X6", "2026-11-01T10:00:00+08:00"))
                .collect(Collectors.joining(",", "{\"events\":[", "]}"));
        HttpResponse<String> big = api("POST", "events", key.value(), events);
        assertEquals(413, big.statusCode(), "counted while read: " + big.body());
        assertEquals(
                "application/problem+json",
                big.headers().firstValue("Content-Type").orElse(""));
        assertEquals("events", json(big).getJsonArray("errors").getJsonObject(0).getString("field"));

        // a body past the address's limit is refused by its declared length, or as it crosses the limit when none is
        // declared
        String huge = "{\"events\":[" + "{\"organisation\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}]}";
        HttpResponse<String> declared = api("POST", "events", key.value(), huge);
        assertEquals(413, declared.statusCode(), declared.body());
        HttpResponse<String> streamed = Http.send(
                Http.client(),
                java.net.http.HttpRequest.newBuilder(Http.testServer().resolve("api/v1/events"))
                        .header("Authorization", "Bearer " + key.value())
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(
                                        huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                        .build());
        assertEquals(413, streamed.statusCode(), streamed.body());
        HttpResponse<String> nul = api(
                "POST",
                "events",
                key.value(),
                "{\"events\":[" + event("PO-\\u0000X", "n1", "X6", "2026-11-01T10:00:00+08:00") + "]}");
        assertEquals(422, nul.statusCode(), nul.body());
        assertTrue(json(nul).getString("type").endsWith("/forbidden-character"), nul.body());

        HttpResponse<String> broken = api("POST", "events", key.value(), "{\"events\":[{\"eventId\": }]}");
        assertEquals(400, broken.statusCode());
        assertTrue(json(broken).getString("type").endsWith("/malformed-json"));

        HttpResponse<String> unknownField = api(
                "POST",
                "events",
                key.value(),
                "{\"events\":["
                        + event("PO-X", "u1", "X6", "2026-11-01T10:00:00+08:00").replace("}", ",\"colour\":\"red\"}")
                        + "]}");
        assertEquals(400, unknownField.statusCode(), unknownField.body());
    }

    @Test
    void theHistoryIsFilteredAndPagedWithoutGapsOrRepeats() {
        Fixtures.Org org = Fixtures.organisation("Paging Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        Set<String> all = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            // pairs share the same pick-up time: paging must break the tie by id
            all.add(Fixtures.shipment(org, "PG-" + i, base.plus(i / 2, ChronoUnit.DAYS))
                    .reference());
        }
        List<String> seen = new ArrayList<>();
        String next = "shipments?limit=5&sort=-pickup";
        Instant previous = Instant.MAX;
        int pages = 0;
        while (next != null) {
            JsonObject page = json(api("GET", next.substring(next.indexOf("shipments")), key.value(), null));
            for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                seen.add(item.getString("reference"));
                Instant pickup = Instant.parse(item.getString("pickupFrom"));
                assertFalse(pickup.isAfter(previous), "newest first");
                previous = pickup;
            }
            next = page.isNull("next") ? null : page.getString("next");
            pages++;
        }
        assertEquals(5, pages);
        assertEquals(23, seen.size());
        assertEquals(all, new HashSet<>(seen), "every shipment once");

        JsonObject filtered = json(
                api("GET", "shipments?reference=PG-1&pickupFrom=2026-01-01&pickupTo=2026-01-06", key.value(), null));
        Set<String> refs = filtered.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("reference"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("PG-1"), refs, "PG-10.. start later than the 6th: only PG-1 is in range");
        assertTrue(filtered.isNull("next"), "one page");

        // the export holds exactly what the same filters list, in the same order
        HttpResponse<String> csv =
                api("GET", "shipments/export.csv?sort=pickup&pickupFrom=2026-01-03", key.value(), null);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> csvRefs = csv.body()
                .lines()
                .skip(1)
                .map(l -> l.substring(0, l.indexOf(',')))
                .toList();
        List<String> listed = new ArrayList<>();
        String page = "shipments?sort=pickup&pickupFrom=2026-01-03&limit=7";
        while (page != null) {
            JsonObject p = json(api("GET", page, key.value(), null));
            p.getJsonArray("items").getValuesAs(JsonObject.class).forEach(o -> listed.add(o.getString("reference")));
            page = !p.isNull("next")
                    ? p.getString("next").substring(p.getString("next").indexOf("shipments"))
                    : null;
        }
        assertEquals(listed, csvRefs);
        assertEquals(19, csvRefs.size(), "PG-4 .. PG-22 start on or after the 3rd");

        // the Excel and PDF files hold the same rows in the same order
        byte[] xlsx = download(
                "shipments/export.xlsx?sort=pickup&pickupFrom=2026-01-03",
                key,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(csvRefs, firstColumnOfSheet(xlsx));
        byte[] pdf = download("shipments/export.pdf?sort=pickup&pickupFrom=2026-01-03", key, "application/pdf");
        assertEquals(csvRefs, referencesInPdf(pdf, csvRefs));
        assertEquals(404, api("GET", "shipments/export.docx", key.value(), null).statusCode());

        HttpResponse<String> badCursor = api("GET", "shipments?cursor=not-a-cursor", key.value(), null);
        assertEquals(400, badCursor.statusCode(), badCursor.body());
        assertTrue(badCursor.body().contains("\"field\":\"cursor\""), badCursor.body());
        HttpResponse<String> badStatus = api("GET", "shipments?status=LOST", key.value(), null);
        assertEquals(422, badStatus.statusCode(), badStatus.body());
    }

    @Test
    void aCsvImportAppliesLinesInOrderAndRefusesATakenShipmentNumberAndUnknownShipments() {
        Fixtures.Org org = Fixtures.organisation("Order Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        String head = "reference,shipment_number,origin,destination,transport_mode,service_level,pickup_from,pickup_to,"
                + "delivery_from,delivery_to,ordered_quantity\n";
        String times = ",2026-11-03T08:00:00Z,2026-11-03T09:00:00Z,2026-12-01T08:00:00Z,2026-12-01T09:00:00Z,";
        String csv = head
                + "ORD-1,N-1,Shanghai,Hamburg,SEA,STANDARD" + times + "5\n"
                + "ORD-2,N-1,Shanghai,Hamburg,SEA,STANDARD" + times + "5\n" // N-1 is ORD-1's
                + "ORD-1,N-1,Shanghai,Rotterdam,SEA,STANDARD" + times + "9\n"; // the later line wins
        JsonObject report = json(postCsv("imports/shipments", key, csv));
        assertEquals(1, report.getInt("created"), report.toString());
        assertEquals(1, report.getInt("updated"), report.toString());
        assertEquals(1, report.getInt("rejected"), report.toString());
        JsonObject error = report.getJsonArray("errors").getJsonObject(0);
        assertEquals(3, error.getJsonNumber("line").longValue());
        assertEquals("shipmentNumber", error.getString("field"));
        Map<String, Object> row = Fixtures.single(
                "select destination, ordered_quantity, lane from shipment"
                        + " where organisation_id = ? and client_reference = 'ORD-1'",
                org.id());
        assertEquals("Rotterdam", row.get("destination"));
        assertEquals(9, ((Number) row.get("ordered_quantity")).intValue());
        assertEquals("Shanghai → Rotterdam", row.get("lane"));

        // a number another reference already holds in the database is refused too
        JsonObject again =
                json(postCsv("imports/shipments", key, head + "ORD-3,N-1,A,B,ROAD,STANDARD" + times + "1\n"));
        assertEquals(1, again.getInt("rejected"), again.toString());
        assertTrue(
                again.getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message")
                        .contains("ORD-1"),
                again.toString());

        String events = "shipment_reference,event_id,source_system,status_code,occurred_at\n"
                + "ORD-1,o-1,TMS,AF,2026-11-03T08:30:00Z\n"
                + "NOPE-1,o-2,TMS,AF,2026-11-03T08:30:00Z\n"
                + "ORD-1,o-3,TMS,D1,2026-11-10T08:30:00Z\n";
        JsonObject ev = json(postCsv("imports/events", key, events));
        assertEquals(2, ev.getInt("created"), ev.toString());
        assertEquals(1, ev.getInt("rejected"), ev.toString());
        assertEquals(
                3,
                ev.getJsonArray("errors").getJsonObject(0).getJsonNumber("line").longValue());
        assertEquals(
                "shipmentReference", ev.getJsonArray("errors").getJsonObject(0).getString("field"));
        Map<String, Object> status = Fixtures.single(
                "select status, delivered_at from shipment where organisation_id = ?"
                        + " and client_reference = 'ORD-1'",
                org.id());
        assertEquals("DELIVERED", status.get("status"), "derived again from the imported events");
        assertNotNull(status.get("delivered_at"));
    }

    @Test
    void aFileOfManyChunksIsWrittenInItsOrderByTheTwoWriters() {
        Fixtures.Org org = Fixtures.organisation("Chunks Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        String times = ",2026-11-03T08:00:00Z,2026-11-03T09:00:00Z,2026-12-01T08:00:00Z,2026-12-01T09:00:00Z,";
        int n = 6_500; // more than three chunks of the test server's 2,000 lines (portal.import.chunk.lines), over both
        // writers
        StringBuilder csv =
                new StringBuilder("reference,origin,destination,transport_mode,service_level,pickup_from,pickup_to,"
                        + "delivery_from,delivery_to,ordered_quantity\n");
        for (int i = 0; i < n; i++) {
            csv.append("CH-")
                    .append(i)
                    .append(",Shanghai,Hamburg,SEA,STANDARD")
                    .append(times)
                    .append(1 + i % 9)
                    .append('\n');
        }
        for (int i = 0; i < 100; i++) { // the same shipments again, chunks later: these later lines win
            csv.append("CH-")
                    .append(i * 7)
                    .append(",Shanghai,Rotterdam,SEA,STANDARD")
                    .append(times)
                    .append("42\n");
        }
        JsonObject report = json(postCsv("imports/shipments", key, csv.toString()));
        assertEquals(n, report.getInt("created"), report.toString());
        assertEquals(100, report.getInt("updated"), report.toString());
        assertEquals(0, report.getInt("rejected"), report.toString());
        assertEquals(
                100,
                Fixtures.query(
                                "select 1 from shipment where organisation_id = ? and destination = 'Rotterdam'"
                                        + " and ordered_quantity = 42",
                                org.id())
                        .size(),
                "every later line won");

        StringBuilder events = new StringBuilder("shipment_reference,event_id,source_system,status_code,occurred_at\n");
        for (int i = 0; i < n; i++) {
            events.append("CH-").append(i).append(",ch-a-").append(i).append(",TMS,AF,2026-11-03T10:00:00Z\n");
        }
        for (int i = 0; i < n; i += 2) { // delivered, in a later chunk than their departure
            events.append("CH-").append(i).append(",ch-d-").append(i).append(",TMS,D1,2026-11-30T10:00:00Z\n");
        }
        JsonObject ev = json(postCsv("imports/events", key, events.toString()));
        assertEquals(n + n / 2, ev.getInt("created"), ev.toString());
        assertEquals(0, ev.getInt("rejected"), ev.toString());
        assertEquals(
                n / 2,
                Fixtures.query(
                                "select 1 from shipment where organisation_id = ? and status = 'DELIVERED'"
                                        + " and picked_up_at is not null and delivered_at is not null",
                                org.id())
                        .size());
        assertEquals(
                n / 2,
                Fixtures.query(
                                "select 1 from shipment where organisation_id = ? and status = 'IN_TRANSIT'"
                                        + " and picked_up_at is not null and delivered_at is null",
                                org.id())
                        .size());
    }

    private static HttpResponse<String> postCsv(String path, Fixtures.Key key, String csv) {
        HttpResponse<String> r = Http.send(
                Http.client(),
                java.net.http.HttpRequest.newBuilder(Http.testServer().resolve("api/v1/" + path))
                        .header("Authorization", "Bearer " + key.value())
                        .header("Content-Type", "text/csv")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv))
                        .build());
        assertEquals(200, r.statusCode(), r.body());
        return r;
    }

    @Test
    void aCsvImportStoresGoodLinesAndReportsBadOnesByLine() {
        Fixtures.Org org = Fixtures.organisation("Import Ltd");
        Fixtures.Org other = Fixtures.organisation("Not Mine Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.shipment(org, "IMP-1", Instant.parse("2026-11-01T00:00:00Z"));
        String csv = "\ufeffreference,origin,destination,transport_mode,service_level,pickup_from,pickup_to,deliv"
                + "ery_from,delivery_to,"
                + "ordered_quantity,declared_value,currency,organisation\n"
                + "IMP-1,Shanghai,Hamburg,SEA,STANDARD,2026-11-03T08:00:00Z,2026-11-03T09:00:00Z,202"
                + "6-12-01T08:00:00Z,2026-12-01T09:00:00Z,7,,,\n"
                + "IMP-2,\"Ningbo, "
                + "Zhejiang\",Felixstowe,SEA,EXPRESS,2026-11-04T08:00:00Z,2026-11-04T09:00:00Z,2026-12-02T08"
                + ":00:00Z,2026-12-02T09:00:00Z,3,99.5,GBP,\n"
                + "IMP-3,A,B,TELEPORT,STANDARD,2026-11-04T08:00:00Z,2026-11-04T09:00:00Z,2026-12-02T"
                + "08:00:00Z,2026-12-02T09:00:00Z,3,,,\n"
                + "IMP-4,A,B,ROAD,STANDARD,2026-11-04T08:00:00Z,2026-11-04T09:00:00Z,2026-12-02T08:0"
                + "0:00Z,2026-12-02T09:00:00Z,lots,,,\n"
                + "IMP-5,A,B,ROAD,STANDARD,2026-11-04T08:00:00Z,2026-11-04T09:00:00Z,2026-12-02T08:0"
                + "0:00Z,2026-12-02T09:00:00Z,3,,,"
                + other.code() + "\n";
        HttpResponse<String> r = Http.send(
                Http.client(),
                java.net.http.HttpRequest.newBuilder(Http.testServer().resolve("api/v1/imports/shipments"))
                        .header("Authorization", "Bearer " + key.value())
                        .header("Content-Type", "text/csv")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv))
                        .build());
        assertEquals(200, r.statusCode(), r.body());
        JsonObject report = json(r);
        assertEquals("copy", report.getString("method"), "PostgreSQL takes the COPY path");
        assertEquals(5, report.getInt("lines"));
        assertEquals(1, report.getInt("created"));
        assertEquals(1, report.getInt("updated"));
        assertEquals(3, report.getInt("rejected"));
        List<String> bad = report.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonNumber("line").longValue() + ":" + e.getString("field"))
                .toList();
        assertTrue(bad.contains("4:transportMode"), bad.toString());
        assertTrue(bad.contains("5:orderedQuantity"), bad.toString());
        assertTrue(bad.contains("6:organisation"), bad.toString());
        assertEquals("FINISHED_WITH_ERRORS", report.getString("outcome"), "some lines stored, some rejected");
        List<String> texts = report.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("text"))
                .toList();
        assertTrue(
                texts.stream().anyMatch(t -> t.startsWith("line 4, column transport_mode: ") && t.contains("TELEPORT")),
                texts.toString());
        assertTrue(texts.contains("line 5, column ordered_quantity: Not a whole number: lots"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("line 6, column organisation: ")), texts.toString());
        assertEquals(
                "transport_mode", report.getJsonArray("errors").getJsonObject(0).getString("column"));
        assertEquals(
                "Ningbo, Zhejiang",
                Fixtures.single(
                                "select origin from shipment where organisation_id = ? and client_reference = 'IMP-2'",
                                org.id())
                        .get("origin"));
        assertEquals(
                7,
                ((Number) Fixtures.single(
                                        "select ordered_quantity from shipment where organisation_id = ? "
                                                + "and client_reference = 'IMP-1'",
                                        org.id())
                                .get("ordered_quantity"))
                        .intValue());
        assertEquals(
                0,
                Fixtures.query("select 1 from shipment where organisation_id = ?", other.id())
                        .size());

        String events = "shipment_reference,event_id,source_system,status_code,reason_code,occurred_at,zone,location\n"
                + "IMP-2,ev-1,WMS,AF,,2026-11-04T10:00:00+08:00,Asia/Shanghai,Ningbo\n"
                + "IMP-2,ev-2,WMS,SD,AO,2026-11-05T10:00:00+08:00,,\n"
                + "IMP-2,ev-3,WMS,QQ,,2026-11-05T10:00:00+08:00,,\n";
        for (int round = 0; round < 2; round++) {
            HttpResponse<String> ev = Http.send(
                    Http.client(),
                    java.net.http.HttpRequest.newBuilder(Http.testServer().resolve("api/v1/imports/events"))
                            .header("Authorization", "Bearer " + key.value())
                            .header("Content-Type", "text/csv")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(events))
                            .build());
            assertEquals(200, ev.statusCode(), ev.body());
            assertEquals(2, json(ev).getInt("created"), "round " + round);
            assertEquals(1, json(ev).getInt("rejected"));
            assertEquals(
                    4,
                    json(ev).getJsonArray("errors")
                            .getJsonObject(0)
                            .getJsonNumber("line")
                            .longValue());
        }
        assertEquals(
                2,
                Fixtures.query(
                                "select 1 from tracking_event e join shipment s on s.id = e.shipment_id"
                                        + " where s.organisation_id = ? and s.client_reference = 'IMP-2'",
                                org.id())
                        .size(),
                "imported once, not twice");
        assertEquals(
                "DELAYED",
                Fixtures.single(
                                "select status from shipment where organisation_id = ? and client_reference = 'IMP-2'",
                                org.id())
                        .get("status"));

        HttpResponse<String> noHeader = Http.send(
                Http.client(),
                java.net.http.HttpRequest.newBuilder(Http.testServer().resolve("api/v1/imports/shipments"))
                        .header("Authorization", "Bearer " + key.value())
                        .header("Content-Type", "text/csv")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("a,b\n1,2\n"))
                        .build());
        assertEquals(422, noHeader.statusCode(), noHeader.body());
    }

    @Test
    void aCsvImportWhoseEveryLineIsRejectedFailsAndNamesTheFilesColumnsAndLines() {
        Fixtures.Org org = Fixtures.organisation("All Wrong Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        String times = "2026-11-04T08:00:00Z,2026-11-04T09:00:00Z,2026-12-02T08:00:00Z,2026-12-02T09:00:00Z";
        String csv = "Reference,Origin,Destination,Transport_Mode,Service_Level,Pickup_From,Pickup_To,Delivery_Fr"
                + "om,Delivery_To,Ordered_Quantity\n"
                + "BAD-1,A,B,TELEPORT,STANDARD," + times + ",3\n"
                + "\n"
                + "BAD-2,A,B,ROAD,STANDARD," + times + ",many\n"
                + "BAD-3,A,B,ROAD,STANDARD,2026-11-04T08:00:00Z,2026-11-04T09:00:00Z,tomorrow,2026-1"
                + "2-02T09:00:00Z,3\n"
                + "\"BAD-4,A\n";
        JsonObject report = json(postCsv("imports/shipments", key, csv));
        assertEquals(0, report.getInt("created") + report.getInt("updated"));
        assertEquals(4, report.getInt("rejected"));
        assertEquals("FAILED", report.getString("outcome"), "nothing stored: not a success");
        List<JsonObject> errors = report.getJsonArray("errors").getValuesAs(JsonObject.class);
        Map<Long, JsonObject> byLine = errors.stream()
                .collect(Collectors.toMap(e -> e.getJsonNumber("line").longValue(), e -> e, (a, b) -> a));
        assertEquals("Transport_Mode", byLine.get(2L).getString("column"), "the header as the file writes it");
        assertTrue(
                byLine.get(2L).getString("text").startsWith("line 2, column Transport_Mode: "),
                byLine.get(2L).toString());
        assertEquals(
                "line 4, column Ordered_Quantity: Not a whole number: many",
                byLine.get(4L).getString("text"),
                "line numbers are the file's: the blank line 3 counts");
        assertEquals(
                "Delivery_From",
                byLine.get(5L).getString("column"),
                byLine.get(5L).toString());
        assertTrue(
                byLine.get(5L).getString("text").startsWith("line 5, column Delivery_From: "),
                byLine.get(5L).toString());
        assertTrue(
                !byLine.get(6L).containsKey("column") || byLine.get(6L).isNull("column"),
                "an unreadable line is the whole line's fault: " + byLine.get(6L));
        assertTrue(
                byLine.get(6L).getString("text").startsWith("line 6: "),
                byLine.get(6L).toString());
        assertTrue(
                errors.stream().noneMatch(e -> e.getString("text").matches(".*column [a-z]+[A-Z].*")),
                "no API field names: " + errors);

        JsonObject clean = json(postCsv(
                "imports/shipments",
                key,
                csv.lines().limit(1).collect(Collectors.joining("\n")) + "\n" + "GOOD-1,A,B,ROAD,STANDARD," + times
                        + ",3\n"));
        assertEquals("FINISHED", clean.getString("outcome"));
    }

    @Test
    void notesAreSharedByTheClientAndThe3pl() {
        Fixtures.Org org = Fixtures.organisation("Notes Ltd");
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key integration = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Shipment s = Fixtures.shipment(org, "PO-NOTE-1", Instant.parse("2026-11-01T00:00:00Z"));

        HttpResponse<String> created =
                api("POST", "shipments/" + s.id() + "/notes", client.value(), "{\"text\":\"Dock 4 only\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(
                201,
                api(
                                "POST",
                                "shipments/" + s.id() + "/notes",
                                integration.value(),
                                "{\"text\":\"Noted, booked dock 4\"}")
                        .statusCode());
        HttpResponse<String> blank = api("POST", "shipments/" + s.id() + "/notes", client.value(), "{\"text\":\" \"}");
        assertEquals(400, blank.statusCode(), blank.body());

        List<JsonObject> notes = json(api("GET", "shipments/" + s.id(), client.value(), null))
                .getJsonArray("notes")
                .getValuesAs(JsonObject.class);
        assertEquals(
                List.of("CLIENT", "PROVIDER"),
                notes.stream().map(n -> n.getString("side")).toList());
        assertEquals("Dock 4 only", notes.get(0).getString("text"));
        assertEquals(
                List.of("CREDENTIAL", "CREDENTIAL"),
                notes.stream().map(n -> n.getString("authorKind")).toList(),
                "written by keys");
    }

    @Test
    void proofOfDeliveryIsRecordedWithADocumentCheckedByContent() {
        Fixtures.Org org = Fixtures.organisation("Pod Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Shipment s = Fixtures.shipment(org, "PO-POD-1", Instant.parse("2026-11-01T00:00:00Z"));
        String pdf = java.util.Base64.getEncoder().encodeToString("%PDF-1.4\n% signed delivery note\n".getBytes());
        String fake = java.util.Base64.getEncoder().encodeToString("<html>not a pdf</html>".getBytes());

        HttpResponse<String> refused = api(
                "PUT",
                "shipments/" + s.id() + "/proof-of-delivery",
                key.value(),
                "{\"signedBy\":\"J. Smith\",\"signedAt\":\"2026-11-10T10:00:00+01:00\",\"deliveredQuantity\":4,"
                        + "\"documentName\":\"pod.pdf\",\"documentBase64\":\"" + fake + "\"}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals(
                "document",
                json(refused).getJsonArray("errors").getJsonObject(0).getString("field"));

        HttpResponse<String> ok = api(
                "PUT",
                "shipments/" + s.id() + "/proof-of-delivery",
                key.value(),
                "{\"signedBy\":\"J. Smith\",\"signedAt\":\"2026-11-10T10:00:00+01:00\",\"deliveredQuantity\":4,"
                        + "\"documentName\":\"pod.pdf\",\"documentBase64\":\"" + pdf + "\"}");
        assertEquals(200, ok.statusCode(), ok.body());
        JsonObject detail = json(ok);
        assertEquals("J. Smith", detail.getJsonObject("proofOfDelivery").getString("signedBy"));
        assertFalse(detail.getBoolean("inFull"), "4 of 5 delivered");
        // the detail names the document without reading its bytes (a projection), after a read in a fresh request
        JsonObject again = json(api("GET", "shipments/" + s.id(), key.value(), null));
        assertEquals("pod.pdf", again.getJsonObject("proofOfDelivery").getString("documentName"));
        assertEquals("application/pdf", again.getJsonObject("proofOfDelivery").getString("documentType"));

        HttpResponse<byte[]> doc = Http.send(
                Http.client(),
                java.net.http.HttpRequest.newBuilder(
                                Http.testServer().resolve("api/v1/shipments/" + s.id() + "/proof-of-delivery/document"))
                        .header("Authorization", "Bearer " + key.value())
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, doc.statusCode());
        assertEquals("application/pdf", doc.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(doc.body()).startsWith("%PDF-"));
    }

    private static byte[] download(String path, Fixtures.Key key, String contentType) {
        HttpResponse<byte[]> r = Http.send(
                Http.client(),
                java.net.http.HttpRequest.newBuilder(Http.testServer().resolve("api/v1/" + path))
                        .header("Authorization", "Bearer " + key.value())
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(contentType, r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        return r.body();
    }

    /** The text of column A below the header, read from the workbook's sheet XML. */
    private static List<String> firstColumnOfSheet(byte[] xlsx) {
        try (java.util.zip.ZipInputStream zip =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    org.w3c.dom.Document sheet = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                            .newDocumentBuilder()
                            .parse(new java.io.ByteArrayInputStream(zip.readAllBytes()));
                    org.w3c.dom.NodeList cells = sheet.getElementsByTagName("c");
                    List<String> column = new ArrayList<>();
                    for (int i = 0; i < cells.getLength(); i++) {
                        org.w3c.dom.Element c = (org.w3c.dom.Element) cells.item(i);
                        if (c.getAttribute("r").matches("A\\d+")
                                && !c.getAttribute("r").equals("A1")) {
                            column.add(c.getTextContent());
                        }
                    }
                    return column;
                }
            }
            throw new AssertionError("no worksheet in the workbook");
        } catch (Exception e) {
            throw new AssertionError("not a readable workbook", e);
        }
    }

    /** The given references in the order the PDF's text shows them. */
    private static List<String> referencesInPdf(byte[] pdf, List<String> references) {
        try {
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
                    new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p)).append('\n');
            }
            java.util.regex.Pattern reference = java.util.regex.Pattern.compile("\\bPG-\\d+\\b");
            List<String> found = new ArrayList<>();
            text.toString()
                    .lines()
                    .forEach(
                            line -> { // a table row is a line; its first cell is the reference
                                java.util.regex.Matcher m = reference.matcher(line);
                                if (m.find()) {
                                    found.add(m.group());
                                }
                            });
            return found.stream().filter(references::contains).toList();
        } catch (java.io.IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
    }
}
