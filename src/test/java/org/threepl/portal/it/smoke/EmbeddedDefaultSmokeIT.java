package org.threepl.portal.it.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.infrastructure.startup.DemoData;
import org.threepl.portal.it.support.Http;

/**
 * The zero-set-up default that `mvn liberty:run` gives a new user: the server `mvn verify` started from
 * liberty/server.xml, on its embedded H2 database with the demo data, over plain HTTP.
 */
class EmbeddedDefaultSmokeIT {

    private static final URI BASE =
            URI.create("http://localhost:" + System.getProperty("smoke.http.port", "9080") + "/portal/");

    @Test
    void theSignInPageIsServed() {
        HttpResponse<String> r = new Http.WebSession(BASE).get("login.xhtml");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("3PL Client Portal"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors"));
    }

    @Test
    void aDemoLoginReachesItsHomePage() {
        Http.WebSession web = new Http.WebSession(BASE);
        HttpResponse<String> r = web.login("acme.admin", DemoData.PASSWORD);
        assertEquals(302, r.statusCode(), r.body());
        HttpResponse<String> home = web.get("index.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Acme Retail Ltd"), home.body());
    }

    @Test
    void aDemoApiKeyWorks() {
        HttpResponse<String> r = Http.send(
                Http.client(),
                HttpRequest.newBuilder(BASE.resolve("api/v1/me"))
                        .header("Authorization", "Bearer " + DemoData.ACME_KEY)
                        .build());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"code\":\"ACME\""), r.body());
    }

    @Test
    void onH2ACsvImportGoesThroughTheRegularBatchesWithTheSameRules() {
        String ref = "SMOKE-" + System.nanoTime();
        String times = ",2026-11-03T08:00:00Z,2026-11-03T09:00:00Z,2026-12-01T08:00:00Z,2026-12-01T09:00:00Z,";
        String csv = "reference,origin,destination,transport_mode,service_level,pickup_from,pickup_to,delivery_fr"
                + "om,delivery_to,ordered_quantity\n"
                + ref + ",Shanghai,Hamburg,SEA,STANDARD" + times + "5\n"
                + ref + "-B,Shanghai,Hamburg,TELEPORT,STANDARD" + times + "5\n"
                + ref + ",Shanghai,Rotterdam,SEA,STANDARD" + times
                + "6\n"; // the same reference again: the later line wins
        HttpResponse<String> r = Http.send(
                Http.client(),
                HttpRequest.newBuilder(BASE.resolve("api/v1/imports/shipments"))
                        .header("Authorization", "Bearer " + DemoData.ACME_KEY)
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(csv))
                        .build());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"method\":\"batches\""), r.body());
        assertTrue(
                r.body().contains("\"created\":1")
                        && r.body().contains("\"updated\":1")
                        && r.body().contains("\"rejected\":1"),
                r.body());
        assertTrue(r.body().contains("\"line\":3") && r.body().contains("transportMode"), r.body());
    }

    /**
     * On H2 events go through the portable (JPA) event store: stored once, the status derived, an unknown shipment
     * refused.
     */
    @Test
    void onH2EventsGoThroughThePortableStoreWithTheSameRules() {
        String ref = "SMOKE-EV-" + System.nanoTime();
        String shipment = "{\"shipments\":[{\"organisation\":\"ACME\",\"reference\":\"" + ref
                + "\",\"origin\":\"Ningbo\",\"destination\":\"Hamburg\","
                + "\"transportMode\":\"ROAD\",\"serviceLevel\":\"STANDARD\",\"pickupFrom\":\"2026-11-03T08:00:00Z\","
                + "\"pickupTo\":\"2026-11-03T09:00:00Z\",\"deliveryFrom\":\"2026-11-05T08:00:00Z\",\"deliver"
                + "yTo\":\"2026-11-05T12:00:00Z\","
                + "\"orderedQuantity\":3}]}";
        jakarta.json.JsonObject created = post("shipments", shipment);
        long id = created.getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String event = "{\"organisation\":\"ACME\",\"shipmentReference\":\"%s\",\"eventId\":\"%s\",\"sourceSystem\""
                + ":\"TMS\",\"statusCode\":\"%s\"," + "\"occurredAt\":\"%s\"}";
        String events = "{\"events\":["
                + String.join(
                        ",",
                        event.formatted(ref, ref + "-1", "X3", "2026-11-03T08:10:00Z"),
                        event.formatted(ref, ref + "-2", "AF", "2026-11-03T08:40:00Z"),
                        event.formatted(ref + "-NOPE", ref + "-3", "X3", "2026-11-03T08:10:00Z"),
                        event.formatted(ref, ref + "-1", "X3", "2026-11-03T08:10:00Z"))
                + "]}";
        jakarta.json.JsonObject answer = post("events", events);
        assertEquals(3, answer.getInt("accepted"), answer.toString());
        assertEquals(
                "shipmentReference",
                answer.getJsonArray("items")
                        .getJsonObject(2)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"),
                answer.toString());
        assertEquals(
                "IN_TRANSIT",
                json("shipments/" + id, DemoData.INTEGRATION_KEY)
                        .getJsonObject("shipment")
                        .getString("status"));
        assertEquals(answer, post("events", events), "a re-sent batch changes nothing and answers the same");
    }

    private static jakarta.json.JsonObject post(String path, String body) {
        HttpResponse<String> r = Http.send(
                Http.client(),
                HttpRequest.newBuilder(BASE.resolve("api/v1/" + path))
                        .header("Authorization", "Bearer " + DemoData.INTEGRATION_KEY)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
        assertEquals(200, r.statusCode(), r.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(r.body()))
                .readObject();
    }

    @Test
    void healthAndOpenApiAreServed() {
        HttpResponse<String> health = Http.send(
                Http.client(), HttpRequest.newBuilder(BASE.resolve("/health")).build());
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"database\""), health.body());
        assertTrue(
                health.body().contains("Hibernate ORM 7."),
                "Hibernate, not EclipseLink, serves the persistence unit: " + health.body());
        HttpResponse<String> openapi = Http.send(
                Http.client(), HttpRequest.newBuilder(BASE.resolve("/openapi")).build());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/organisations/{id}"), "the API is documented");
    }

    // --- billing (disputes): the demo invoices ---

    private static jakarta.json.JsonObject json(String path, String key) {
        HttpResponse<String> r = Http.send(
                Http.client(),
                HttpRequest.newBuilder(BASE.resolve("api/v1/" + path))
                        .header("Authorization", "Bearer " + key)
                        .build());
        assertEquals(200, r.statusCode(), r.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(r.body()))
                .readObject();
    }

    @Test
    void theDemoClientsHaveMonthlyInvoicesFromTheirShipmentsAtMarginsOfTheirOwn() {
        jakarta.json.JsonObject acme = json("invoices?limit=200", DemoData.ACME_KEY);
        var mine = acme.getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class);
        assertTrue(mine.size() >= 11 && mine.size() <= 13, "a year of monthly invoices: " + mine.size());
        assertTrue(
                mine.stream()
                        .allMatch(i -> i.getString("currency").equals("GBP")
                                && !i.containsKey("cost")
                                && !i.containsKey("margin")),
                "in the contract's currency, without the 3PL's cost");
        jakarta.json.JsonObject first = json("invoices/" + mine.get(0).getJsonNumber("id"), DemoData.ACME_KEY);
        var lines = first.getJsonArray("lines").getValuesAs(jakarta.json.JsonObject.class);
        java.math.BigDecimal sum = lines.stream()
                .map(l -> l.getJsonNumber("amount").bigDecimalValue())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertEquals(
                0, sum.compareTo(first.getJsonNumber("total").bigDecimalValue()), "the total is the sum of the lines");
        assertTrue(lines.stream()
                .anyMatch(l -> l.getString("chargeType").equals("FREIGHT")
                        && l.getString("shipmentReference").startsWith("ACME-PO-")));
        assertTrue(lines.stream().anyMatch(l -> l.getString("chargeType").equals("FUEL_SURCHARGE")));

        // the 3PL sees the margins: Huaxia's is the highest, Nordwind's the lowest
        java.util.Map<String, java.math.BigDecimal[]> byClient = new java.util.HashMap<>();
        for (var i : json("invoices?limit=200", DemoData.INTEGRATION_KEY)
                .getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class)) {
            var sums = byClient.computeIfAbsent(i.getString("organisationCode"), k ->
                    new java.math.BigDecimal[] {java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO});
            sums[0] = sums[0].add(i.getJsonNumber("total").bigDecimalValue());
            sums[1] = sums[1].add(i.getJsonNumber("margin").bigDecimalValue());
        }
        java.util.function.Function<String, Double> share =
                c -> byClient.get(c)[1].doubleValue() / byClient.get(c)[0].doubleValue();
        assertTrue(
                share.apply("HUAXIA") > share.apply("ACME") && share.apply("ACME") > share.apply("NORDWIND"),
                byClient.keySet().toString());
    }

    // --- disputes: the demo's disputes, each at another step of the procedure ---

    @Test
    void theDemoAccountManagersQueueShowsItsClientsDisputesOpenFirstWithTheOverdueOneMarked() {
        Http.WebSession web = new Http.WebSession(BASE);
        assertEquals(302, web.login("am.lee", DemoData.PASSWORD).statusCode());
        HttpResponse<String> queue = web.get("disputes.xhtml");
        assertEquals(200, queue.statusCode());
        String page = queue.body();
        assertTrue(page.contains("overdue-row"), "Huaxia's dispute waits for its acknowledgement past the deadline");
        assertTrue(page.contains("Acme Retail") || page.contains("ACME"), "am.lee's clients' disputes");
        assertTrue(!page.contains("Nordwind") && !page.contains("NORDWIND"), "not another manager's client's");

        var mine = jakarta.json.Json.createReader(new java.io.StringReader(Http.send(
                                Http.client(),
                                HttpRequest.newBuilder(BASE.resolve("api/v1/disputes"))
                                        .header("Authorization", "Bearer " + DemoData.ACME_KEY)
                                        .build())
                        .body()))
                .readObject()
                .getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class);
        assertEquals(
                List.of("NEGOTIATION", "ACKNOWLEDGED", "WITHDRAWN", "CLOSED"),
                mine.stream().map(d -> d.getString("state")).toList(),
                "Acme's four, open ones by deadline first");
        assertTrue(
                mine.stream().anyMatch(d -> d.getString("creditNoteNumber", "").startsWith("CN-")),
                "the settled one's credit note");
        HttpResponse<String> one = web.get("dispute.xhtml?id=" + mine.get(0).getJsonNumber("id"));
        assertEquals(200, one.statusCode());
        assertTrue(
                one.body().contains("id=\"client\">Acme Retail Ltd"), "the account manager sees whose dispute it is");

        // one client's disputes (the filter, or a link with ?org=): Huaxia's only
        long huaxia = jakarta.json.Json.createReader(new java.io.StringReader(Http.send(
                                Http.client(),
                                HttpRequest.newBuilder(BASE.resolve("api/v1/disputes"))
                                        .header("Authorization", "Bearer " + DemoData.HUAXIA_KEY)
                                        .build())
                        .body()))
                .readObject()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("organisationId")
                .longValue();
        String filtered = web.get("disputes.xhtml?org=" + huaxia).body();
        assertTrue(filtered.contains("overdue-row"), "Huaxia's overdue dispute");
        mine.forEach(d ->
                assertFalse(filtered.contains(d.getString("claimNumber")), "not Acme's " + d.getString("claimNumber")));
    }
}
