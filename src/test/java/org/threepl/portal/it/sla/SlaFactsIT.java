package org.threepl.portal.it.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;
import org.threepl.portal.it.support.ShipmentFeed;

/**
 * SLA facts nobody can rewrite unseen: every change of a shipment's plan and proof of delivery is kept with who made it
 * (a plan changed after pick-up is an amendment both sides see), every event with the credential that reported it, a
 * contract can count the 3PL's reports alone, and a figure's shipments show their sources.
 */
@ExtendWith(ArquillianExtension.class)
class SlaFactsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static String event3pl(String orgCode, String reference, String id, String code, Instant at) {
        return "{\"organisation\":\"" + orgCode + "\",\"shipmentReference\":\"" + reference + "\",\"eventId\":\"" + id
                + "\",\"sourceSystem\":\"CARRIER\",\"statusCode\":\"" + code + "\",\"occurredAt\":\"" + at + "\"}";
    }

    private static JsonObject detail(long id, String key) {
        HttpResponse<String> r = api("GET", "shipments/" + id, key, null);
        assertEquals(200, r.statusCode(), r.body());
        return json(r);
    }

    private static long shipmentId(Fixtures.Org org, String reference) {
        return ((Number) Fixtures.single(
                                "select id from shipment where organisation_id = ? and client_reference = ?",
                                org.id(),
                                reference)
                        .get("id"))
                .longValue();
    }

    @Test
    void aPlanRewrittenAfterPickUpIsKeptAsAnAmendmentWithWhoDidIt() {
        Fixtures.Org org = Fixtures.organisation("Rewrite Ltd");
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        Instant due = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        new ShipmentFeed().shipment("RW-1", due, 10).send(client);
        long id = shipmentId(org, "RW-1");
        assertTrue(detail(id, client.value()).getJsonArray("changes").isEmpty(), "a new shipment has no changes");

        // the 3PL's carrier reports the pick-up
        HttpResponse<String> picked = api(
                "POST",
                "events",
                tpl.value(),
                "{\"events\":["
                        + event3pl(org.code(), "RW-1", "p1", "AF", Instant.now().minus(1, ChronoUnit.HOURS)) + "]}");
        assertEquals(200, picked.statusCode(), picked.body());

        // the client moves the delivery window two days later and raises the quantity: allowed, but never unseen
        new ShipmentFeed().shipment("RW-1", due.plus(2, ChronoUnit.DAYS), 12).send(client);
        JsonObject d = detail(id, tpl.value());
        assertTrue(d.getBoolean("amendedAfterPickup"), d.toString());
        JsonArray changes = d.getJsonArray("changes");
        List<String> fields = changes.stream()
                .map(c -> c.asJsonObject().getString("field"))
                .sorted()
                .toList();
        assertTrue(
                fields.containsAll(List.of("DELIVERY_WINDOW", "ORDERED_QUANTITY", "PICKUP_WINDOW")), fields.toString());
        JsonObject quantity = changes.stream()
                .map(c -> c.asJsonObject())
                .filter(c -> c.getString("field").equals("ORDERED_QUANTITY"))
                .findFirst()
                .orElseThrow();
        assertEquals("10", quantity.getString("oldValue"));
        assertEquals("12", quantity.getString("newValue"));
        assertEquals("CREDENTIAL", quantity.getString("actorKind"));
        assertEquals("Fixture key " + client.id(), quantity.getString("actor"));
        assertEquals("CLIENT", quantity.getString("side"));
        assertTrue(quantity.getBoolean("afterPickup"));

        // the client's own view shows the same history: an amendment the other side can see is one both see
        assertTrue(detail(id, client.value()).getBoolean("amendedAfterPickup"));
        JsonObject pickup = d.getJsonArray("events").getJsonObject(0);
        assertEquals("CREDENTIAL", pickup.getString("reportedByKind"));
        assertEquals("Fixture key " + tpl.id(), pickup.getString("reportedBy"));
        assertEquals("PROVIDER", pickup.getString("reportedSide"));
    }

    @Test
    void aProofOfDeliveryChangedLaterIsKeptWithItsRecorder() {
        Fixtures.Org org = Fixtures.organisation("Pod Ltd");
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        new ShipmentFeed()
                .shipment("POD-1", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS), 10)
                .send(client);
        long id = shipmentId(org, "POD-1");
        String body = "{\"signedBy\":\"J. Doe\",\"signedAt\":\"2026-11-10T10:00:00+01:00\",\"deliveredQuantity\":%d}";
        assertEquals(
                200,
                api("PUT", "shipments/" + id + "/proof-of-delivery", client.value(), body.formatted(9))
                        .statusCode());
        assertEquals(
                200,
                api("PUT", "shipments/" + id + "/proof-of-delivery", client.value(), body.formatted(10))
                        .statusCode());
        JsonObject d = detail(id, client.value());
        assertEquals("CREDENTIAL", d.getJsonObject("proofOfDelivery").getString("recordedByKind"));
        List<String> quantities = d.getJsonArray("changes").stream()
                .map(c -> c.asJsonObject())
                .filter(c -> c.getString("field").equals("POD_DELIVERED_QUANTITY"))
                .map(c -> c.getString("oldValue", "-") + ">" + c.getString("newValue"))
                .collect(Collectors.toList()); // a null is left out
        assertEquals(List.of("->9", "9>10"), quantities, "the first record and the rewrite, both kept");
    }

    @Test
    void aContractCountingThe3plsReportsAloneRefusesTheClientsEventsAndProofOfDelivery() {
        Fixtures.Org org = Fixtures.organisation("Attested Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        new ShipmentFeed()
                .shipment("AT-1", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS), 5)
                .send(client);
        long id = shipmentId(org, "AT-1");

        HttpResponse<String> byClient = api(
                "PUT",
                "contracts/" + contract.id() + "/sla-evidence",
                client.value(),
                "{\"slaEvidence\":\"PROVIDER_REPORTS\"}",
                "If-Match",
                "\"0\"");
        assertEquals(
                403,
                byClient.statusCode(),
                "the client does not decide what counts against the 3PL: " + byClient.body());
        assertEquals(
                428,
                api(
                                "PUT",
                                "contracts/" + contract.id() + "/sla-evidence",
                                tpl.value(),
                                "{\"slaEvidence\":\"PROVIDER_REPORTS\"}")
                        .statusCode());
        HttpResponse<String> set = api(
                "PUT",
                "contracts/" + contract.id() + "/sla-evidence",
                tpl.value(),
                "{\"slaEvidence\":\"PROVIDER_REPORTS\"}",
                "If-Match",
                "\"0\"");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals("PROVIDER_REPORTS", json(set).getString("slaEvidence"));

        HttpResponse<String> event = api(
                "POST",
                "events",
                client.value(),
                "{\"events\":[{\"shipmentReference\":\"AT-1\",\"eventId\":\"c1\","
                        + "\"sourceSystem\":\"TMS\",\"statusCode\":\"D1\",\"occurredAt\":\""
                        + Instant.now().minus(Duration.ofMinutes(5)) + "\"}]}");
        assertEquals(200, event.statusCode());
        JsonObject item = json(event).getJsonArray("items").getJsonObject(0);
        assertEquals("rejected", item.getString("result"), event.body());
        assertEquals("reporter", item.getJsonArray("errors").getJsonObject(0).getString("field"));

        HttpResponse<String> pod = api(
                "PUT",
                "shipments/" + id + "/proof-of-delivery",
                client.value(),
                "{\"signedBy\":\"J. Doe\",\"signedAt\":\"2026-11-10T10:00:00+01:00\",\"deliveredQuantity\":5}");
        assertEquals(422, pod.statusCode(), pod.body());
        assertEquals(
                "reporter", json(pod).getJsonArray("errors").getJsonObject(0).getString("field"));

        HttpResponse<String> carrier = api(
                "POST",
                "events",
                tpl.value(),
                "{\"events\":["
                        + event3pl(org.code(), "AT-1", "t1", "D1", Instant.now().minus(Duration.ofMinutes(5))) + "]}");
        assertFalse(carrier.body().contains("\"result\":\"rejected\""), "the 3PL's report counts: " + carrier.body());
        assertEquals(
                "DELIVERED",
                detail(id, client.value()).getJsonObject("shipment").getString("status"));
        assertTrue(Fixtures.query("select 1 from tracking_event where shipment_id = ? and reported_side = 'CLIENT'", id)
                .isEmpty());
    }

    @Test
    void theShipmentsBehindAFigureShowWhoReportedTheirFacts() {
        Fixtures.Org org = Fixtures.organisation("Evidence Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        long term = Fixtures.slaTerm(org, contract);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        Instant due = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        new ShipmentFeed().shipment("EV-1", due, 3).send(client);
        HttpResponse<String> late = api(
                "POST",
                "events",
                tpl.value(),
                "{\"events\":[" + event3pl(org.code(), "EV-1", "d1", "D1", due.plus(Duration.ofHours(30))) + "]}");
        assertFalse(late.body().contains("\"result\":\"rejected\""), late.body());
        Http.postUntilRan("sla/rollups/run", tpl.value());

        String month = due.atZone(java.time.ZoneOffset.UTC)
                .toLocalDate()
                .withDayOfMonth(1)
                .toString();
        HttpResponse<String> behind =
                api("GET", "sla/terms/" + term + "/shipments?period=" + month, client.value(), null);
        assertEquals(200, behind.statusCode(), behind.body());
        JsonObject shipment =
                Json.createReader(new java.io.StringReader(behind.body())).readObject().getJsonArray("items").stream()
                        .map(v -> v.asJsonObject())
                        .filter(s -> s.getString("reference").equals("EV-1"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(behind.body()));
        JsonArray sources = shipment.getJsonArray("sources");
        assertEquals(1, sources.size(), sources.toString());
        assertEquals("Fixture key " + tpl.id(), sources.getJsonObject(0).getString("name"));
        assertEquals("PROVIDER", sources.getJsonObject(0).getString("side"));
        assertFalse(shipment.getBoolean("amendedAfterPickup"));
    }
}
