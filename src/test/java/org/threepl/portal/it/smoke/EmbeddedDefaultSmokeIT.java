package org.threepl.portal.it.smoke;

import org.junit.jupiter.api.Test;
import org.threepl.portal.infrastructure.startup.DemoData;
import org.threepl.portal.it.support.Http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The zero-set-up default that `mvn liberty:run` gives a new user: the server `mvn verify` started
 * from liberty/server.xml, on its embedded H2 database with the demo data, over plain HTTP.
 */
class EmbeddedDefaultSmokeIT {

    private static final URI BASE = URI.create("http://localhost:" + System.getProperty("smoke.http.port", "9080") + "/portal/");

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
        HttpResponse<String> r = Http.send(Http.client(), HttpRequest.newBuilder(BASE.resolve("api/v1/me"))
                .header("Authorization", "Bearer " + DemoData.ACME_KEY).build());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"code\":\"ACME\""), r.body());
    }

    @Test
    void onH2ACsvImportGoesThroughTheRegularBatchesWithTheSameRules() {
        String ref = "SMOKE-" + System.nanoTime();
        String times = ",2026-11-03T08:00:00Z,2026-11-03T09:00:00Z,2026-12-01T08:00:00Z,2026-12-01T09:00:00Z,";
        String csv = "reference,origin,destination,transport_mode,service_level,pickup_from,pickup_to,delivery_from,delivery_to,ordered_quantity\n"
                + ref + ",Shanghai,Hamburg,SEA,STANDARD" + times + "5\n"
                + ref + "-B,Shanghai,Hamburg,TELEPORT,STANDARD" + times + "5\n"
                + ref + ",Shanghai,Rotterdam,SEA,STANDARD" + times + "6\n"; // the same reference again: the later line wins
        HttpResponse<String> r = Http.send(Http.client(), HttpRequest.newBuilder(BASE.resolve("api/v1/imports/shipments"))
                .header("Authorization", "Bearer " + DemoData.ACME_KEY).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"method\":\"batches\""), r.body());
        assertTrue(r.body().contains("\"created\":1") && r.body().contains("\"updated\":1") && r.body().contains("\"rejected\":1"), r.body());
        assertTrue(r.body().contains("\"line\":3") && r.body().contains("transportMode"), r.body());
    }

    @Test
    void healthAndOpenApiAreServed() {
        HttpResponse<String> health = Http.send(Http.client(), HttpRequest.newBuilder(BASE.resolve("/health")).build());
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"database\""), health.body());
        assertTrue(health.body().contains("Hibernate ORM 7."), "Hibernate, not EclipseLink, serves the persistence unit: " + health.body());
        HttpResponse<String> openapi = Http.send(Http.client(), HttpRequest.newBuilder(BASE.resolve("/openapi")).build());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/organisations/{id}"), "the API is documented");
    }
}
