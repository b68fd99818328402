package org.threepl.portal.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * One API shape, checked on the served API and its document: lists as {items, next} with a Link header, ETags that
 * answer 304 and compare strongly for changes, Idempotency-Key on creating POSTs, and an OpenAPI document in which
 * every operation shows its answers with schemas and examples, its problems and its security.
 */
@ExtendWith(ArquillianExtension.class)
class ApiContractIT {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    static JsonObject document() {
        HttpResponse<String> r = Http.send(
                Http.client(),
                HttpRequest.newBuilder(Http.testServer().resolve("/openapi?format=JSON"))
                        .build());
        assertEquals(200, r.statusCode(), r.body());
        return json(r);
    }

    /**
     * The committed document (docs/openapi.json, which the build generates the Java client from) is the served one, so
     * that integrators read, and GeneratedClientIT runs, what the server does. When the API changes, the served one is
     * written to target/openapi.json: review it and copy it over docs/openapi.json.
     */
    @Test
    void theCommittedDocumentIsTheServedOne() throws Exception {
        JsonObject served = document();
        JsonObject withoutServers =
                jakarta.json.Json.createObjectBuilder(served).remove("servers").build();
        JsonObject committed;
        try (var reader = jakarta.json.Json.createReader(Files.newBufferedReader(Path.of("docs/openapi.json")))) {
            committed = reader.readObject();
        }
        if (!committed.equals(withoutServers)) {
            Files.writeString(Path.of("target/openapi.json"), pretty(withoutServers));
        }
        assertEquals(
                committed,
                withoutServers,
                "docs/openapi.json is not the served document: review target/openapi.json and copy it over");
    }

    private static String pretty(JsonObject json) {
        var out = new java.io.StringWriter();
        jakarta.json.Json.createWriterFactory(java.util.Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)
                .write(json);
        return out.toString();
    }

    @Test
    void everyOperationDocumentsItsAnswersProblemsAndSecurity() {
        JsonObject doc = document();
        JsonObject components = doc.getJsonObject("components");
        Set<String> schemes = components.getJsonObject("securitySchemes").keySet();
        assertTrue(schemes.containsAll(Set.of("bearerKey", "apiKeyHeader")), schemes.toString());
        assertTrue(components.getJsonObject("schemas").containsKey("Problem"));
        List<String> faults = new ArrayList<>();
        int operations = 0;
        for (var path : doc.getJsonObject("paths").entrySet()) {
            for (var entry : path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonObject op = entry.getValue().asJsonObject();
                faults.addAll(faultsOf(name, op, doc, path.getKey()));
            }
        }
        assertTrue(operations > 90, "the whole API is documented: " + operations);
        assertEquals(List.of(), faults);
    }

    private static List<String> faultsOf(String name, JsonObject op, JsonObject doc, String path) {
        List<String> faults = new ArrayList<>();
        JsonObject responses = op.getJsonObject("responses");
        List<String> success =
                responses.keySet().stream().filter(c -> c.startsWith("2")).toList();
        if (success.isEmpty()) {
            faults.add(name + ": no success answer");
        }
        for (String code : success) {
            if (code.equals("204")) {
                continue;
            }
            JsonObject content = responses.getJsonObject(code).getJsonObject("content");
            if (content == null || content.isEmpty()) {
                faults.add(name + " " + code + ": no content");
                continue;
            }
            for (var media : content.entrySet()) {
                JsonObject m = media.getValue().asJsonObject();
                JsonObject schema = m.getJsonObject("schema");
                if (schema == null) {
                    faults.add(name + " " + code + " " + media.getKey() + ": no schema");
                    continue;
                }
                boolean binary = "binary".equals(schema.getString("format", ""));
                if (!binary && !m.containsKey("example") && !m.containsKey("examples")) {
                    faults.add(name + " " + code + " " + media.getKey() + ": no example");
                }
                if ("array".equals(schema.getString("type", ""))) {
                    faults.add(name + " " + code + ": a bare array, not {items, next}");
                }
            }
        }
        List<String> problems = new ArrayList<>(List.of("401", "403", "429"));
        if (path.contains("{")) {
            problems.add("404");
        }
        boolean ifMatch = op.containsKey("parameters")
                && op.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                        .anyMatch(p -> p.getString("name").equalsIgnoreCase("If-Match"));
        if (ifMatch) {
            problems.addAll(List.of("412", "428"));
        }
        for (String code : problems) {
            JsonObject r = resolved(responses.getJsonObject(code), doc);
            JsonObject problem = r == null
                    ? null
                    : r.getJsonObject("content") == null
                            ? null
                            : r.getJsonObject("content").getJsonObject("application/problem+json");
            if (problem == null
                    || !problem.getJsonObject("schema").getString("$ref").endsWith("/Problem")
                    || !problem.containsKey("example")
                    || !r.getString("description").contains("problem of type")) {
                faults.add(name + ": no " + code + " problem with its types, schema and example");
            }
        }
        JsonValue security = op.containsKey("security") ? op.get("security") : doc.get("security");
        if (security == null || security.asJsonArray().isEmpty()) {
            faults.add(name + ": no security requirement");
        }
        boolean idempotencyKey = op.containsKey("parameters")
                && op.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                        .anyMatch(p -> p.getString("name").equals("Idempotency-Key"));
        if (name.startsWith("POST") && !idempotencyKey) {
            faults.add(name + ": no Idempotency-Key header");
        }
        return faults;
    }

    /** A shared answer ({@code $ref} to the components) as itself. */
    private static JsonObject resolved(JsonObject response, JsonObject doc) {
        if (response == null || !response.containsKey("$ref")) {
            return response;
        }
        String name = response.getString("$ref").substring("#/components/responses/".length());
        return doc.getJsonObject("components").getJsonObject("responses").getJsonObject(name);
    }

    @Test
    void listsAnswerItemsAndNextWithALinkHeader() {
        Fixtures.Org org = Fixtures.organisation("Listing Ltd");
        for (int i = 0; i < 3; i++) {
            Fixtures.clientUser(org, Role.CLIENT_USER);
        }
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        String first = "organisations/" + org.id() + "/users?limit=2";
        HttpResponse<String> page = api("GET", first, tpl.value(), null);
        assertEquals(200, page.statusCode(), page.body());
        JsonObject body = json(page);
        assertEquals(Set.of("items", "next"), body.keySet(), "one shape: " + body);
        assertEquals(2, body.getJsonArray("items").size());
        String next = body.getString("next");
        assertEquals(
                "<" + next + ">; rel=\"next\"",
                page.headers().firstValue("Link").orElse(""));

        HttpResponse<String> last = Http.send(
                Http.client(),
                HttpRequest.newBuilder(URI.create(next))
                        .header("Authorization", "Bearer " + tpl.value())
                        .build());
        assertEquals(200, last.statusCode(), last.body());
        JsonObject lastBody = json(last);
        assertEquals(1, lastBody.getJsonArray("items").size());
        assertTrue(lastBody.isNull("next"), "null is written on the last page: " + last.body());
        assertTrue(last.headers().firstValue("Link").isEmpty());

        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ);
        for (String path : List.of(
                "disputes",
                "sla/terms",
                "sla/breaches",
                "relationship/surveys",
                "webhooks/event-types",
                "invoices",
                "shipments")) {
            HttpResponse<String> r = api("GET", path, client.value(), null);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            assertEquals(Set.of("items", "next"), json(r).keySet(), path + ": " + r.body());
        }
    }

    @Test
    void etagsAnswerNotModifiedAndChangesCompareStrongly() {
        Fixtures.Org org = Fixtures.organisation("Etag Ltd");
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        String path = "organisations/" + org.id();
        HttpResponse<String> read = api("GET", path, tpl.value(), null);
        String etag = read.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> unchanged = api("GET", path, tpl.value(), null, "If-None-Match", etag);
        assertEquals(304, unchanged.statusCode());
        assertEquals("", unchanged.body());
        assertEquals(etag, unchanged.headers().firstValue("ETag").orElse(""));
        assertEquals(
                304,
                api("GET", path, tpl.value(), null, "If-None-Match", "W/" + etag)
                        .statusCode());
        assertEquals(
                200,
                api("GET", path, tpl.value(), null, "If-None-Match", "\"99\"").statusCode());

        String rename = "{\"name\":\"Etag Limited\"}";
        for (String weakOrAny : List.of("W/" + etag, "*", "\"x\"")) {
            HttpResponse<String> r = api("PUT", path, tpl.value(), rename, "If-Match", weakOrAny);
            assertEquals(412, r.statusCode(), weakOrAny + ": " + r.body());
        }
        assertEquals(
                200, api("PUT", path, tpl.value(), rename, "If-Match", etag).statusCode());
        assertEquals(
                200, api("GET", path, tpl.value(), null, "If-None-Match", etag).statusCode(), "changed");
    }

    private static String contract(String number) {
        return "{\"contractNumber\":\"" + number + "\",\"startDate\":\"2027-01-01\",\"services\":[\"WAREHOUSING\"],"
                + "\"monthlyFee\":12500.00,\"currency\":\"GBP\"}";
    }

    private static long contractsOf(Fixtures.Org org) {
        return Fixtures.query("select id from client_contract where organisation_id = ?", org.id())
                .size();
    }

    @Test
    void aCreatingPostWithAnIdempotencyKeyRunsOnce() {
        Fixtures.Org org = Fixtures.organisation("Idempotent Ltd");
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        String path = "organisations/" + org.id() + "/contracts";
        String key = "c-" + org.id();

        HttpResponse<String> first = api("POST", path, tpl.value(), contract("IK-" + org.id()), "Idempotency-Key", key);
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> retry = api("POST", path, tpl.value(), contract("IK-" + org.id()), "Idempotency-Key", key);
        assertEquals(201, retry.statusCode(), retry.body());
        assertEquals(json(first), json(retry));
        assertEquals(first.headers().firstValue("Location"), retry.headers().firstValue("Location"));
        assertEquals(first.headers().firstValue("ETag"), retry.headers().firstValue("ETag"));
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(1, contractsOf(org));

        HttpResponse<String> other =
                api("POST", path, tpl.value(), contract("IK2-" + org.id()), "Idempotency-Key", key);
        assertEquals(422, other.statusCode(), other.body());
        assertEquals(
                "Idempotency-Key",
                json(other).getJsonArray("errors").getJsonObject(0).getString("field"));

        // a refused request changed nothing and gives its key up: corrected, it runs
        String fix = "fix-" + org.id();
        assertEquals(
                422,
                api("POST", path, tpl.value(), contract("IK-" + org.id()), "Idempotency-Key", fix)
                        .statusCode(),
                "the number is taken");
        assertEquals(
                201,
                api("POST", path, tpl.value(), contract("IK3-" + org.id()), "Idempotency-Key", fix)
                        .statusCode());
        assertEquals(2, contractsOf(org));

        assertEquals(
                422,
                api("POST", path, tpl.value(), contract("IK4-" + org.id()), "Idempotency-Key", "x".repeat(101))
                        .statusCode());

        // after 24 hours the key is free again, and the housekeeping removes what is older
        Fixtures.update(
                "update idempotency_record set created_at = created_at - interval '25 hours' where "
                        + "credential_id = ? and idempotency_key = ?",
                tpl.id(),
                key);
        HttpResponse<String> later = api("POST", path, tpl.value(), contract("IK-" + org.id()), "Idempotency-Key", key);
        assertEquals(422, later.statusCode(), "runs again, and the number is taken now: " + later.body());
        Fixtures.update(
                "update idempotency_record set created_at = created_at - interval '25 hours' where credential_id = ?",
                tpl.id());
        Http.postUntilRan("maintenance/housekeeping", tpl.value());
        assertEquals(
                0,
                Fixtures.query("select 1 from idempotency_record where credential_id = ?", tpl.id())
                        .size());
    }

    @Test
    void concurrentRetriesCreateOneRecord() throws Exception {
        Fixtures.Org org = Fixtures.organisation("Concurrent Ltd");
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        String path = "organisations/" + org.id() + "/contracts";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> api("POST", path, tpl.value(), contract("CC-" + org.id()), "Idempotency-Key", "same")
                        .statusCode());
            }
            Set<Integer> answers = new HashSet<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
            assertTrue(Set.of(201, 409).containsAll(answers), answers.toString());
            assertTrue(answers.contains(201));
        } finally {
            pool.shutdown();
        }
        assertEquals(1, contractsOf(org));
        assertFalse(
                api("POST", path, tpl.value(), contract("CC-" + org.id()), "Idempotency-Key", "same")
                        .headers()
                        .firstValue("Idempotent-Replayed")
                        .isEmpty(),
                "a retry afterwards is the first answer again");
    }
}
