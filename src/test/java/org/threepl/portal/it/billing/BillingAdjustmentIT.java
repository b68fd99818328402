package org.threepl.portal.it.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;
import org.threepl.portal.it.support.ShipmentFeed;

/**
 * Credits that reach the invoice (issue 16, item 2): a closed SLA period with a credit, a dispute settled with a credit
 * note and a tier's price incentive on a recorded invoice each become one billing adjustment with its lines, linked to
 * its cause, told to the webhook subscribers in the same transaction, read by the billing system through the API and by
 * the client with its invoices; never twice for the same cause, also when the database is asked directly.
 */
@ExtendWith(ArquillianExtension.class)
class BillingAdjustmentIT {

    /** Last month (UTC): a closed period, whatever day the test runs. */
    private static final LocalDate MONTH =
            LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(1);

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static List<JsonObject> adjustments(Fixtures.Org org, String key) {
        HttpResponse<String> r = api("GET", "adjustments?organisation=" + org.id(), key, null);
        assertEquals(200, r.statusCode(), r.body());
        return json(r).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static BigDecimal number(JsonObject o, String name) {
        return o.getJsonNumber(name).bigDecimalValue();
    }

    /** The organisation's subscription receives every adjustment issued. */
    private static void subscribed(Fixtures.Org org) {
        Fixtures.Webhook hook = Fixtures.webhook(org);
        Fixtures.update(
                "update webhook_subscription set event_types = 'BILLING_ADJUSTMENT_ISSUED' where id = ?",
                hook.subscription());
    }

    private static long told(Fixtures.Org org) {
        return ((Number) Fixtures.single(
                                "select count(*) as n from webhook_event e join webhook_delivery d on d.event_id = e.id"
                                        + " where e.organisation_id = ? and e.event_type = 'BILLING_ADJUSTMENT_ISSUED'",
                                org.id())
                        .get("n"))
                .longValue();
    }

    @Test
    void aClosedPeriodWithACreditIsIssuedOnceReadByTheBillingSystemAndSeenByTheClient() {
        Fixtures.Org org = Fixtures.organisation("Credited Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key billing = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        subscribed(org);
        HttpResponse<String> term =
                api("POST", "sla/contracts/" + contract.id() + "/terms", billing.value(), """
                {"kpi":"ON_TIME_DELIVERY","target":95,"period":"MONTH","toleranceMinutes":30,"penaltyThreshold":95,
                 "penaltyPercent":5,"effectiveFrom":"%s"}""".formatted(
                                MONTH.minusMonths(6)));
        assertEquals(201, term.statusCode(), term.body());
        long termId = json(term).getJsonNumber("id").longValue();
        // three deliveries last month, each a day late: 0 % on time, a credit of 5 % of the month's fee
        ShipmentFeed feed = new ShipmentFeed();
        for (int i = 0; i < 3; i++) {
            String ref = "ADJ-" + org.code() + "-" + i;
            Instant due = MONTH.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofDays(5L + i));
            feed.shipment(ref, due, 5);
            feed.event(ref, ref + "-d1", "D1", due.plus(Duration.ofDays(1)));
        }
        feed.send(client);
        String recompute = "sla/recompute?organisation=" + org.id() + "&from=" + MONTH.minusDays(3) + "&to="
                + MONTH.plusMonths(1).plusDays(3);
        assertEquals(200, api("POST", recompute, billing.value(), "").statusCode());

        List<JsonObject> issued = adjustments(org, billing.value());
        assertEquals(1, issued.size(), issued.toString());
        JsonObject a = issued.get(0);
        assertEquals("SLA_PERIOD", a.getString("cause"));
        assertEquals("CREDIT", a.getString("direction"));
        assertEquals(termId, a.getJsonNumber("slaTermId").longValue());
        assertEquals(MONTH.toString(), a.getString("periodStart"));
        assertTrue(a.getString("number").matches("ADJ-" + TODAY.getYear() + "-\\d{6}"), a.toString());
        JsonObject period = json(api("GET", "sla/kpis", client.value(), null))
                .getJsonArray("kpis")
                .getJsonObject(0)
                .getJsonArray("periods")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getString("periodStart").equals(MONTH.toString()))
                .findFirst()
                .orElseThrow();
        assertEquals("PENALTY", period.getString("bonusMalus"));
        assertEquals(0, number(period, "bonusMalusAmount").abs().compareTo(number(a, "total")), a + " / " + period);
        JsonObject line = a.getJsonArray("lines").getJsonObject(0);
        assertEquals(0, number(line, "amount").compareTo(number(a, "total")));
        assertTrue(line.getString("description").startsWith("On-time delivery"), line.toString());
        assertEquals(1, told(org), "told in the transaction that issued it");

        // the roll-up runs again: still one, for the one cause
        assertEquals(200, api("POST", recompute, billing.value(), "").statusCode());
        assertEquals(1, adjustments(org, billing.value()).size());
        assertEquals(1, told(org));
        // the database itself keeps one per cause, whoever writes
        assertThrows(
                RuntimeException.class,
                () -> Fixtures.update(
                        "insert into billing_adjustment (id, organisation_id, adjustment_number, cause, cause_key,"
                                + " direction, currency, total, issued_on, created_at) values (?, ?, 'ADJ-TWICE',"
                                + " 'SLA_PERIOD', ?, 'CREDIT', 'EUR', 1, current_date, ?)",
                        -42L,
                        org.id(),
                        "term:" + termId + ":" + MONTH,
                        Timestamp.from(Instant.now())));

        // the client reads its own, one by one and in the feed; another client finds nothing of it
        long id = a.getJsonNumber("id").longValue();
        HttpResponse<String> own = api("GET", "adjustments/" + id, client.value(), null);
        assertEquals(200, own.statusCode(), own.body());
        assertEquals(a.getString("number"), json(own).getString("number"));
        assertEquals(
                1,
                json(api("GET", "adjustments", client.value(), null))
                        .getJsonArray("items")
                        .size());
        Fixtures.Org other = Fixtures.organisation("Uncredited Ltd");
        Fixtures.Key stranger = Fixtures.apiKey(other, ApiScope.READ);
        assertEquals(
                404, api("GET", "adjustments/" + id, stranger.value(), null).statusCode());
        assertEquals(
                404,
                api("GET", "adjustments?organisation=" + org.id(), stranger.value(), null)
                        .statusCode());
        assertEquals(
                0,
                json(api("GET", "adjustments", stranger.value(), null))
                        .getJsonArray("items")
                        .size());

        // and sees it with its invoices, in the portal
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Http.WebSession session = new Http.WebSession();
        session.login(admin.username(), Fixtures.PASSWORD);
        HttpResponse<String> page = session.get("invoices.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(a.getString("number")), page.body());
        assertTrue(page.body().contains("Service level") && page.body().contains("</html>"), page.body());
    }

    @Test
    void aSettledBillingDisputesCreditNoteIsAnAdjustmentLinkedToItsInvoice() {
        Fixtures.Org org = Fixtures.organisation("Settled Ltd");
        Fixtures.contract(org);
        Fixtures.Invoice invoice = Fixtures.invoice(org, null);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key staff = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        subscribed(org);
        HttpResponse<String> filed = api("POST", "disputes", client.value(), """
                {"kind":"BILLING","amountClaimed":250,"currency":"EUR","description":"Storage charged twice",
                 "invoiceLineIds":[%d]}""".formatted(invoice.storageLine()));
        assertEquals(201, filed.statusCode(), filed.body());
        long id = json(filed).getJsonNumber("id").longValue();
        HttpResponse<String> r = step(id, filed, staff, "{\"action\":\"ACKNOWLEDGE\"}");
        assertEquals(201, attach(id, client).statusCode());
        r = step(id, r, staff, "{\"action\":\"INVESTIGATE\"}");
        r = step(id, r, staff, "{\"action\":\"OFFER\",\"amount\":200}");
        r = step(id, r, client, "{\"action\":\"ACCEPT_OFFER\"}");
        JsonObject settled = json(r);
        assertEquals("SETTLED", settled.getString("state"), settled.toString());

        List<JsonObject> issued = adjustments(org, staff.value());
        assertEquals(1, issued.size(), issued.toString());
        JsonObject a = issued.get(0);
        assertEquals("DISPUTE_SETTLEMENT", a.getString("cause"));
        assertEquals("CREDIT", a.getString("direction"));
        assertEquals(settled.getString("creditNoteNumber"), a.getString("number"), "the credit note's own number");
        assertEquals(0, new BigDecimal("200").compareTo(number(a, "total")));
        assertEquals(id, a.getJsonNumber("disputeId").longValue());
        assertEquals(invoice.id(), a.getJsonNumber("invoiceId").longValue());
        assertEquals(invoice.number(), a.getString("invoiceNumber"));
        assertEquals(
                "Settlement of claim " + settled.getString("claimNumber"),
                a.getJsonArray("lines").getJsonObject(0).getString("description"));
        assertEquals(1, told(org));
    }

    @Test
    void theTiersPriceIncentiveOnANewInvoiceIsIssuedOnceForIt() {
        Fixtures.Org org = Fixtures.organisation("Preferred Ltd");
        Fixtures.contract(org);
        Fixtures.update(
                "insert into client_tier (organisation_id, tier_code, since, dispute_priority, version)"
                        + " values (?, 'PREFERRED', ?, 1, 0)",
                org.id(),
                Timestamp.from(Instant.now().minusSeconds(90L * 86400)));
        Fixtures.Key billing = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        subscribed(org);
        String number = "INV-" + org.code() + "-1";
        String body = """
                {"organisation":"%s","issuedOn":"%s","dueOn":"%s","currency":"EUR",
                 "lines":[{"lineNo":1,"chargeType":"FREIGHT","description":"Freight","amount":%s}]}""";
        HttpResponse<String> recorded = api(
                "PUT",
                "invoices/" + number,
                billing.value(),
                body.formatted(org.code(), TODAY, TODAY.plusDays(30), "12500.00"));
        assertEquals(201, recorded.statusCode(), recorded.body());
        long invoiceId = json(recorded).getJsonNumber("id").longValue();

        List<JsonObject> issued = adjustments(org, billing.value());
        assertEquals(1, issued.size(), issued.toString());
        JsonObject a = issued.get(0);
        assertEquals("TIER_INCENTIVE", a.getString("cause"));
        assertEquals("PREFERRED", a.getString("tierCode"));
        assertEquals(invoiceId, a.getJsonNumber("invoiceId").longValue());
        assertEquals(0, new BigDecimal("250.00").compareTo(number(a, "total")), "2 % of 12,500");
        assertEquals(
                "Preferred price incentive of 2 % on invoice " + number + " (€12,500.00)",
                a.getJsonArray("lines").getJsonObject(0).getString("description"));

        // sent again, and sent changed: the incentive of this invoice stays the one issued
        assertEquals(
                200,
                api(
                                "PUT",
                                "invoices/" + number,
                                billing.value(),
                                body.formatted(org.code(), TODAY, TODAY.plusDays(30), "12500.00"))
                        .statusCode());
        assertEquals(
                200,
                api(
                                "PUT",
                                "invoices/" + number,
                                billing.value(),
                                body.formatted(org.code(), TODAY, TODAY.plusDays(30), "13000.00"),
                                "If-Match",
                                "\"0\"")
                        .statusCode());
        assertEquals(1, adjustments(org, billing.value()).size());
        assertEquals(1, told(org));
        // a client without a tier incentive gets none
        Fixtures.Org plain = Fixtures.organisation("Transactional Ltd");
        Fixtures.contract(plain);
        assertEquals(
                201,
                api(
                                "PUT",
                                "invoices/INV-" + plain.code() + "-1",
                                billing.value(),
                                body.formatted(plain.code(), TODAY, TODAY.plusDays(30), "500.00"))
                        .statusCode());
        assertEquals(List.of(), adjustments(plain, billing.value()));
        Map<String, Object> row =
                Fixtures.single("select count(*) as n from billing_adjustment where organisation_id = ?", plain.id());
        assertEquals(0L, ((Number) row.get("n")).longValue());
    }

    private static HttpResponse<String> step(long id, HttpResponse<String> last, Fixtures.Key key, String body) {
        HttpResponse<String> r = api(
                "POST",
                "disputes/" + id + "/steps",
                key.value(),
                body,
                "If-Match",
                last.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, r.statusCode(), r.body());
        return r;
    }

    private static HttpResponse<byte[]> attach(long id, Fixtures.Key key) {
        return Http.send(
                Http.client(),
                java.net.http.HttpRequest.newBuilder(
                                Http.testServer().resolve("api/v1/disputes/" + id + "/attachments?name=invoice.png"))
                        .header("Authorization", "Bearer " + key.value())
                        .header("Content-Type", "application/octet-stream")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(Fixtures.TINY_PNG))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }
}
