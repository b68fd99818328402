package org.threepl.portal.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.PortalDeployment;

/** Bad input gets a clear RFC 9457 answer, with field-level details, and changes nothing. */
@ExtendWith(ArquillianExtension.class)
class ProblemDetailsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static void assertProblem(HttpResponse<String> r, int status, String type) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(
                "application/problem+json",
                r.headers().firstValue("Content-Type").orElse(""),
                r.body());
        JsonObject p = json(r);
        assertEquals(status, p.getInt("status"));
        assertTrue(p.getString("type").endsWith("/" + type), p.toString());
        assertFalse(p.getString("title").isBlank());
        assertFalse(r.body().contains("Exception"), "no exception names or stack traces leak: " + r.body());
    }

    @Test
    void invalidFieldsAreAllListed() {
        Fixtures.Org org = Fixtures.organisation("Validation Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);

        HttpResponse<String> r = api(
                "POST",
                "organisations/" + org.id() + "/users",
                key.value(),
                "{\"username\":\"\",\"displayName\":\"Ann\",\"email\":\"not-an-email\"}");
        assertProblem(r, 400, "validation-failed");
        List<String> fields = json(r).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .distinct()
                .toList();
        assertEquals(
                List.of("email", "role", "username"), fields, "sorted by field; a field may have several messages");
        assertEquals(
                0,
                Fixtures.query("select 1 from user_account where organisation_id = ?", org.id())
                        .size());
    }

    @Test
    void malformedJsonAndUnknownFieldsAreRefused() {
        Fixtures.Org org = Fixtures.organisation("Json Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        String path = "organisations/" + org.id() + "/users";

        assertProblem(api("POST", path, key.value(), "{\"username\": "), 400, "malformed-json");
        assertProblem(
                api(
                        "POST",
                        path,
                        key.value(),
                        "{\"username\":\"x.unknown\",\"displayName\":\"X\",\"email\":\"x@example.com\",\"rol"
                                + "e\":\"CLIENT_USER\",\"isAdmin\":true}"),
                400,
                "malformed-json");
        assertProblem(
                api(
                        "POST",
                        path,
                        key.value(),
                        "{\"username\":\"x.badrole\",\"displayName\":\"X\",\"email\":\"x@example.com\",\"rol"
                                + "e\":\"SUPERUSER\"}"),
                400,
                "malformed-json");
        assertEquals(
                0,
                Fixtures.query("select 1 from user_account where organisation_id = ?", org.id())
                        .size());
    }

    @Test
    void httpLevelErrorsAreProblemsToo() {
        Fixtures.Key key = Fixtures.apiKey(Fixtures.organisation("Http Ltd"), ApiScope.READ, ApiScope.WRITE);
        assertProblem(api("GET", "no-such-resource", key.value(), null), 404, "http-404");
        assertProblem(api("GET", "organisations/abc", key.value(), null), 404, "http-404");
        assertProblem(api("DELETE", "me", key.value(), null), 405, "http-405");
        assertProblem(
                api("POST", "organisations/1/users", key.value(), null, "Content-Type", "text/plain"), 415, "http-415");
    }

    @Test
    void queryParametersAndDomainRulesNameTheirField() {
        Fixtures.Org org = Fixtures.organisation("Fields Ltd");
        Fixtures.Key integration = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);

        HttpResponse<String> limit = api("GET", "organisations?limit=0", integration.value(), null);
        assertProblem(limit, 400, "validation-failed");
        assertEquals(
                "limit", json(limit).getJsonArray("errors").getJsonObject(0).getString("field"));

        HttpResponse<String> currency = api(
                "POST",
                "organisations/" + org.id() + "/contracts",
                integration.value(),
                "{\"contractNumber\":\"C-XYZ-" + org.code()
                        + "\",\"startDate\":\"2026-01-01\",\"services\":[\"TRANSPORT\"],"
                        + "\"monthlyFee\":10,\"currency\":\"XYZ\"}");
        assertProblem(currency, 422, "rule-violation");
        assertEquals(
                "currency",
                json(currency).getJsonArray("errors").getJsonObject(0).getString("field"));

        HttpResponse<String> term = api(
                "POST",
                "organisations/" + org.id() + "/contracts",
                integration.value(),
                "{\"contractNumber\":\"C-TERM-" + org.code()
                        + "\",\"startDate\":\"2026-06-01\",\"endDate\":\"2026-01-01\","
                        + "\"services\":[\"TRANSPORT\"],\"monthlyFee\":10,\"currency\":\"EUR\"}");
        assertProblem(term, 422, "rule-violation");
        assertEquals(
                "endDate", json(term).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                0,
                Fixtures.query("select 1 from client_contract where organisation_id = ?", org.id())
                        .size());
    }

    @Test
    void aTakenContractNumberIsAFieldError() {
        Fixtures.Org org = Fixtures.organisation("Taken Ltd");
        Fixtures.Contract existing = Fixtures.contract(org);
        Fixtures.Key integration = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);

        HttpResponse<String> r = api(
                "POST",
                "organisations/" + org.id() + "/contracts",
                integration.value(),
                "{\"contractNumber\":\"" + existing.number()
                        + "\",\"startDate\":\"2026-01-01\",\"services\":[\"TRANSPORT\"],"
                        + "\"monthlyFee\":1,\"currency\":\"EUR\"}");
        assertProblem(r, 422, "rule-violation");
        assertEquals(
                "contractNumber",
                json(r).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void changesNeedTheCurrentETag() {
        Fixtures.Org org = Fixtures.organisation("Etag Ltd");
        Fixtures.Key integration = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        String path = "organisations/" + org.id();

        HttpResponse<String> read = api("GET", path, integration.value(), null);
        String etag = read.headers().firstValue("ETag").orElseThrow();

        assertProblem(
                api("PUT", path, integration.value(), "{\"name\":\"No precondition\"}"), 428, "if-match-required");

        HttpResponse<String> first =
                api("PUT", path, integration.value(), "{\"name\":\"First writer\"}", "If-Match", etag);
        assertEquals(200, first.statusCode(), first.body());
        String newTag = first.headers().firstValue("ETag").orElseThrow();
        assertFalse(newTag.equals(etag), "the version moved on");

        // a second client still holding the old ETag must not overwrite the first one's change
        assertProblem(
                api("PUT", path, integration.value(), "{\"name\":\"Second writer\"}", "If-Match", etag),
                412,
                "stale-version");
        assertEquals(
                "First writer",
                Fixtures.single("select name from organisation where id = ?", org.id())
                        .get("name"));
    }

    @Test
    void aClientKeyMayNotRenameItsOwnOrganisation() {
        Fixtures.Org org = Fixtures.organisation("Own Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        assertProblem(
                api("PUT", "organisations/" + org.id(), key.value(), "{\"name\":\"Renamed\"}", "If-Match", "\"0\""),
                403,
                "forbidden");
        assertEquals(
                org.name(),
                Fixtures.single("select name from organisation where id = ?", org.id())
                        .get("name"));
    }
}
