package org.threepl.portal.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.get;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiKey;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.PortalDeployment;

/** API keys: who gets in, as whom, and what is stored. */
@ExtendWith(ArquillianExtension.class)
class ApiAuthenticationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @Test
    void aRequestWithoutKeyGets401ProblemJson() {
        HttpResponse<String> r = get("me", null);
        assertEquals(401, r.statusCode());
        assertEquals(
                "application/problem+json",
                r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        JsonObject p = json(r);
        assertEquals(401, p.getInt("status"));
        assertTrue(p.getString("type").endsWith("/unauthenticated"));
    }

    @Test
    void malformedUnknownRevokedAndSuspendedKeysGet401() {
        Fixtures.Org org = Fixtures.organisation("Keys Ltd");
        Fixtures.Key revoked = Fixtures.apiKey(org, ApiScope.READ);
        Fixtures.revoke(revoked);
        Fixtures.Org suspended = Fixtures.organisation("Suspended Ltd");
        Fixtures.Key ofSuspended = Fixtures.apiKey(suspended, ApiScope.READ);
        Fixtures.suspend(suspended);

        assertEquals(401, get("me", "not-a-key").statusCode());
        assertEquals(401, get("me", ApiKey.generate().value()).statusCode(), "well-formed but never issued");
        assertEquals(401, get("me", revoked.value()).statusCode(), "revoked");
        assertEquals(401, get("me", ofSuspended.value()).statusCode(), "organisation suspended");
        String tampered = revoked.value().substring(0, revoked.value().length() - 1)
                + (revoked.value().endsWith("a") ? "b" : "a");
        assertEquals(401, get("me", tampered).statusCode(), "right prefix, wrong secret");
    }

    @Test
    void aClientKeySeesItsOrganisationAndScopes() {
        Fixtures.Org org = Fixtures.organisation("Me Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ);

        HttpResponse<String> r = get("me", key.value());
        assertEquals(200, r.statusCode(), r.body());
        JsonObject me = json(r);
        assertEquals("OWN_ORGANISATION", me.getString("access"));
        assertEquals(org.code(), me.getJsonObject("organisation").getString("code"));
        assertEquals("[\"READ\"]", me.getJsonArray("scopes").toString());
    }

    @Test
    void theXApiKeyHeaderWorksToo() {
        Fixtures.Org org = Fixtures.organisation("Header Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ);
        HttpResponse<String> r = api("GET", "me", null, null, "X-API-Key", key.value());
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void aThreePlIntegrationKeySeesAllOrganisations() {
        Fixtures.Key key = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        JsonObject me = json(get("me", key.value()));
        assertEquals("ALL_ORGANISATIONS", me.getString("access"));
        assertFalse(me.containsKey("organisation"), "a 3PL integration has no organisation of its own");
    }

    @Test
    void aReadOnlyKeyCannotChangeAnything() {
        Fixtures.Org org = Fixtures.organisation("Read Only Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ);
        HttpResponse<String> r = api(
                "POST",
                "organisations/" + org.id() + "/users",
                key.value(),
                "{\"username\":\"ro.user.x\",\"displayName\":\"X\",\"email\":\"x@example.com\",\"role\":\"CL"
                        + "IENT_USER\"}");
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(json(r).getString("type").endsWith("/insufficient-scope"));
        assertTrue(Fixtures.query("select 1 from user_account where username = 'ro.user.x'")
                .isEmpty());
    }

    @Test
    void onlyADigestOfTheKeyIsStoredAndUseIsRecorded() {
        Fixtures.Org org = Fixtures.organisation("Digest Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ);
        assertEquals(200, get("me", key.value()).statusCode());

        Map<String, Object> row = Fixtures.single("select * from api_credential where id = ?", key.id());
        String secret = key.value().substring(key.value().lastIndexOf('_') + 1);
        row.values()
                .forEach(v -> assertFalse(String.valueOf(v).contains(secret), "the secret is stored in plain text"));
        assertEquals(ApiKey.parse(key.value()).orElseThrow().digest(), row.get("key_digest"));
        assertNotNull(row.get("last_used_at"), "last use is recorded");
    }
}
