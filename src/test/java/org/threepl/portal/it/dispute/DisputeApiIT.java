package org.threepl.portal.it.dispute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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

/** The whole dispute lifecycle through the API, with the record, concurrency and escalation. */
@ExtendWith(ArquillianExtension.class)
class DisputeApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static String etag(HttpResponse<String> r) {
        return r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + r.body()));
    }

    private static HttpResponse<String> step(long id, String etag, String key, String body) {
        return api("POST", "disputes/" + id + "/steps", key, body, "If-Match", etag);
    }

    @Test
    void aClaimIsFiledNegotiatedAndSettledWithACreditNoteAndEverythingIsOnRecord() {
        Fixtures.Org org = Fixtures.organisation("Claimant Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.Shipment shipment =
                Fixtures.shipment(org, "CLM-1", java.time.Instant.now().minusSeconds(86400 * 5));
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);

        HttpResponse<String> filed = api("POST", "disputes", client.value(), """
                {"kind":"LOSS_OR_DAMAGE","amountClaimed":500,"currency":"EUR","description":"Two pallets crushed",
                 "shipmentIds":[%d],"concerning":"%s"}""".formatted(
                        shipment.id(), LocalDate.now(ZoneOffset.UTC).minusDays(3)));
        assertEquals(201, filed.statusCode(), filed.body());
        JsonObject d = json(filed);
        long id = d.getJsonNumber("id").longValue();
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        assertTrue(d.getString("claimNumber").matches("CL-" + year + "-\\d{6}"), d.toString());
        assertEquals("FILED", d.getString("state"));
        assertEquals("Operations contacts", d.getString("levelName"));
        assertEquals(30, d.getInt("daysLeft"), "30 days to acknowledge");
        assertEquals("CLM-1", d.getJsonArray("shipments").getJsonObject(0).getString("reference"));
        assertEquals(d.getString("acknowledgeBy"), d.getString("deadline"));
        assertEquals(LocalDate.now(ZoneOffset.UTC).plusDays(30).toString(), d.getString("acknowledgeBy"));

        assertEquals(
                428,
                api("POST", "disputes/" + id + "/steps", tpl.value(), "{\"action\":\"ACKNOWLEDGE\"}")
                        .statusCode());
        HttpResponse<String> notTheirs = step(id, etag(filed), client.value(), "{\"action\":\"ACKNOWLEDGE\"}");
        assertEquals(422, notTheirs.statusCode(), notTheirs.body());
        assertTrue(notTheirs.body().contains("Only the 3PL"), notTheirs.body());
        for (String unknown : new String[] {"GOSSIP", "FILE"}) {
            HttpResponse<String> refused = step(id, etag(filed), tpl.value(), "{\"action\":\"" + unknown + "\"}");
            assertEquals(422, refused.statusCode(), refused.body());
            assertTrue(
                    refused.body().contains("\"action\"") && refused.body().contains("ACKNOWLEDGE, INVESTIGATE, OFFER"),
                    "names the field and the allowed steps: " + refused.body());
        }

        HttpResponse<String> ack = step(id, etag(filed), tpl.value(), "{\"action\":\"ACKNOWLEDGE\"}");
        assertEquals(200, ack.statusCode(), ack.body());
        assertEquals(json(ack).getString("requiredEvidence"), json(filed).getString("requiredEvidence"));
        assertTrue(
                json(ack).getString("requiredEvidence").startsWith("Photos"),
                "the standard template wants photos of a damage");
        HttpResponse<String> noEvidence = step(id, etag(ack), tpl.value(), "{\"action\":\"INVESTIGATE\"}");
        assertEquals(422, noEvidence.statusCode(), noEvidence.body());
        assertTrue(noEvidence.body().contains("none is attached yet"), noEvidence.body());
        assertEquals(201, upload(id, "crushed.png", PNG, client.value()).statusCode());
        HttpResponse<String> inv = step(id, etag(ack), tpl.value(), "{\"action\":\"investigate\"}");
        assertEquals("UNDER_INVESTIGATION", json(inv).getString("state"));
        HttpResponse<String> offer = step(id, etag(inv), tpl.value(), "{\"action\":\"OFFER\",\"amount\":300}");
        assertEquals("NEGOTIATION", json(offer).getString("state"));

        // two counter-offers on the same version: the second is refused as stale, nothing is lost silently
        HttpResponse<String> counter = step(id, etag(offer), client.value(), "{\"action\":\"OFFER\",\"amount\":450}");
        HttpResponse<String> stale = step(id, etag(offer), client.value(), "{\"action\":\"OFFER\",\"amount\":420}");
        assertEquals(200, counter.statusCode(), counter.body());
        assertEquals(412, stale.statusCode(), stale.body());
        assertTrue(stale.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> tooMuch = step(id, etag(counter), tpl.value(), "{\"action\":\"OFFER\",\"amount\":900}");
        assertEquals(422, tooMuch.statusCode(), tooMuch.body());
        HttpResponse<String> finalOffer = step(id, etag(counter), tpl.value(), "{\"action\":\"OFFER\",\"amount\":350}");
        HttpResponse<String> accepted = step(id, etag(finalOffer), client.value(), "{\"action\":\"ACCEPT_OFFER\"}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        JsonObject settled = json(accepted);
        assertEquals("SETTLED", settled.getString("state"));
        assertEquals(
                0, settled.getJsonNumber("settledAmount").bigDecimalValue().compareTo(new java.math.BigDecimal("350")));
        assertTrue(settled.getString("creditNoteNumber").matches("CN-" + year + "-\\d{6}"), settled.toString());
        assertEquals(
                List.of("SUPERSEDED", "SUPERSEDED", "ACCEPTED"),
                settled.getJsonArray("offers").getValuesAs(JsonObject.class).stream()
                        .map(o -> o.getString("status"))
                        .toList());

        List<JsonObject> record = jakarta.json.Json.createReader(
                        new java.io.StringReader(api("GET", "disputes/" + id + "/record", client.value(), null)
                                .body()))
                .readObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(
                List.of("FILE", "ACKNOWLEDGE", "ATTACH", "INVESTIGATE", "OFFER", "OFFER", "OFFER", "ACCEPT_OFFER"),
                record.stream().map(r -> r.getString("action")).toList());
        assertEquals("SETTLED", record.get(7).getString("to"));
        assertEquals(
                "CREDENTIAL", record.get(0).getString("actorKind"), "filed through the client's key, not by a person");
        assertEquals("Fixture key " + client.id(), record.get(0).getString("actor"));
        assertEquals(
                List.of("CREDENTIAL", "CREDENTIAL", "CREDENTIAL"),
                settled.getJsonArray("offers").getValuesAs(JsonObject.class).stream()
                        .map(o -> o.getString("madeByKind"))
                        .toList());
        HttpResponse<String> csv = api("GET", "disputes/" + id + "/record.csv", client.value(), null);
        assertEquals(200, csv.statusCode(), csv.body());
        List<String> rows = csv.body().lines().toList();
        assertEquals(9, rows.size(), "the header and every change: " + csv.body());
        assertTrue(
                rows.get(0).replace("\uFEFF", "").startsWith("claim_number,at_utc,actor,actor_kind,side,action"),
                "after the byte-order mark: " + rows.get(0));
        assertTrue(rows.get(8).contains("ACCEPT_OFFER") && rows.get(8).contains("SETTLED"), rows.get(8));
        assertEquals(
                404,
                api(
                                "GET",
                                "disputes/" + id + "/record.csv",
                                Fixtures.apiKey(Fixtures.organisation("Curious Ltd"), ApiScope.READ)
                                        .value(),
                                null)
                        .statusCode(),
                "another organisation's record is not found");

        // the thread: shared messages for both sides, the 3PL's internal notes for the 3PL only
        assertEquals(
                201,
                api(
                                "POST",
                                "disputes/" + id + "/messages",
                                client.value(),
                                "{\"text\":\"Photos are with the driver.\"}")
                        .statusCode());
        assertEquals(
                201,
                api(
                                "POST",
                                "disputes/" + id + "/messages",
                                tpl.value(),
                                "{\"text\":\"Warehouse admits the forklift hit it.\",\"internal\":true}")
                        .statusCode());
        assertEquals(
                403,
                api("POST", "disputes/" + id + "/messages", client.value(), "{\"text\":\"x\",\"internal\":true}")
                        .statusCode());
        assertEquals(
                422,
                api("POST", "disputes/" + id + "/messages", client.value(), "{\"text\":\"  \"}")
                        .statusCode());
        String clientView =
                api("GET", "disputes/" + id + "/messages", client.value(), null).body();
        String providerView =
                api("GET", "disputes/" + id + "/messages", tpl.value(), null).body();
        assertTrue(clientView.contains("Photos are with the driver.") && !clientView.contains("forklift"), clientView);
        assertTrue(
                providerView.contains("Photos are with the driver.") && providerView.contains("forklift"),
                providerView);
        assertTrue(providerView.contains("\"authorKind\":\"CREDENTIAL\""), providerView);

        // the dispute feeds the service-level KPIs: acknowledged and resolved the day it was filed
        LocalDate monthStart = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        for (String kpi : List.of("DISPUTE_ACKNOWLEDGEMENT_TIME", "DISPUTE_RESOLUTION_TIME")) {
            assertEquals(
                    201,
                    api(
                                    "POST",
                                    "sla/contracts/" + contract.id() + "/terms",
                                    tpl.value(),
                                    "{\"kpi\":\"" + kpi + "\",\"target\":5,\"period\":\"MONTH\",\"effectiveFrom\":\""
                                            + monthStart.minusMonths(1) + "\"}")
                            .statusCode());
        }
        JsonObject kpis = json(api("GET", "sla/kpis", client.value(), null));
        for (JsonObject k : kpis.getJsonArray("kpis").getValuesAs(JsonObject.class)) {
            JsonObject current = k.getJsonArray("periods")
                    .getValuesAs(JsonObject.class)
                    .get(k.getJsonArray("periods").size() - 1);
            assertEquals(1, current.getJsonNumber("denominator").intValue(), k.toString());
            assertEquals(0, current.getJsonNumber("numerator").intValue(), "no day passed: " + k);
            assertEquals("MET", current.getString("status"), k.toString());
        }

        // the record cannot be rewritten, not even by SQL
        assertThrows(
                RuntimeException.class,
                () -> Fixtures.update("update dispute_record set note = 'rewritten' where dispute_id = ?", id));
        assertThrows(
                RuntimeException.class, () -> Fixtures.update("delete from dispute_record where dispute_id = ?", id));
    }

    private static final byte[] PNG = Fixtures.TINY_PNG;

    private static HttpResponse<byte[]> upload(long id, String name, byte[] content, String key) {
        return Http.send(
                Http.client(),
                java.net.http.HttpRequest.newBuilder(Http.testServer()
                                .resolve("api/v1/disputes/" + id + "/attachments?name="
                                        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
                                                .replace("+", "%20")))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/octet-stream")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(content))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void evidenceIsCheckedByContentAndSizeAndDownloadedOnlyByThoseAllowed() {
        Fixtures.Org org = Fixtures.organisation("Evidence Ltd");
        Fixtures.contract(org);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key nosy = Fixtures.apiKey(Fixtures.organisation("Snoop Ltd"), ApiScope.READ, ApiScope.WRITE);
        HttpResponse<String> filed = api(
                "POST",
                "disputes",
                client.value(),
                "{\"kind\":\"LOSS_OR_DAMAGE\",\"amountClaimed\":80,\"currency\":\"EUR\",\"description\":\"De"
                        + "nted boxes\"}");
        long id = json(filed).getJsonNumber("id").longValue();

        HttpResponse<byte[]> ok = upload(id, "凹痕 dent.png", PNG, client.value());
        assertEquals(201, ok.statusCode(), new String(ok.body()));
        long attachment = jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(ok.body()))
                .readObject()
                .getJsonNumber("id")
                .longValue();
        HttpResponse<byte[]> disguised =
                upload(id, "photo.jpg", "MZ this is really a program".getBytes(), client.value());
        assertEquals(422, disguised.statusCode(), "a file is judged by its content, not its name");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertEquals(
                413,
                upload(id, "huge.png", big, client.value()).statusCode(),
                "more than 10 MiB: refused by its length, unread");

        HttpResponse<byte[]> back = Http.send(
                Http.client(),
                java.net.http.HttpRequest.newBuilder(
                                Http.testServer().resolve("api/v1/disputes/" + id + "/attachments/" + attachment))
                        .header("Authorization", "Bearer " + client.value())
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, back.statusCode());
        assertEquals("image/png", back.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(PNG, back.body());
        assertArrayEquals(
                PNG,
                (byte[]) Fixtures.single(
                                "select f.content from stored_file f join dispute_attachment a on a.storage_key = "
                                        + "f.storage_key where a.id = ?",
                                attachment)
                        .get("content"),
                "the bytes are in the database, where every server reads them");
        assertEquals(
                "attachment; filename=\"___dent.png\"; filename*=UTF-8''%E5%87%B9%E7%97%95%20dent.png",
                back.headers().firstValue("Content-Disposition").orElse(""),
                "the name as written, for browsers that read it");
        assertEquals(
                404,
                Http.send(
                                Http.client(),
                                java.net.http.HttpRequest.newBuilder(Http.testServer()
                                                .resolve("api/v1/disputes/" + id + "/attachments/" + attachment))
                                        .header("Authorization", "Bearer " + nosy.value())
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.ofString())
                        .statusCode(),
                "another organisation's key finds nothing");
        assertEquals(404, upload(id, "x.png", PNG, nosy.value()).statusCode());
        String record =
                api("GET", "disputes/" + id + "/record", client.value(), null).body();
        assertTrue(record.contains("ATTACH") && record.contains("dent.png"), record);
    }

    @Test
    void aContractsOwnProcedureReplacesTheStandardTemplateForNewDisputes() {
        Fixtures.Org org = Fixtures.organisation("Procedural Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        JsonObject standard = jakarta.json.Json.createReader(new java.io.StringReader(
                        api("GET", "disputes/procedures?contract=" + contract.id(), client.value(), null)
                                .body()))
                .readObject()
                .getJsonArray("items")
                .getJsonObject(0);
        assertTrue(standard.getBoolean("standard"), standard.toString());
        assertEquals(270, standard.getInt("filingWindowDays"));

        String procedure = """
                {"contractId":%d,"kinds":["BILLING","LOSS_OR_DAMAGE"],"filingWindowDays":60,"acknowledgeDays":5,
                 "resolveDays":%d,"businessDays":true,"reopenWindowDays":10,
                 "ladder":[{"name":"Site manager","timeLimitDays":5},{"name":"Managing directors","timeLimitDays":0}],
                 "effectiveFrom":"%s"}""";
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        Fixtures.Key reader = Fixtures.apiKey(org, ApiScope.READ);
        assertEquals(
                403,
                api("POST", "disputes/procedures", reader.value(), procedure.formatted(contract.id(), 20, yesterday))
                        .statusCode(),
                "a key without WRITE signs nothing");
        HttpResponse<String> bad =
                api("POST", "disputes/procedures", tpl.value(), procedure.formatted(contract.id(), 3, yesterday));
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("not shorter than the time to acknowledge"), bad.body());
        assertEquals(
                "resolveDays", json(bad).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> badRungs = api(
                "POST",
                "disputes/procedures",
                tpl.value(),
                procedure
                        .formatted(contract.id(), 20, yesterday)
                        .replace("\"timeLimitDays\":5}", "\"timeLimitDays\":0,\"providerRole\":\"CLIENT_USER\"}"));
        assertEquals(
                java.util.Set.of("ladder[0].timeLimitDays", "ladder[0].providerRole"),
                json(badRungs).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field"))
                        .collect(java.util.stream.Collectors.toSet()),
                badRungs.body());
        HttpResponse<String> recorded = api(
                "POST",
                "disputes/procedures",
                tpl.value(),
                procedure
                        .formatted(contract.id(), 20, yesterday)
                        .replace(
                                "\"Managing directors\",\"timeLimitDays\":0}",
                                "\"Managing directors\",\"timeLimitDays\":0,\"providerRole\":\"OPS_ADMIN\"}")
                        .replace(
                                "\"effectiveFrom\"",
                                "\"requiredEvidence\":{\"LOSS_OR_DAMAGE\":\"Photos\"},\"effectiveFrom\""));
        assertEquals(201, recorded.statusCode(), recorded.body());
        JsonObject p = json(recorded);
        assertEquals("OPS_ADMIN", p.getJsonArray("ladder").getJsonObject(1).getString("providerRole"));
        assertEquals(
                "ACCOUNT_MANAGER", p.getJsonArray("ladder").getJsonObject(0).getString("providerRole"), "the default");
        assertEquals("Photos", p.getJsonObject("requiredEvidence").getString("LOSS_OR_DAMAGE"));
        assertEquals("PROPOSED", p.getString("agreement"), "in force only once the client accepts");
        HttpResponse<String> accepted = api(
                "POST",
                "disputes/procedures/" + p.getJsonNumber("id") + "/acceptance",
                client.value(),
                null,
                "If-Match",
                recorded.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("AGREED", json(accepted).getString("agreement"));
        assertEquals(
                LocalDate.now(ZoneOffset.UTC).toString(),
                json(accepted).getString("effectiveFrom"),
                "proposed from yesterday, agreed today: in force from today");

        HttpResponse<String> delay = api(
                "POST",
                "disputes",
                client.value(),
                "{\"kind\":\"DELAY_OR_SLA\",\"amountClaimed\":1,\"currency\":\"EUR\",\"description\":\"late\"}");
        assertEquals(422, delay.statusCode(), "this contract's procedure does not cover delays: " + delay.body());
        JsonObject d = json(api(
                "POST",
                "disputes",
                client.value(),
                "{\"kind\":\"BILLING\",\"amountClaimed\":1,\"currency\":\"EUR\",\"description\":\"double charge\"}"));
        assertEquals("Site manager", d.getString("levelName"));
        LocalDate filed = LocalDate.parse(d.getString("filedOn"));
        LocalDate ack = LocalDate.parse(d.getString("acknowledgeBy"));
        assertTrue(ack.isAfter(filed.plusDays(4)) && ack.getDayOfWeek().getValue() <= 5, "5 business days: " + ack);
    }

    @Test
    void disputesOverTheirLevelsTimeLimitAreEscalatedAndOthersCannotSeeThem() {
        Fixtures.Org org = Fixtures.organisation("Waiting Ltd");
        Fixtures.contract(org);
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, org);
        Fixtures.Org other = Fixtures.organisation("Nosy Ltd");
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key nosy = Fixtures.apiKey(other, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        HttpResponse<String> filed = api(
                "POST",
                "disputes",
                client.value(),
                "{\"kind\":\"BILLING\",\"amountClaimed\":120.50,\"currency\":\"EUR\",\"description\":\"Doubl"
                        + "e-charged storage\"}");
        assertEquals(201, filed.statusCode(), filed.body());
        long id = json(filed).getJsonNumber("id").longValue();

        assertEquals(404, api("GET", "disputes/" + id, nosy.value(), null).statusCode());
        assertEquals(
                404,
                step(id, etag(filed), nosy.value(), "{\"action\":\"WITHDRAW\"}").statusCode());
        assertEquals(
                403, api("POST", "disputes/escalations", client.value(), "").statusCode());
        assertEquals(
                403, api("GET", "disputes/statistics", client.value(), null).statusCode());
        JsonObject stats = json(api("GET", "disputes/statistics", tpl.value(), null));
        assertTrue(
                stats.getJsonArray("open").getValuesAs(JsonObject.class).stream()
                        .anyMatch(o -> o.getString("kind").equals("BILLING")
                                && o.getString("age").startsWith("0")
                                && o.getJsonNumber("count").longValue() >= 1),
                stats.toString());

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        escalations(today.plusDays(14), tpl);
        assertEquals(
                0,
                json(api("GET", "disputes/" + id, client.value(), null)).getInt("level"),
                "14 days are allowed at the first level");

        // while another server holds the job's lease, nothing is escalated here
        Fixtures.update(
                "update job_lease set holder = 'another-server', leased_until = ? where name = 'dispute-escalation'",
                java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(600)));
        JsonObject held = json(api("POST", "disputes/escalations?day=" + today.plusDays(15), tpl.value(), ""));
        Fixtures.update(
                "update job_lease set leased_until = ? where name = 'dispute-escalation' and holder = 'another-server'",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)));
        assertEquals(false, held.getBoolean("ran"), held.toString());
        assertEquals(0, held.getInt("escalated"));
        assertEquals(
                0,
                json(api("GET", "disputes/" + id, client.value(), null)).getInt("level"),
                "not escalated under another's lease");

        assertTrue(escalations(today.plusDays(15), tpl).getInt("escalated") >= 1);
        JsonObject up = json(api("GET", "disputes/" + id, client.value(), null));
        assertEquals(1, up.getInt("level"));
        assertEquals("Account management", up.getString("levelName"));
        List<JsonObject> record = jakarta.json.Json.createReader(
                        new java.io.StringReader(api("GET", "disputes/" + id + "/record", client.value(), null)
                                .body()))
                .readObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals("system", record.get(record.size() - 1).getString("actor"));
        assertEquals(
                "SYSTEM",
                record.get(record.size() - 1).getString("actorKind"),
                "the portal's deadline job, not a person named system");

        // three days before the deadline to acknowledge, the account manager is reminded, once
        String claim = json(filed).getString("claimNumber");
        escalations(today.plusDays(27), tpl);
        escalations(today.plusDays(28), tpl);
        assertEquals(
                1,
                Fixtures.query(
                                "select 1 from notification where user_id = ? and subject like ?",
                                manager.id(),
                                "Dispute " + claim + ": to acknowledge by%")
                        .size());

        HttpResponse<String> bad = api(
                "POST",
                "disputes",
                client.value(),
                "{\"kind\":\"HURT_FEELINGS\",\"amountClaimed\":1,\"currency\":\"EUR\",\"description\":\"x\"}");
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("LOSS_OR_DAMAGE"), bad.body());
        assertEquals(
                403,
                api(
                                "POST",
                                "disputes",
                                tpl.value(),
                                "{\"kind\":\"BILLING\",\"amountClaimed\":1,\"currency\":\"EUR\",\"description\":\"x\"}")
                        .statusCode());
    }

    @Test
    void theQueueListsOpenDisputesByDeadlineThenEndedOnesAndPagesAcrossTheBoundary() {
        Fixtures.Org org = Fixtures.organisation("Queue Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ);
        // open ones due in 10, 5 and 20 days; ended ones due in 1 and 30 days (ended: after every open one)
        String[] states = {"NEGOTIATION", "FILED", "ACKNOWLEDGED", "WITHDRAWN", "SETTLED"};
        int[] dueInDays = {10, 5, 20, 1, 30};
        String[] claims = new String[states.length];
        for (int i = 0; i < states.length; i++) {
            long id = Fixtures.dispute(org, contract);
            Fixtures.update(
                    "update dispute set state = ?, resolve_by = current_date + " + dueInDays[i] + " where id = ?",
                    states[i],
                    id);
            claims[i] = "CL-FX-" + id;
        }
        List<String> expected = List.of(claims[1], claims[0], claims[2], claims[3], claims[4]);

        assertEquals(expected, claimsOf("disputes?limit=50", client));
        List<String> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            paged.addAll(claimsOf("disputes?limit=2&offset=" + offset, client));
        }
        assertEquals(expected, paged, "pages of two, open and ended ones meeting on the second");
        assertEquals(
                expected.subList(3, 5), claimsOf("disputes?limit=5&offset=3", client), "a page of ended ones only");
        assertEquals(List.of(), claimsOf("disputes?limit=5&offset=5", client));
        assertEquals(List.of(claims[3]), claimsOf("disputes?state=WITHDRAWN", client));
        HttpResponse<String> unknown = api("GET", "disputes?state=PAUSED", client.value(), null);
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertTrue(
                unknown.body().contains("\"state\"") && unknown.body().contains("NEGOTIATION"),
                "names the field and the allowed states: " + unknown.body());
        HttpResponse<String> negative = api("GET", "disputes?limit=2&offset=-5", client.value(), null);
        assertEquals(400, negative.statusCode(), "a negative offset is refused: " + negative.body());
        assertTrue(negative.body().contains("\"offset\""), negative.body());
    }

    /** The deadline job run for a day; asked again while the test server's own scheduled run holds the lease. */
    private static JsonObject escalations(LocalDate day, Fixtures.Key key) {
        return Http.postUntilRan("disputes/escalations?day=" + day, key.value());
    }

    private static List<String> claimsOf(String path, Fixtures.Key key) {
        HttpResponse<String> r = api("GET", path, key.value(), null);
        assertEquals(200, r.statusCode(), r.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(r.body()))
                .readObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(o -> o.getString("claimNumber"))
                .toList();
    }
}
