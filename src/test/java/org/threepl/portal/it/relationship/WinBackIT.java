package org.threepl.portal.it.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * A lost client and its win-back through the API (issue 16, item 6): the loss recorded with its reason and plan, the
 * lifecycle ending in "lost", a step done and the client won back on the version read (412 on a stale one), the stage
 * "recovered"; a second open loss and bad input refused by field; a client's own key refused.
 */
@ExtendWith(ArquillianExtension.class)
class WinBackIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static String stage(Fixtures.Org org, Fixtures.Key staff) {
        RelationshipApiIT.recompute(org.id(), staff.value());
        HttpResponse<String> r = api("GET", "relationship/clients/" + org.id() + "/profile", staff.value(), null);
        assertEquals(200, r.statusCode(), r.body());
        return json(r).getJsonObject("lifecycle").getString("stage");
    }

    private static String field(HttpResponse<String> r) {
        return json(r).getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void aLostClientWithAPlanIsWonBackAndTheLifecycleSaysSo() {
        Fixtures.Org org = Fixtures.organisation("Lost Freight Ltd");
        Fixtures.contract(org);
        Fixtures.Key staff = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        String loss = "relationship/clients/" + org.id() + "/loss";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertEquals(404, api("GET", loss, staff.value(), null).statusCode(), "never lost");

        HttpResponse<String> recorded = api(
                "POST",
                loss,
                staff.value(),
                "{\"lostOn\":\"" + today.minusDays(10) + "\",\"reason\":\"SERVICE_FAILURE\",\"note\":\"Two damaged"
                        + " loads in a month\",\"steps\":[{\"title\":\"Call the logistics director\",\"dueOn\":\""
                        + today + "\"},{\"title\":\"Offer a service review\",\"dueOn\":\"" + today.plusDays(14)
                        + "\"}]}");
        assertEquals(201, recorded.statusCode(), recorded.body());
        assertEquals("\"0\"", recorded.headers().firstValue("ETag").orElseThrow());
        JsonObject l = json(recorded);
        assertEquals("LOST", l.getString("state"));
        assertEquals(2, l.getJsonArray("steps").size());
        assertEquals("LOST", stage(org, staff));

        HttpResponse<String> again =
                api("POST", loss, staff.value(), "{\"lostOn\":\"" + today + "\",\"reason\":\"PRICE\"}");
        assertEquals(422, again.statusCode(), again.body());
        assertEquals("state", field(again), "one open loss at a time");

        String done = loss + "/steps/0/done";
        assertEquals(428, api("POST", done, staff.value(), null).statusCode(), "If-Match needed");
        HttpResponse<String> stepDone = api("POST", done, staff.value(), null, "If-Match", "\"0\"");
        assertEquals(200, stepDone.statusCode(), stepDone.body());
        assertTrue(json(stepDone).getJsonArray("steps").getJsonObject(0).getBoolean("done"));
        assertEquals(
                412,
                api("POST", loss + "/steps/1/done", staff.value(), null, "If-Match", "\"0\"")
                        .statusCode(),
                "a stale version");

        String back = "{\"recoveredOn\":\"" + today + "\"}";
        HttpResponse<String> early = api(
                "POST",
                loss + "/recovery",
                staff.value(),
                "{\"recoveredOn\":\"" + today.minusDays(11) + "\"}",
                "If-Match",
                "\"1\"");
        assertEquals(422, early.statusCode(), early.body());
        assertEquals("recoveredOn", field(early), "back before it was lost");
        HttpResponse<String> wonBack = api("POST", loss + "/recovery", staff.value(), back, "If-Match", "\"1\"");
        assertEquals(200, wonBack.statusCode(), wonBack.body());
        assertEquals("RECOVERED", json(wonBack).getString("state"));
        assertEquals("RECOVERED", stage(org, staff));
        // read back in a fresh request
        JsonObject read = json(api("GET", loss, staff.value(), null));
        assertEquals(today.toString(), read.getString("recoveredOn"));
        assertEquals("SERVICE_FAILURE", read.getString("reason"));
    }

    @Test
    void badInputIsRefusedByFieldAndAClientsKeySeesNothing() {
        Fixtures.Org org = Fixtures.organisation("Refused Loss Ltd");
        Fixtures.Key staff = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        String loss = "relationship/clients/" + org.id() + "/loss";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        HttpResponse<String> reason =
                api("POST", loss, staff.value(), "{\"lostOn\":\"" + today + "\",\"reason\":\"BORED\"}");
        assertEquals(422, reason.statusCode(), reason.body());
        assertEquals("reason", field(reason));
        HttpResponse<String> future =
                api("POST", loss, staff.value(), "{\"lostOn\":\"" + today.plusDays(1) + "\",\"reason\":\"PRICE\"}");
        assertEquals(422, future.statusCode(), future.body());
        assertEquals("lostOn", field(future));
        HttpResponse<String> early = api(
                "POST",
                loss,
                staff.value(),
                "{\"lostOn\":\"" + today + "\",\"reason\":\"PRICE\",\"steps\":[{\"title\":\"Call\",\"dueOn\":\""
                        + today.minusDays(1) + "\"}]}");
        assertEquals(422, early.statusCode(), early.body());
        assertEquals("steps", field(early));
        assertTrue(early.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(404, api("GET", loss, staff.value(), null).statusCode(), "nothing was stored");

        assertEquals(403, api("GET", loss, client.value(), null).statusCode());
        assertEquals(
                403,
                api("POST", loss, client.value(), "{\"lostOn\":\"" + today + "\",\"reason\":\"PRICE\"}")
                        .statusCode());
    }
}
