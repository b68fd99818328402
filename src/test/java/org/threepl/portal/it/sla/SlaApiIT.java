package org.threepl.portal.it.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.sla.Kpi;
import org.threepl.portal.domain.model.sla.KpiValue;
import org.threepl.portal.domain.model.sla.ShipmentOutcome;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;
import org.threepl.portal.it.support.ShipmentFeed;

/**
 * SLA terms and KPIs over the API, on random shipments fed through the ingestion API: the figures from the daily
 * roll-ups equal a direct judgement of the same raw facts, and the drill-down lists exactly the late shipments.
 */
@ExtendWith(ArquillianExtension.class)
class SlaApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    /** Last month (UTC): a closed period, whatever day the test runs. */
    private static final LocalDate MONTH =
            LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(1);

    private record Sent(String reference, ShipmentOutcome outcome) {}

    @Test
    void kpisFromTheRollUpsEqualADirectJudgementOfTheRawFactsAndTheDrillDownListsTheLateShipments() {
        Fixtures.Org org = Fixtures.organisation("Sla Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);

        JsonObject otd =
                json(created(api("POST", "sla/contracts/" + contract.id() + "/terms", tpl.value(), """
                {"kpi":"ON_TIME_DELIVERY","target":95,"period":"MONTH","toleranceMinutes":30,"bonusThreshold":98,
                 "bonusPercent":2,"penaltyThreshold":95,"penaltyPercent":5,"effectiveFrom":"%s"}
                 """.formatted(
                                MONTH.minusMonths(6)))));
        created(api(
                "POST", "sla/contracts/" + contract.id() + "/terms", tpl.value(), """
                {"kpi":"IN_FULL","target":98,"period":"MONTH","effectiveFrom":"%s"}
                """.formatted(MONTH.minusMonths(6))));
        created(api(
                "POST", "sla/contracts/" + contract.id() + "/terms", tpl.value(), """
                {"kpi":"OTIF","target":90,"period":"MONTH","toleranceMinutes":30,"effectiveFrom":"%s"}
                """.formatted(MONTH.minusMonths(6))));

        List<Sent> sent = feedRandomShipments(org, client, 40, new Random(42));
        JsonObject recomputed = json(api(
                "POST",
                "sla/recompute?organisation=" + org.id() + "&from=" + MONTH.minusDays(3) + "&to="
                        + MONTH.plusMonths(1).plusDays(3),
                tpl.value(),
                ""));
        assertTrue(recomputed.getJsonNumber("shipmentsRead").longValue() >= sent.size(), recomputed.toString());

        JsonObject kpis = json(api("GET", "sla/kpis", client.value(), null)); // a client key: its own organisation
        Instant now = Instant.now();
        assertPeriod(kpis, "ON_TIME_DELIVERY", direct(Kpi.ON_TIME_DELIVERY, sent, o -> o.onTimeDelivery(30, now)));
        assertPeriod(kpis, "IN_FULL", direct(Kpi.IN_FULL, sent, ShipmentOutcome::inFull));
        assertPeriod(kpis, "OTIF", direct(Kpi.OTIF, sent, o -> o.otif(30, now)));
        assertNotNull(kpis.get("figuresAsOf"));

        // the drill-down names exactly the shipments that were late
        Set<String> late = new HashSet<>();
        sent.stream()
                .filter(s -> s.outcome().onTimeDelivery(30, now).equals(Optional.of(false)))
                .forEach(s -> late.add(s.reference()));
        HttpResponse<String> behind = api(
                "GET",
                "sla/terms/" + otd.getJsonNumber("id").longValue() + "/shipments?period=" + MONTH,
                client.value(),
                null);
        assertEquals(200, behind.statusCode(), behind.body());
        Set<String> listed = new HashSet<>();
        Json.createReader(new java.io.StringReader(behind.body()))
                .readObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .forEach(o -> listed.add(o.getString("reference")));
        assertEquals(late, listed);
        assertTrue(!late.isEmpty(), "the random data has late deliveries");

        // a late event for last month (the period has closed): the next scheduled run picks it up and the closed period
        // changes
        Sent pending = sent.stream()
                .filter(x -> x.outcome().deliveredAt() == null && x.outcome().attemptedAt() == null)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the random data has an undelivered shipment"));
        JsonObject before = period(kpis, "ON_TIME_DELIVERY");
        new ShipmentFeed()
                .event(
                        pending.reference(),
                        pending.reference() + "-late-d1",
                        "D1",
                        pending.outcome().deliveryDue().minusSeconds(600))
                .send(client);
        JsonObject run =
                Http.postUntilRan("sla/rollups/run", tpl.value()); // the test server's scheduler may hold the lease
        JsonObject after = period(json(api("GET", "sla/kpis", client.value(), null)), "ON_TIME_DELIVERY");
        assertEquals(
                before.getJsonNumber("numerator").intValue() + 1,
                after.getJsonNumber("numerator").intValue(),
                "delivered before its window ended, reported after the period closed: now on time. " + run);
        assertEquals(
                before.getJsonNumber("denominator").intValue(),
                after.getJsonNumber("denominator").intValue());
        assertEquals(403, api("POST", "sla/rollups/run", client.value(), "").statusCode());

        // the period report of last month holds each KPI with its counts
        HttpResponse<String> report = api("GET", "sla/report.csv?day=" + MONTH, client.value(), null);
        assertEquals(200, report.statusCode(), report.body());
        List<String> lines = report.body().lines().toList();
        assertEquals(4, lines.size(), report.body());
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("ON_TIME_DELIVERY,all shipments," + MONTH)), report.body());

        // every version is listed to the client
        HttpResponse<String> terms = api("GET", "sla/terms", client.value(), null);
        assertEquals(200, terms.statusCode());
        assertEquals(
                3,
                Json.createReader(new java.io.StringReader(terms.body()))
                        .readObject()
                        .getJsonArray("items")
                        .size());
    }

    @Test
    void aShipmentWhoseWindowEndsWithoutNewsIsJudgedLateAtTheNextRun() {
        Fixtures.Org org = Fixtures.organisation("Sla Silent Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        created(api(
                "POST", "sla/contracts/" + contract.id() + "/terms", tpl.value(), """
                {"kpi":"ON_TIME_DELIVERY","target":95,"period":"MONTH","toleranceMinutes":30,"effectiveFrom":"%s"}
                """.formatted(MONTH.minusMonths(6))));
        new ShipmentFeed()
                .shipment("SILENT-1", Instant.now().plus(Duration.ofDays(20)), 5)
                .send(client);
        Http.postUntilRan("sla/rollups/run", tpl.value());

        // its delivery window has ended since (moved back in the database, as time would move it), with no event and no
        // change to the shipment since the run: only the search for windows ending in recent days finds it
        Instant due = Instant.now().minus(Duration.ofHours(2));
        assertEquals(
                1,
                Fixtures.update(
                        "update shipment set delivery_to = ?, delivery_from = ?, pickup_to = ?, pickup_from = ?,"
                                + " updated_at = ? where organisation_id = ?",
                        java.sql.Timestamp.from(due),
                        java.sql.Timestamp.from(due.minus(Duration.ofHours(4))),
                        java.sql.Timestamp.from(due.minus(Duration.ofHours(52))),
                        java.sql.Timestamp.from(due.minus(Duration.ofHours(54))),
                        java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(1))),
                        org.id()));
        JsonObject run = Http.postUntilRan("sla/rollups/run", tpl.value());

        LocalDate month = due.atOffset(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
        JsonObject period = period(json(api("GET", "sla/kpis", client.value(), null)), "ON_TIME_DELIVERY", month);
        assertEquals(1, period.getJsonNumber("denominator").intValue(), "judged: " + period + " " + run);
        assertEquals(0, period.getJsonNumber("numerator").intValue(), "late: " + period);
    }

    @Test
    void termsAreRecordedByThe3plOnlyAndBadTermsAreRefusedFieldByField() {
        Fixtures.Org org = Fixtures.organisation("Terms Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        String good = "{\"kpi\":\"OTIF\",\"target\":95,\"period\":\"WEEK\",\"effectiveFrom\":\"2026-01-01\"}";
        assertEquals(
                403,
                api("POST", "sla/contracts/" + contract.id() + "/terms", client.value(), good)
                        .statusCode());
        HttpResponse<String> unknown = api(
                "POST", "sla/contracts/" + contract.id() + "/terms", tpl.value(), good.replace("OTIF", "HAPPINESS"));
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("kpi") && unknown.body().contains("ON_TIME_DELIVERY"), unknown.body());
        HttpResponse<String> tolerance = api(
                "POST",
                "sla/contracts/" + contract.id() + "/terms",
                tpl.value(),
                good.replace("\"period\"", "\"toleranceMinutes\":20,\"period\""));
        assertEquals(422, tolerance.statusCode(), tolerance.body());
        HttpResponse<String> bands = api(
                "POST",
                "sla/contracts/" + contract.id() + "/terms",
                tpl.value(),
                good.replace("\"period\"", "\"bonusThreshold\":90,\"period\""));
        assertEquals(422, bands.statusCode(), bands.body());
        assertEquals(
                400,
                api("POST", "sla/contracts/" + contract.id() + "/terms", tpl.value(), "{\"kpi\":")
                        .statusCode());
        assertEquals(
                422,
                api("GET", "sla/terms/1/shipments?period=yesterday", tpl.value(), null)
                        .statusCode());
        assertEquals(
                422,
                api(
                                "POST",
                                "sla/recompute?organisation=" + org.id() + "&from=2026-02-01&to=2026-01-01",
                                tpl.value(),
                                "")
                        .statusCode());
    }

    /** Sends shipments due last month and their events and proof of delivery; returns what the KPIs must see. */
    private static List<Sent> feedRandomShipments(Fixtures.Org org, Fixtures.Key key, int count, Random r) {
        List<Sent> sent = new ArrayList<>();
        ShipmentFeed feed = new ShipmentFeed();
        List<String[]> pods = new ArrayList<>();
        Instant monthStart = MONTH.atStartOfDay(ZoneOffset.UTC).toInstant();
        for (int i = 0; i < count; i++) {
            String ref = "SLA-" + org.code() + "-" + i;
            Instant deliveryTo =
                    monthStart.plus(Duration.ofHours(6 + r.nextInt(24 * 22))); // late ones stay in the past
            Instant pickupTo = deliveryTo.minus(Duration.ofHours(4)).minus(Duration.ofDays(2));
            int ordered = 5 + r.nextInt(10);
            feed.shipment(ref, deliveryTo, ordered);
            Instant pickedUp = pickupTo.plus(Duration.ofMinutes(r.nextInt(120) - 60));
            feed.event(ref, ref + "-af", "AF", pickedUp);
            Instant delivered = null;
            Instant attempted = null;
            Integer pod = null;
            int kind = r.nextInt(10);
            if (kind < 7) { // delivered: on time, a little late, or days late
                int minutes = r.nextBoolean()
                        ? -r.nextInt(180)
                        : r.nextInt(3) == 0 ? 60 * 24 * (1 + r.nextInt(3)) : r.nextInt(45);
                delivered = deliveryTo.plus(Duration.ofMinutes(minutes));
                feed.event(ref, ref + "-d1", "D1", delivered);
                if (r.nextInt(4) > 0) {
                    pod = r.nextInt(5) == 0 ? ordered - 1 : ordered;
                    pods.add(new String[] {ref, pod.toString(), delivered.toString()});
                }
            } else if (kind < 8) { // attempted in time, never delivered
                attempted = deliveryTo.minus(Duration.ofMinutes(20));
                feed.event(ref, ref + "-ah", "AH", attempted);
            } // else: still not delivered, long overdue
            sent.add(new Sent(
                    ref,
                    new ShipmentOutcome(
                            pickupTo, deliveryTo, pickedUp, delivered, attempted, false, false, ordered, pod)));
        }
        feed.send(key);
        for (String[] pod : pods) {
            long id = ((Number) Fixtures.single(
                                    "select id from shipment where organisation_id = ? and client_reference = ?",
                                    org.id(),
                                    pod[0])
                            .get("id"))
                    .longValue();
            HttpResponse<String> p = api(
                    "PUT",
                    "shipments/" + id + "/proof-of-delivery",
                    key.value(),
                    "{\"signedBy\":\"Receiver\",\"signedAt\":\"" + pod[2] + "\",\"deliveredQuantity\":" + pod[1] + "}");
            assertEquals(200, p.statusCode(), p.body());
        }
        return sent;
    }

    private static HttpResponse<String> created(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return r;
    }

    private static KpiValue direct(Kpi kpi, List<Sent> sent, Function<ShipmentOutcome, Optional<Boolean>> judge) {
        long yes = 0;
        long judged = 0;
        for (Sent s : sent) {
            Optional<Boolean> j = judge.apply(s.outcome());
            if (j.isPresent()) {
                judged++;
                yes += j.get() ? 1 : 0;
            }
        }
        return KpiValue.of(kpi, yes, judged);
    }

    /** Last month's period of the KPI in the dashboard. */
    private static JsonObject period(JsonObject kpis, String kpi) {
        return period(kpis, kpi, MONTH);
    }

    /** The period starting on {@code start} of the KPI in the dashboard. */
    private static JsonObject period(JsonObject kpis, String kpi, LocalDate start) {
        JsonObject trend = kpis.getJsonArray("kpis").getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getJsonObject("term").getString("kpi").equals(kpi))
                .findFirst()
                .orElseThrow(() -> new AssertionError(kpis.toString()));
        return trend.getJsonArray("periods").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("periodStart").equals(start.toString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no period " + start + " in " + trend));
    }

    /** Last month's period of the KPI in the dashboard has the expected numerator and denominator. */
    private static void assertPeriod(JsonObject kpis, String kpi, KpiValue expected) {
        JsonObject period = period(kpis, kpi);
        assertEquals(
                expected.numerator(),
                period.getJsonNumber("numerator").bigDecimalValue().setScale(0),
                kpi + " numerator: " + period);
        assertEquals(
                expected.denominator(),
                period.getJsonNumber("denominator").bigDecimalValue().setScale(0),
                kpi + " denominator: " + period);
        assertTrue(period.getBoolean("closed"));
        String status = period.getString("status");
        assertTrue(status.equals("MET") || status.equals("BREACHED"), status);
    }
}
