package org.threepl.portal.it.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.PortalDeployment;

/** X12 214 files through POST /api/v1/edi/214: events recorded as the JSON API records them, a 997 in answer. */
@ExtendWith(ArquillianExtension.class)
class Edi214IT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static final String GS = "GS*QM*CARRIER01*SHIPPER01*20261201*1200*7*X*004010~";

    private static String isa(String control) {
        return "ISA*00*          *00*          *ZZ*CARRIER01      *ZZ*SHIPPER01      *261201*1200*U*00401*"
                + control
                + "*0*P*>~";
    }

    /** One set for one shipment, written by hand from the 214's structure; SE counts its segments. */
    private static String set(String control, String reference, String... statuses) {
        StringBuilder b = new StringBuilder("ST*214*" + control + "~B10*PRO" + control + "*" + reference + "*ACME~");
        b.append("L11*").append(reference).append("*SI~");
        int segments = 4;
        int n = 0;
        for (String status : statuses) {
            n++;
            b.append("LX*").append(n).append("~AT7*").append(status).append("~MS1*Hamburg**DE~");
            segments += 3;
        }
        return b.append("SE*")
                .append(segments)
                .append('*')
                .append(control)
                .append('~')
                .toString();
    }

    private static String interchange(String control, String... sets) {
        return isa(control) + GS + String.join("", sets) + "GE*" + sets.length + "*7~IEA*1*" + control + "~";
    }

    private static HttpResponse<String> post(Fixtures.Key key, String body) {
        return api("POST", "edi/214", key.value(), body, "Content-Type", "application/edi-x12", "Accept", "*/*");
    }

    private static int events(Fixtures.Shipment s) {
        return Fixtures.query("select 1 from tracking_event where shipment_id = ?", s.id())
                .size();
    }

    @Test
    void aGoodInterchangeChangesTheStatusAndIsAcknowledged() {
        Fixtures.Org org = Fixtures.organisation("Edi Good Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Shipment s = Fixtures.shipment(org, "EDI-1", Instant.parse("2026-11-01T00:00:00Z"));
        String file = interchange(
                "000000201",
                set(
                        "0001",
                        s.reference(),
                        "AF*NS***20261101*0800*UT",
                        "X1*NS***20261103*0930*UT",
                        "D1*NS***20261103*1015*UT"));

        HttpResponse<String> r = post(key, file);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/edi-x12"), r.body());
        assertTrue(r.body().contains("ST*997*0001~AK1*QM*7~AK2*214*0001~AK5*A~AK9*A*1*1*1~"), r.body());

        JsonObject detail = json(api("GET", "shipments/" + s.id(), key.value(), null));
        assertEquals("DELIVERED", detail.getJsonObject("shipment").getString("status"));
        assertEquals(3, detail.getJsonArray("events").size());
        assertEquals(
                "Hamburg, DE", detail.getJsonArray("events").getJsonObject(0).getString("location"));

        // the same file again: the event ids are the control numbers, so nothing is stored twice
        assertEquals(200, post(key, file).statusCode());
        assertEquals(3, events(s));
    }

    @Test
    void aSetWithAWrongSegmentCountIsRejectedTheOtherRecorded() {
        Fixtures.Org org = Fixtures.organisation("Edi Count Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Shipment good = Fixtures.shipment(org, "EDI-2", Instant.parse("2026-11-01T00:00:00Z"));
        Fixtures.Shipment bad = Fixtures.shipment(org, "EDI-3", Instant.parse("2026-11-01T00:00:00Z"));
        String wrongCount =
                set("0002", bad.reference(), "AF*NS***20261101*0900*UT").replace("SE*7*0002", "SE*9*0002");

        HttpResponse<String> r = post(
                key, interchange("000000202", set("0001", good.reference(), "AF*NS***20261101*0800*UT"), wrongCount));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("AK2*214*0001~AK5*A~AK2*214*0002~AK5*R*4~AK9*P*2*2*1~"), r.body());
        assertEquals(1, events(good));
        assertEquals(0, events(bad));
    }

    @Test
    void aBrokenEnvelopeIsAProblemAndNothingIsStored() {
        Fixtures.Org org = Fixtures.organisation("Edi Broken Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Shipment s = Fixtures.shipment(org, "EDI-4", Instant.parse("2026-11-01T00:00:00Z"));
        String one = set("0001", s.reference(), "AF*NS***20261101*0800*UT");
        for (String broken : new String[] {
            // GE counts two sets, there is one
            isa("000000203") + GS + one + "GE*2*7~IEA*1*000000203~",
            // IEA counts two groups
            isa("000000204") + GS + one + "GE*1*7~IEA*2*000000204~",
            // an ISA cut short
            "ISA*00*    *00~"
        }) {
            HttpResponse<String> r = post(key, broken);
            assertEquals(422, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(r.body().contains("interchange"), r.body());
        }
        assertEquals(0, events(s));

        // a key that may only read records nothing
        Fixtures.Key reader = Fixtures.apiKey(org, ApiScope.READ);
        assertEquals(403, post(reader, interchange("000000205", one)).statusCode());
        assertEquals(0, events(s));
    }

    @Test
    void anotherOrganisationsShipmentIsNotReachable() {
        Fixtures.Org mine = Fixtures.organisation("Edi Mine Ltd");
        Fixtures.Org theirs = Fixtures.organisation("Edi Theirs Ltd");
        Fixtures.Key key = Fixtures.apiKey(mine, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Shipment other = Fixtures.shipment(theirs, "EDI-5", Instant.parse("2026-11-01T00:00:00Z"));
        String file = interchange("000000206", set("0001", other.reference(), "A9*NS***20261101*0800*UT"));

        HttpResponse<String> own = post(key, file);
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("AK5*R*5~"), own.body());
        HttpResponse<String> named = api(
                "POST",
                "edi/214?organisation=" + theirs.code(),
                key.value(),
                file,
                "Content-Type",
                "application/edi-x12",
                "Accept",
                "*/*");
        assertEquals(403, named.statusCode(), named.body());
        assertEquals(0, events(other));
    }

    @Test
    void aClientsEventsAreExportedAsOneSetPerShipment() {
        Fixtures.Org org = Fixtures.organisation("Edi Export Ltd");
        Fixtures.Org other = Fixtures.organisation("Edi Export Other Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Shipment first = Fixtures.shipment(org, "EDI-6", Instant.parse("2026-11-01T00:00:00Z"));
        Fixtures.Shipment second = Fixtures.shipment(org, "EDI-7", Instant.parse("2026-11-01T00:00:00Z"));
        HttpResponse<String> in = post(
                key,
                interchange(
                        "000000207",
                        set("0001", first.reference(), "AF*NS***20261102*0800*UT", "D1*NS***20261104*1000*UT"),
                        set("0002", second.reference(), "SD*AO***20261103*0900*UT")));
        assertEquals(200, in.statusCode(), in.body());

        HttpResponse<String> r =
                api("GET", "edi/214?from=2026-11-01&to=2026-12-01", key.value(), null, "Accept", "application/edi-x12");
        assertEquals(200, r.statusCode(), r.body());
        String text = r.body();
        assertTrue(text.contains("*ZZ*" + org.code()), text);
        assertTrue(
                text.contains("ST*214*0001~B10*N-EDI-6*EDI-6~L11*EDI-6*SI~LX*1~AT7*AF*NS***20261102*080000*UT~"
                        + "MS1*Hamburg, DE~LX*2~AT7*D1*NS***20261104*100000*UT~MS1*Hamburg, DE~SE*10*0001~"),
                text);
        assertTrue(
                text.contains("ST*214*0002~B10*N-EDI-7*EDI-7~L11*EDI-7*SI~LX*1~AT7*SD*AO***20261103*090000*UT~"
                        + "MS1*Hamburg, DE~SE*7*0002~GE*2*1~IEA*1*"),
                text);

        // the exported file is a 214 the portal itself reads: its counts and control numbers add up
        HttpResponse<String> back = post(key, text);
        assertEquals(200, back.statusCode(), back.body());
        assertTrue(back.body().contains("AK9*A*2*2*2~"), back.body());

        assertEquals(
                404,
                api(
                                "GET",
                                "edi/214?organisation=" + other.id() + "&from=2026-11-01&to=2026-12-01",
                                key.value(),
                                null,
                                "Accept",
                                "application/edi-x12")
                        .statusCode());
        assertEquals(
                422,
                api("GET", "edi/214?from=2026-11-01&to=2026-10-01", key.value(), null, "Accept", "*/*")
                        .statusCode());
    }
}
