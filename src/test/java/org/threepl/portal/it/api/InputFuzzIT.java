package org.threepl.portal.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

/**
 * Generated bad input against every operation the API documents (read from its own OpenAPI document), on PostgreSQL:
 * malformed, out-of-range, oversized and NUL-carrying values in each path and query parameter, in the headers the API
 * reads, and in request bodies (broken JSON, wrong types, huge numbers, deep nesting, long texts). Every request
 * carries at least one bad value, so every answer must be a 4xx problem: the test fails on any 5xx, and on any change
 * of the rows of the organisation it is let loose on. The generator is seeded ({@code fuzz.seed}, default fixed), so a
 * failure can be replayed.
 */
@ExtendWith(ArquillianExtension.class)
class InputFuzzIT {

    private static final int CASES_PER_OPERATION = Integer.getInteger("fuzz.cases", 24);
    private static final long SEED = Long.getLong("fuzz.seed", 20261202L);

    /** Values no parameter of this API accepts. */
    private static final List<String> BAD_VALUES = List.of(
            "",
            " ",
            "abc",
            "-1",
            "0",
            "-9223372036854775809",
            "9223372036854775808",
            "99999999999999999999999999",
            "1e309",
            "NaN",
            "-0.0",
            "2026-13-45",
            "2026-02-30",
            "2026-11-01T25:61:00Z",
            "+999999999-01-01",
            "\u0000",
            "a\u0000b",
            "%00",
            "'; drop table shipment; --",
            "\" OR 1=1 --",
            "<script>alert(1)</script>",
            "../../etc/passwd",
            "\uD83D\uDE00".repeat(40),
            "\uFFFF",
            "x".repeat(5_000),
            "1".repeat(400),
            "true",
            "null",
            "[]",
            "{}",
            "DELIVERED;DROP",
            "${jndi:ldap://example.invalid/a}",
            "\r\nX-Injected: 1");

    /** Bodies no operation accepts: broken or wrongly shaped JSON, absurd values. */
    private static final List<String> BAD_BODIES = List.of(
            "",
            "{",
            "}",
            "[",
            "null",
            "true",
            "123",
            "\"text\"",
            "{\"a\":}",
            "{\"events\": {}}",
            "{\"events\": [1, 2, 3]}",
            "{\"shipments\": \"none\"}",
            "{\"items\": [{\"id\": 1e400}]}",
            "{\"amount\": 1e400, \"currency\": \"EUR\"}",
            "{\"text\": \"a\\u0000b\"}",
            "{\"reason\": \"\\u0000\"}",
            "[".repeat(5_000) + "]".repeat(5_000),
            "{\"name\": \"" + "x".repeat(70_000) + "\"}",
            "{\"limit\": -1}",
            "{\"organisation\": {\"nested\": [[[[[[]]]]]]}}",
            "\uFEFF{}",
            "{\"action\": 42}",
            "{\"action\":\"APPROVE\",\"reason\":null," + "\"x\":" + "9".repeat(500) + "}",
            "{\"lines\": [{\"lineNo\": 2147483648}]}",
            "{\"kpi\":\"OTIF\",\"target\":1e999}");

    private record Operation(String method, String path, List<Map.Entry<String, String>> parameters, boolean hasBody) {}

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @Test
    void everyOperationAnswersBadInputWithA4xxAndChangesNothing() {
        Fixtures.Org org = Fixtures.organisation("Fuzz Target");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.Shipment shipment = Fixtures.shipment(org, "FUZZ-1", Instant.parse("2026-11-01T00:00:00Z"));
        long dispute = Fixtures.dispute(org, contract);
        Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.Key clientKey = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key tplKey = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        Map<String, String> realIds = Map.of(
                "id",
                Long.toString(shipment.id()),
                "termId",
                "1",
                "organisationId",
                Long.toString(org.id()),
                "disputeId",
                Long.toString(dispute));

        List<Operation> operations = operations();
        assertTrue(operations.size() > 40, "the OpenAPI document lists the API: " + operations.size());
        String before = fingerprint(org.id());

        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int reachedOperations = 0;
        for (Operation op : operations) {
            boolean reached = false;
            for (int n = 0; n < CASES_PER_OPERATION; n++) {
                String key = random.nextBoolean() ? clientKey.value() : tplKey.value();
                Sent r = send(op, random, key, realIds);
                sent++;
                // answered by the operation itself, not by "no such address" (which would make this test vacuous)
                reached |= !r.response().body().contains("/problems/http-404");
                if (r.response().statusCode() >= 500) {
                    failures.add(op.method() + " " + r.response().request().uri() + " (" + r.badPart() + ") -> "
                            + r.response().statusCode() + ": "
                            + r.response().body().lines().findFirst().orElse(""));
                }
                // a write whose body or address is bad must be refused (a GET may ignore a bad header, a body-less POST
                // its body)
                boolean mustRefuse = !op.method().equals("GET")
                        && (r.badPart().equals("path")
                                || (op.hasBody() && r.badPart().equals("body")));
                if (mustRefuse && r.response().statusCode() < 400) {
                    failures.add(op.method() + " " + r.response().request().uri() + " accepted a bad " + r.badPart()
                            + ": " + r.response().statusCode());
                }
            }
            if (reached) {
                reachedOperations++;
            }
        }
        assertEquals(
                List.of(), failures.stream().limit(40).toList(), failures.size() + " of " + sent + " requests failed");
        assertTrue(
                reachedOperations >= operations.size() * 9 / 10,
                "the requests reached their operations: " + reachedOperations + " of " + operations.size());
        assertEquals(before, fingerprint(org.id()), "bad input changed the organisation's rows");
    }

    /**
     * Every operation of the OpenAPI document: method, address (under api/), parameters (in, name), whether it takes a
     * body.
     */
    private static List<Operation> operations() {
        URI doc = Http.testServer().resolve("/openapi");
        HttpResponse<String> r = Http.send(
                Http.client(),
                HttpRequest.newBuilder(doc)
                        .header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build());
        assertEquals(200, r.statusCode(), r.body());
        JsonObject openapi = Json.createReader(new StringReader(r.body())).readObject();
        String prefix = "";
        if (openapi.containsKey("servers") && !openapi.getJsonArray("servers").isEmpty()) {
            String server = openapi.getJsonArray("servers").getJsonObject(0).getString("url");
            prefix = URI.create(server).getPath();
        }
        List<Operation> out = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : openapi.getJsonObject("paths").entrySet()) {
            String full = (prefix + path.getKey()).replaceFirst("^/portal/", "").replaceFirst("^/", "");
            if (!full.startsWith("api/")) {
                full = "api" + (full.startsWith("/") ? "" : "/") + full;
            }
            for (Map.Entry<String, JsonValue> m : path.getValue().asJsonObject().entrySet()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(m.getKey())) {
                    continue;
                }
                JsonObject operation = m.getValue().asJsonObject();
                List<Map.Entry<String, String>> parameters = new ArrayList<>();
                if (operation.containsKey("parameters")) {
                    operation
                            .getJsonArray("parameters")
                            .forEach(p -> parameters.add(Map.entry(
                                    p.asJsonObject().getString("in"),
                                    p.asJsonObject().getString("name"))));
                }
                out.add(new Operation(
                        m.getKey().toUpperCase(), full, parameters, operation.containsKey("requestBody")));
            }
        }
        return out;
    }

    /** A request sent, with the part of it that was bad (body, path, query or header). */
    private record Sent(HttpResponse<String> response, String badPart) {}

    private static Sent send(Operation op, Random random, String key, Map<String, String> realIds) {
        List<Map.Entry<String, String>> pathParams =
                op.parameters().stream().filter(p -> p.getKey().equals("path")).toList();
        List<Map.Entry<String, String>> queryParams =
                op.parameters().stream().filter(p -> p.getKey().equals("query")).toList();
        boolean writes = !op.method().equals("GET");
        // the bad element: for writes always the body or a path parameter, so that nothing can be stored
        int target;
        List<String> targets = new ArrayList<>();
        if (op.hasBody() || writes) {
            targets.add("body");
        }
        if (!pathParams.isEmpty()) {
            targets.add("path");
        }
        if (!writes && !queryParams.isEmpty()) {
            targets.add("query");
        }
        if (!writes) {
            targets.add("header");
        }
        target = random.nextInt(targets.size());
        String what = targets.get(target);

        String path = op.path();
        for (Map.Entry<String, String> p : pathParams) {
            String value = what.equals("path") ? bad(random) : realIds.getOrDefault(p.getValue(), "1");
            path = path.replaceAll("\\{" + p.getValue() + "(:[^}]*)?}", enc(value));
        }
        path = path.replaceAll("\\{[^}]+}", "1");
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> p : queryParams) {
            if (what.equals("query") ? random.nextInt(3) > 0 : random.nextInt(4) == 0) {
                query.append(query.length() == 0 ? "?" : "&")
                        .append(enc(p.getValue()))
                        .append('=')
                        .append(enc(bad(random)));
            }
        }
        if (what.equals("query") && query.length() == 0 && !queryParams.isEmpty()) {
            query.append('?')
                    .append(enc(queryParams.get(0).getValue()))
                    .append('=')
                    .append(enc(bad(random)));
        }
        URI uri = Http.testServer().resolve(path + query);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key)
                .header("Accept", "application/json");
        if (what.equals("header")) {
            String header = random.nextBoolean() ? "If-None-Match" : "Idempotency-Key";
            String value = random.nextBoolean() ? "x".repeat(9_000) : "\"" + random.nextInt() + "\"";
            b.header(header, value);
        }
        if (writes) {
            b.header("If-Match", random.nextBoolean() ? "\"0\"" : "garbage");
            String body = what.equals("body") ? BAD_BODIES.get(random.nextInt(BAD_BODIES.size())) : "{}";
            b.header(
                    "Content-Type",
                    path.contains("/imports/")
                            ? "text/csv"
                            : path.contains("/attachments") ? "application/octet-stream" : "application/json");
            if (path.contains("/attachments") && what.equals("body")) {
                body = "not a PDF, PNG or JPEG";
            }
            if (path.contains("/imports/") && what.equals("body")) {
                body = random.nextBoolean() ? "" : "reference,unknown\n\u0000,x\n";
            }
            b.method(op.method(), HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.GET();
        }
        return new Sent(Http.send(Http.client(), b.build()), what);
    }

    private static String bad(Random random) {
        return BAD_VALUES.get(random.nextInt(BAD_VALUES.size()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The organisation's business rows, as one digest per table (columns that record reading, like last use, left out).
     */
    private static String fingerprint(long organisationId) {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put(
                "organisation",
                "select md5(coalesce(string_agg(concat_ws('|', id, code, name, status, version), ',' order by id), ''))"
                        + " from organisation where id = ?");
        tables.put(
                "user_account",
                "select md5(coalesce(string_agg(concat_ws('|', id, username, role, enabled, password_hash,"
                        + " session_epoch, version), ',' order by id), '')) from user_account where "
                        + "organisation_id = ?");
        tables.put(
                "api_credential",
                "select md5(coalesce(string_agg(concat_ws('|', id, name, scopes, revoked_at, version), ',' "
                        + "order by id)," + " '')) from api_credential where organisation_id = ?");
        for (String t : List.of(
                "client_contract",
                "shipment",
                "tracking_event",
                "shipment_note",
                "shipment_change",
                "dispute",
                "dispute_record",
                "dispute_message",
                "dispute_attachment",
                "invoice",
                "invoice_line",
                "sla_term",
                "sla_breach")) {
            tables.put(
                    t,
                    "select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from " + t
                            + " t where organisation_id = ?");
        }
        StringBuilder all = new StringBuilder();
        tables.forEach((name, sql) -> all.append(name)
                .append('=')
                .append(Fixtures.single(sql, organisationId).values().iterator().next())
                .append('\n'));
        return all.toString();
    }
}
