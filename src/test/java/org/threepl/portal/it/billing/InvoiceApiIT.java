package org.threepl.portal.it.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * Invoices through the API: recorded by the 3PL's billing system (created, re-sent unchanged, replaced with If-Match),
 * refused field by field, read by clients without the 3PL's cost, keyset-paged; and billing disputes that name the
 * client's own invoice lines.
 */
@ExtendWith(ArquillianExtension.class)
class InvoiceApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static String etag(HttpResponse<String> r) {
        return r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + r.body()));
    }

    private static String invoice(Fixtures.Org org, String shipmentReference, String storage, LocalDate issued) {
        return """
                {"organisation":"%s","issuedOn":"%s","dueOn":"%s","currency":"EUR","sourceSystem":"SAP-FI",
                 "cost":900.00,
                 "lines":[{"lineNo":1,"chargeType":"FREIGHT","description":"Freight Shanghai → Hamburg",
                  "shipmentReference":"%s","amount":1000},
                          {"lineNo":2,"chargeType":"FUEL_SURCHARGE","description":"Fuel 12.5 %% of freight",
                           "quantity":1000,"unitPrice":0.125},
                          {"lineNo":3,"chargeType":"STORAGE","description":"Storage, pallet weeks","quantity":3,
                           "unitPrice":12.345,"amount":%s},
                          {"lineNo":4,"chargeType":"CREDIT","description":"Volume rebate","amount":-20}]}
                          """.formatted(org.code(), issued, issued.plusDays(30), shipmentReference, storage);
    }

    private static Map<String, String> errors(HttpResponse<String> r) {
        return json(r).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(
                        e -> e.getString("field"), e -> e.getString("message"), (a, b) -> a + " | " + b));
    }

    @Test
    void anInvoiceIsRecordedReadWithoutTheCostByTheClientAndReplacedOnlyWithIfMatch() {
        Fixtures.Org org = Fixtures.organisation("Billed Ltd");
        Fixtures.contract(org);
        Fixtures.Shipment shipment =
                Fixtures.shipment(org, "BILL-1", java.time.Instant.now().minusSeconds(86400 * 10));
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key billing = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key reader = Fixtures.apiKey(null, ApiScope.READ);
        String number = "INV-" + org.code() + "-1";
        String body = invoice(org, "BILL-1", "37.04", TODAY);

        assertEquals(
                403,
                api("PUT", "invoices/" + number, client.value(), body).statusCode(),
                "a client key records no invoice");
        assertEquals(
                403,
                api("PUT", "invoices/" + number, reader.value(), body).statusCode(),
                "a read-only key records no invoice");
        HttpResponse<String> created = api("PUT", "invoices/" + number, billing.value(), body);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("\"0\"", etag(created));
        JsonObject d = json(created);
        long id = d.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/invoices/" + id));
        assertEquals(
                0,
                new BigDecimal("1142.04").compareTo(d.getJsonNumber("total").bigDecimalValue()),
                "1000 + 125 + 37.04 - 20");
        assertEquals(
                0,
                new BigDecimal("242.04").compareTo(d.getJsonNumber("margin").bigDecimalValue()),
                "the 3PL sees its margin");
        List<JsonObject> lines = d.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(
                0,
                new BigDecimal("125")
                        .compareTo(lines.get(1).getJsonNumber("amount").bigDecimalValue()),
                "1000 × 0.125");
        assertEquals("BILL-1", lines.get(0).getString("shipmentReference"));
        assertEquals(shipment.id(), lines.get(0).getJsonNumber("shipmentId").longValue());

        // the client reads its invoice: no cost, no margin, not even as a property name
        HttpResponse<String> mine = api("GET", "invoices/" + id, client.value(), null);
        assertEquals(200, mine.statusCode(), mine.body());
        assertFalse(
                mine.body().contains("cost")
                        || mine.body().contains("margin")
                        || Fixtures.showsAmount(mine.body(), "900"),
                mine.body());
        String list = api("GET", "invoices", client.value(), null).body();
        assertTrue(list.contains(number) && !list.contains("cost") && !list.contains("margin"), list);

        // sent again unchanged (a retry): 200, nothing changes, no If-Match needed
        HttpResponse<String> again =
                api("PUT", "invoices/" + number, billing.value(), body.replace("1000,", "1000.00,"));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("\"0\"", etag(again));

        // a correction needs the version read: without it 428, stale 412, with it 200 and the lines keep their ids
        String corrected = body.replace("\"amount\":-20", "\"amount\":-30");
        assertEquals(
                428,
                api("PUT", "invoices/" + number, billing.value(), corrected).statusCode());
        assertEquals(
                412,
                api("PUT", "invoices/" + number, billing.value(), corrected, "If-Match", "\"7\"")
                        .statusCode());
        HttpResponse<String> replaced =
                api("PUT", "invoices/" + number, billing.value(), corrected, "If-Match", etag(created));
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals("\"1\"", etag(replaced));
        JsonObject r = json(replaced);
        assertEquals(
                0, new BigDecimal("1132.04").compareTo(r.getJsonNumber("total").bigDecimalValue()));
        assertEquals(
                lines.stream().map(l -> l.getJsonNumber("id").longValue()).toList(),
                r.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                        .map(l -> l.getJsonNumber("id").longValue())
                        .toList());
        assertEquals(
                new BigDecimal("1132.0400"),
                Fixtures.single("select total_amount from invoice where id = ?", id)
                        .get("total_amount"));

        // a number made of digits only is an invoice number too (not an id)
        assertEquals(
                201,
                api("PUT", "invoices/20261100" + org.id() % 1000, billing.value(), body)
                        .statusCode());
        assertEquals(
                404,
                api(
                                "GET",
                                "invoices/" + id,
                                Fixtures.apiKey(Fixtures.organisation("Other Ltd"), ApiScope.READ)
                                        .value(),
                                null)
                        .statusCode(),
                "another organisation's invoice is not found");
    }

    @Test
    void aBadInvoiceIsRefusedWithEveryBadFieldAndNothingIsStored() {
        Fixtures.Org org = Fixtures.organisation("Sloppy Billing Ltd");
        Fixtures.contract(org);
        Fixtures.Org other = Fixtures.organisation("Neighbour Ltd");
        Fixtures.shipment(other, "THEIRS-1", java.time.Instant.now());
        Fixtures.Key billing = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        String number = "BAD-" + org.code();
        HttpResponse<String> bad =
                api("PUT", "invoices/" + number, billing.value(), """
                {"organisation":"%s","issuedOn":"%s","dueOn":"%s","currency":"EUR","total":99,
                 "lines":[{"lineNo":1,"chargeType":"FREIGHT","description":"Freight","amount":100,"currency":"USD"},
                          {"lineNo":1,"chargeType":"FREIGHT","description":"Freight again","amount":100},
                          {"lineNo":3,"chargeType":"STORAGE","description":"Storage","quantity":3,"unitPrice":12.345,
                           "amount":37.00},
                          {"lineNo":4,"chargeType":"FREIGHT","description":"Someone else's",
                           "shipmentReference":"THEIRS-1","amount":5},
                          {"lineNo":5,"chargeType":"WIZARDRY","description":"?","amount":5}]}
                          """.formatted(org.code(), TODAY, TODAY.minusDays(1)));
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        Map<String, String> errors = errors(bad);
        assertEquals(
                java.util.Set.of(
                        "dueOn",
                        "lines[0].currency",
                        "lines[1].lineNo",
                        "lines[2].amount",
                        "lines[3].shipmentReference",
                        "lines[4].chargeType"),
                errors.keySet(),
                errors.toString());
        assertEquals(
                "No shipment THEIRS-1 of " + org.code(),
                errors.get("lines[3].shipmentReference"),
                "another organisation's shipment is unknown here");
        assertTrue(errors.get("lines[2].amount").contains("rounds to 37.04 EUR"), errors.toString());
        assertEquals(
                0,
                Fixtures.query("select 1 from invoice where invoice_number = ?", number)
                        .size());

        HttpResponse<String> total =
                api("PUT", "invoices/" + number, billing.value(), """
                {"organisation":"%s","issuedOn":"%s","dueOn":"%s","currency":"EUR","total":99,
                 "lines":[{"lineNo":1,"chargeType":"FREIGHT","description":"Freight","amount":100}]}
                 """.formatted(org.code(), TODAY, TODAY));
        assertTrue(errors(total).get("total").contains("add up to 100 EUR, not 99"), total.body());
        HttpResponse<String> wrongCurrency =
                api("PUT", "invoices/" + number, billing.value(), """
                {"organisation":"%s","contractNumber":"nope","issuedOn":"%s","dueOn":"%s","currency":"GBP",
                 "lines":[{"lineNo":1,"chargeType":"FREIGHT","description":"Freight","amount":100}]}
                 """.formatted(org.code(), TODAY, TODAY));
        assertTrue(errors(wrongCurrency).containsKey("contractNumber"), wrongCurrency.body());
        String contract = (String)
                Fixtures.single("select contract_number from client_contract where organisation_id = ?", org.id())
                        .get("contract_number");
        HttpResponse<String> gbp =
                api("PUT", "invoices/" + number, billing.value(), """
                {"organisation":"%s","contractNumber":"%s","issuedOn":"%s","dueOn":"%s","currency":"GBP",
                 "lines":[{"lineNo":1,"chargeType":"FREIGHT","description":"Freight","amount":100}]}
                 """.formatted(org.code(), contract, TODAY, TODAY));
        assertTrue(errors(gbp).get("currency").contains("is in EUR"), gbp.body());
        assertEquals(
                422,
                api("PUT", "invoices/" + number, billing.value(), """
                {"organisation":"NO-SUCH-ORG","issuedOn":"%s","dueOn":"%s","currency":"EUR",
                 "lines":[{"lineNo":1,"chargeType":"FREIGHT","description":"Freight","amount":100}]}
                 """.formatted(TODAY, TODAY))
                        .statusCode());
        assertEquals(
                400,
                api("PUT", "invoices/" + number, billing.value(), "{\"organisation\":\"X\",\"surprise\":1}")
                        .statusCode());
    }

    @Test
    void theListIsNewestFirstKeysetPagedFilteredByIssueDayAndOnlyTheClientsOwn() {
        Fixtures.Org org = Fixtures.organisation("Monthly Ltd");
        Fixtures.Org other = Fixtures.organisation("Elsewhere Ltd");
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ);
        Fixtures.Key billing = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        String line = "\"lines\":[{\"lineNo\":1,\"chargeType\":\"STORAGE\",\"description\":\"Storage\",\"amount\":10}]";
        for (int m = 1; m <= 5; m++) {
            LocalDate issued = LocalDate.of(2026, m, 28);
            assertEquals(
                    201,
                    api(
                                    "PUT",
                                    "invoices/M-" + org.code() + "-" + m,
                                    billing.value(),
                                    "{\"organisation\":\"" + org.code() + "\",\"issuedOn\":\"" + issued
                                            + "\",\"dueOn\":\"" + issued + "\",\"currency\":\"EUR\"," + line + "}")
                            .statusCode());
        }
        // two on the same day: the id breaks the tie, nothing is skipped or repeated
        assertEquals(
                201,
                api(
                                "PUT",
                                "invoices/M-" + org.code() + "-3b",
                                billing.value(),
                                "{\"organisation\":\"" + org.code()
                                        + "\",\"issuedOn\":\"2026-03-28\",\"dueOn\":\"2026-03-28\",\"currenc"
                                        + "y\":\"EUR\","
                                        + line + "}")
                        .statusCode());
        assertEquals(
                201,
                api(
                                "PUT",
                                "invoices/X-" + other.code(),
                                billing.value(),
                                "{\"organisation\":\"" + other.code()
                                        + "\",\"issuedOn\":\"2026-03-28\",\"dueOn\":\"2026-03-28\",\"currenc"
                                        + "y\":\"EUR\","
                                        + line + "}")
                        .statusCode());

        List<String> numbers = new ArrayList<>();
        String next = "invoices?limit=2";
        while (next != null) {
            JsonObject page = json(api("GET", next, client.value(), null));
            page.getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .forEach(i -> numbers.add(i.getString("invoiceNumber")));
            next = !page.isNull("next")
                    ? page.getString("next").substring(page.getString("next").indexOf("invoices?"))
                    : null;
        }
        String p = "M-" + org.code() + "-";
        assertEquals(List.of(p + "5", p + "4", p + "3b", p + "3", p + "2", p + "1"), numbers);

        JsonObject spring =
                json(api("GET", "invoices?issuedFrom=2026-02-01&issuedTo=2026-03-31", client.value(), null));
        assertEquals(
                List.of(p + "3b", p + "3", p + "2"),
                spring.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(i -> i.getString("invoiceNumber"))
                        .toList());
        assertEquals(
                404,
                api("GET", "invoices?organisation=" + other.id(), client.value(), null)
                        .statusCode());
        assertEquals(
                400, api("GET", "invoices?cursor=garbage", client.value(), null).statusCode());
        assertEquals(
                422,
                api("GET", "invoices?issuedFrom=2026-03-01&issuedTo=2026-02-01", client.value(), null)
                        .statusCode());
        String all = api("GET", "invoices?organisation=" + org.id() + "&limit=200", billing.value(), null)
                .body();
        assertTrue(all.contains(p + "1") && !all.contains("X-" + other.code()), all);
    }

    @Test
    void aBillingDisputeNamesTheClientsOwnLinesAndClaimsAtMostTheirTotal() {
        Fixtures.Org org = Fixtures.organisation("Overcharged Ltd");
        Fixtures.contract(org);
        Fixtures.Shipment shipment =
                Fixtures.shipment(org, "OVR-1", java.time.Instant.now().minusSeconds(86400 * 3));
        Fixtures.Invoice invoice = Fixtures.invoice(org, shipment);
        Fixtures.Org other = Fixtures.organisation("Bystander Ltd");
        Fixtures.Invoice theirs = Fixtures.invoice(other, null);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key billing = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        String dispute = "{\"kind\":\"BILLING\",\"amountClaimed\":%s,\"currency\":\"%s\",\"description\":\"Freight "
                + "charged twice\"," + "\"invoiceLineIds\":[%s]}";

        HttpResponse<String> tooMuch =
                api("POST", "disputes", client.value(), dispute.formatted("1000.01", "EUR", invoice.freightLine()));
        assertEquals(422, tooMuch.statusCode(), tooMuch.body());
        assertEquals(
                "A billing dispute claims at most the total of the invoice lines it contests, 1000.00 EUR; "
                        + "this one claims 1000.01 EUR",
                errors(tooMuch).get("amountClaimed"));
        HttpResponse<String> foreign =
                api("POST", "disputes", client.value(), dispute.formatted("10", "EUR", theirs.freightLine()));
        HttpResponse<String> unknown =
                api("POST", "disputes", client.value(), dispute.formatted("10", "EUR", 987654321987L));
        assertEquals(422, foreign.statusCode(), foreign.body());
        assertEquals(
                "No invoice line " + theirs.freightLine() + " of yours",
                errors(foreign).get("invoiceLineIds"));
        assertEquals(
                errors(unknown).get("invoiceLineIds").replace("987654321987", "N"),
                errors(foreign).get("invoiceLineIds").replace(Long.toString(theirs.freightLine()), "N"),
                "answered exactly like an unknown line");
        assertFalse(foreign.body().contains(other.code()) || foreign.body().contains(theirs.number()), foreign.body());
        HttpResponse<String> gbp =
                api("POST", "disputes", client.value(), dispute.formatted("10", "GBP", invoice.freightLine()));
        assertEquals(
                "Claims are in the contract's currency, EUR; not GBP",
                errors(gbp).get("currency"));

        HttpResponse<String> filed = api(
                "POST",
                "disputes",
                client.value(),
                dispute.formatted("1250", "EUR", invoice.freightLine() + "," + invoice.storageLine()));
        assertEquals(201, filed.statusCode(), filed.body());
        JsonObject d = json(filed);
        List<JsonObject> contested = d.getJsonArray("invoiceLines").getValuesAs(JsonObject.class);
        assertEquals(
                List.of(1, 2), contested.stream().map(l -> l.getInt("lineNo")).toList());
        assertEquals(invoice.number(), contested.get(0).getString("invoiceNumber"));
        assertEquals(TODAY.toString(), contested.get(0).getString("issuedOn"));
        String claim = d.getString("claimNumber");

        // the invoice shows which dispute names each line; the list of disputes names the lines too
        JsonObject inv = json(api("GET", "invoices/" + invoice.id(), client.value(), null));
        JsonObject freight =
                inv.getJsonArray("lines").getValuesAs(JsonObject.class).get(0);
        assertEquals(claim, freight.getJsonArray("disputes").getJsonObject(0).getString("claimNumber"));
        String mine = api("GET", "disputes", client.value(), null).body();
        assertTrue(mine.contains("\"invoiceNumber\":\"" + invoice.number() + "\""), mine);

        // a contested line cannot be changed by a later version of the invoice
        HttpResponse<String> rewrite = api(
                "PUT",
                "invoices/" + invoice.number(),
                billing.value(),
                """
                {"organisation":"%s","issuedOn":"%s","dueOn":"%s","currency":"EUR",
                 "lines":[{"lineNo":1,"chargeType":"FREIGHT","description":"Freight Shanghai → Hamburg",
                  "shipmentReference":"OVR-1","amount":900},
                          {"lineNo":2,"chargeType":"STORAGE","description":"Storage, 10 pallets","amount":250}]}
                          """.formatted(org.code(), TODAY, TODAY.plusDays(30)),
                "If-Match",
                "\"0\"");
        assertEquals(422, rewrite.statusCode(), rewrite.body());
        assertTrue(rewrite.body().contains("Line 1 is contested by a dispute"), rewrite.body());
        assertNotNull(Json.createReader(
                        new StringReader(api("GET", "disputes/" + d.getJsonNumber("id"), client.value(), null)
                                .body()))
                .readObject()
                .getJsonArray("invoiceLines"));
    }

    @Test
    void anInvoiceSaysWhereItStandsWithItsTaxCreditsAndWhatRemainsAndTheListFiltersByStatus() {
        Fixtures.Org org = Fixtures.organisation("Statused Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ);
        Fixtures.Key billing = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        String body = """
                {"organisation":"%s","issuedOn":"%s","dueOn":"%s","currency":"EUR","tax":%s%s,
                 "lines":[{"lineNo":1,"chargeType":"FREIGHT","description":"Freight","amount":1000},
                          {"lineNo":2,"chargeType":"STORAGE","description":"Storage","quantity":4,"unitPrice":25}]}""";
        String prefix = "ST-" + org.code() + "-";
        Map<String, HttpResponse<String>> recorded = new java.util.LinkedHashMap<>();
        recorded.put(
                "PAID",
                api(
                        "PUT",
                        "invoices/" + prefix + "PAID",
                        billing.value(),
                        body.formatted(
                                org.code(),
                                TODAY.minusDays(40),
                                TODAY.minusDays(10),
                                "210",
                                ",\"paidOn\":\"" + TODAY.minusDays(12) + "\"")));
        recorded.put(
                "OVERDUE",
                api(
                        "PUT",
                        "invoices/" + prefix + "OVERDUE",
                        billing.value(),
                        body.formatted(org.code(), TODAY.minusDays(40), TODAY.minusDays(1), "210", "")));
        recorded.put(
                "DUE",
                api(
                        "PUT",
                        "invoices/" + prefix + "DUE",
                        billing.value(),
                        body.formatted(org.code(), TODAY.minusDays(20), TODAY.plusDays(3), "0", "")));
        recorded.put(
                "OPEN",
                api(
                        "PUT",
                        "invoices/" + prefix + "OPEN",
                        billing.value(),
                        body.formatted(org.code(), TODAY, TODAY.plusDays(30), "210", "")));
        recorded.values().forEach(r -> assertEquals(201, r.statusCode(), r.body()));

        JsonObject overdue =
                json(api("GET", "invoices/" + json(recorded.get("OVERDUE")).getJsonNumber("id"), client.value(), null));
        assertEquals("OVERDUE", overdue.getString("status"));
        assertEquals(new BigDecimal("1100.00"), overdue.getJsonNumber("total").bigDecimalValue(), "the lines, net");
        assertEquals(new BigDecimal("210.00"), overdue.getJsonNumber("tax").bigDecimalValue());
        assertEquals(
                new BigDecimal("1310.00"), overdue.getJsonNumber("gross").bigDecimalValue(), "the lines plus the tax");
        assertEquals(new BigDecimal("1310.00"), overdue.getJsonNumber("balance").bigDecimalValue());
        assertEquals(
                List.of("FREIGHT", "STORAGE"),
                overdue.getJsonArray("byCharge").getValuesAs(JsonObject.class).stream()
                        .map(g -> g.getString("chargeType"))
                        .toList());
        assertTrue(
                overdue.getBoolean("linesHaveQuantities") && !overdue.getBoolean("linesHaveShipments"),
                overdue.toString());
        assertEquals(
                "PAID",
                json(api("GET", "invoices/" + json(recorded.get("PAID")).getJsonNumber("id"), client.value(), null))
                        .getString("status"));

        // a dispute settled for the whole amount credits the invoice; one settled for part of it leaves the rest to pay
        Fixtures.Invoice credited = Fixtures.invoice(org, null); // 1,250.00 EUR, no tax, due in 30 days
        String note = Fixtures.settledDispute(org, contract, credited, "1250");
        Fixtures.Invoice part = Fixtures.invoice(org, null);
        Fixtures.settledDispute(org, contract, part, "200");
        JsonObject c = json(api("GET", "invoices/" + credited.id(), client.value(), null));
        assertEquals("CREDITED", c.getString("status"));
        assertEquals(note, c.getJsonArray("creditNotes").getJsonObject(0).getString("creditNoteNumber"));
        assertEquals(0, c.getJsonNumber("balance").bigDecimalValue().signum());
        JsonObject p = json(api("GET", "invoices/" + part.id(), client.value(), null));
        assertEquals("OPEN", p.getString("status"));
        assertEquals(new BigDecimal("1050.00"), p.getJsonNumber("balance").bigDecimalValue());

        Map<String, List<String>> byStatus = new java.util.LinkedHashMap<>();
        for (String status : List.of("PAID", "OVERDUE", "DUE", "OPEN", "CREDITED")) {
            HttpResponse<String> list = api(
                    "GET",
                    "invoices?organisation=" + org.id() + "&status=" + status.toLowerCase(java.util.Locale.ROOT),
                    billing.value(),
                    null);
            assertEquals(200, list.statusCode(), list.body());
            List<JsonObject> items = json(list).getJsonArray("items").getValuesAs(JsonObject.class);
            items.forEach(i -> assertEquals(status, i.getString("status"), i.toString()));
            byStatus.put(
                    status,
                    items.stream()
                            .map(i -> i.getString("invoiceNumber"))
                            .sorted()
                            .toList());
        }
        assertEquals(
                Map.of(
                        "PAID",
                        List.of(prefix + "PAID"),
                        "OVERDUE",
                        List.of(prefix + "OVERDUE"),
                        "DUE",
                        List.of(prefix + "DUE"),
                        "OPEN",
                        java.util.stream.Stream.of(prefix + "OPEN", part.number())
                                .sorted()
                                .toList(),
                        "CREDITED",
                        List.of(credited.number())),
                byStatus);
        HttpResponse<String> bad = api("GET", "invoices?status=LATE", client.value(), null);
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(errors(bad).get("status").contains("allowed: OPEN, DUE, OVERDUE, PAID, CREDITED"), bad.body());

        HttpResponse<String> paidTooEarly = api(
                "PUT",
                "invoices/" + prefix + "EARLY",
                billing.value(),
                body.formatted(
                        org.code(), TODAY, TODAY.plusDays(30), "-1", ",\"paidOn\":\"" + TODAY.minusDays(1) + "\""));
        assertEquals(422, paidTooEarly.statusCode(), paidTooEarly.body());
        assertEquals(Set.of("tax", "paidOn"), errors(paidTooEarly).keySet());

        // the invoice as a document, in the language asked for; another organisation's is not found
        HttpResponse<byte[]> pdf = Http.apiFile(
                "invoices/" + credited.id() + ".pdf", client.value(), "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");
        assertEquals(200, pdf.statusCode());
        String text = pdfText(pdf.body());
        assertTrue(text.contains("发票 " + credited.number()) && text.contains("已冲销") && text.contains(note), text);
        Fixtures.Key stranger = Fixtures.apiKey(Fixtures.organisation("Stranger Ltd"), ApiScope.READ);
        assertEquals(
                404,
                Http.apiFile("invoices/" + credited.id() + ".pdf", stranger.value())
                        .statusCode());
    }

    private static String pdfText(byte[] pdf) {
        try {
            return new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf))
                    .getTextFromPage(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
