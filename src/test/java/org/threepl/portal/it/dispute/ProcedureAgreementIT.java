package org.threepl.portal.it.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.threepl.portal.it.support.PortalDeployment;

/**
 * A dispute procedure both sides sign (issue 16, item 1): the 3PL proposes, the client counter-proposes, the 3PL
 * accepts, and a dispute filed afterwards follows the agreed version; until then the standard template applies and both
 * sides see that. Each answer goes to the other side, on the version read; a rejection says why.
 */
@ExtendWith(ArquillianExtension.class)
class ProcedureAgreementIT {

    private static final String PROPOSAL = """
            {"contractId":%d,"kinds":["BILLING","LOSS_OR_DAMAGE"],"filingWindowDays":%d,"acknowledgeDays":5,
             "resolveDays":20,"businessDays":false,"reopenWindowDays":10,
             "ladder":[{"name":"%s","timeLimitDays":5},{"name":"Managing directors","timeLimitDays":0}],
             "effectiveFrom":"%s"%s}""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    private static List<JsonObject> versions(Fixtures.Contract contract, String key) {
        return json(api("GET", "disputes/procedures?contract=" + contract.id(), key, null))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static String etag(HttpResponse<String> r) {
        return r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + r.body()));
    }

    /** Notifications of the event ({@code procedure.agreed} …) the user received. */
    private static long told(Fixtures.User user, String event) {
        return ((Number) Fixtures.single(
                                "select count(*) as n from notification where user_id = ? and subject_key = ?",
                                user.id(),
                                event + ".subject")
                        .get("n"))
                .longValue();
    }

    @Test
    void aProposalCounteredAndAcceptedIsTheProcedureTheNextDisputeFollows() {
        Fixtures.Org org = Fixtures.organisation("Agreeing Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, org);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);

        // the 3PL proposes: signed for the 3PL, the client's administrators told, nothing in force yet
        HttpResponse<String> proposed = api(
                "POST", "disputes/procedures", tpl.value(), PROPOSAL.formatted(contract.id(), 30, "Site", today(), ""));
        assertEquals(201, proposed.statusCode(), proposed.body());
        JsonObject first = json(proposed);
        assertEquals("PROPOSED", first.getString("agreement"));
        assertEquals("PROVIDER", first.getString("proposedBy"));
        assertTrue(first.containsKey("providerSignedAt") && !first.containsKey("clientSignedBy"), first.toString());
        assertEquals(1, told(admin, "procedure.proposed"));
        List<JsonObject> before = versions(contract, client.value());
        assertTrue(before.get(0).getBoolean("standard"), "the standard template applies, first: " + before);
        assertEquals(2, before.size());

        // a dispute filed meanwhile follows the standard template
        JsonObject early = json(api(
                "POST",
                "disputes",
                client.value(),
                "{\"kind\":\"BILLING\",\"amountClaimed\":1,\"currency\":\"EUR\",\"description\":\"before\"}"));
        assertEquals("Operations contacts", early.getString("levelName"), early.toString());

        // the proposer does not answer itself; a second proposal must answer the open one
        long firstId = first.getJsonNumber("id").longValue();
        HttpResponse<String> own = api(
                "POST",
                "disputes/procedures/" + firstId + "/acceptance",
                tpl.value(),
                null,
                "If-Match",
                etag(proposed));
        assertEquals(422, own.statusCode(), own.body());
        assertEquals("side", json(own).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> unanswered = api(
                "POST",
                "disputes/procedures",
                client.value(),
                PROPOSAL.formatted(contract.id(), 90, "Desk", today(), ""));
        assertEquals(422, unanswered.statusCode(), unanswered.body());
        assertEquals(
                "counterOf",
                json(unanswered).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                428,
                api("POST", "disputes/procedures/" + firstId + "/acceptance", client.value(), null)
                        .statusCode());

        // the client counters with a longer filing window
        HttpResponse<String> countered = api(
                "POST",
                "disputes/procedures",
                client.value(),
                PROPOSAL.formatted(contract.id(), 90, "Customer desk", today(), ",\"counterOf\":" + firstId));
        assertEquals(201, countered.statusCode(), countered.body());
        JsonObject counter = json(countered);
        assertEquals(firstId, counter.getJsonNumber("counterOf").longValue());
        assertEquals(1, told(manager, "procedure.countered"));
        HttpResponse<String> stale = api(
                "POST", "disputes/procedures/" + firstId + "/acceptance", client.value(), null, "If-Match", "\"0\"");
        assertEquals(412, stale.statusCode(), "the first proposal moved on to COUNTERED: " + stale.body());
        assertEquals(
                "COUNTERED",
                versions(contract, tpl.value()).stream()
                        .filter(v ->
                                v.containsKey("id") && v.getJsonNumber("id").longValue() == firstId)
                        .findFirst()
                        .orElseThrow()
                        .getString("agreement"));

        // the 3PL accepts the counter-proposal: agreed, both signatories recorded, the standard template gone
        HttpResponse<String> agreed = api(
                "POST",
                "disputes/procedures/" + counter.getJsonNumber("id") + "/acceptance",
                tpl.value(),
                null,
                "If-Match",
                etag(countered));
        assertEquals(200, agreed.statusCode(), agreed.body());
        JsonObject a = json(agreed);
        assertEquals("AGREED", a.getString("agreement"));
        assertTrue(a.getString("clientSignedBy").startsWith("Fixture key"), "the client's key signed: " + a);
        assertTrue(a.containsKey("providerSignedAt") && a.containsKey("clientSignedAt"), a.toString());
        assertEquals(1, told(admin, "procedure.agreed"));
        // the template no longer applies: listed only as the copy the earlier dispute was filed under
        assertTrue(
                versions(contract, client.value()).stream()
                        .noneMatch(v -> v.getBoolean("standard") && !v.containsKey("id")),
                "the standard template no longer applies");

        // the next dispute follows the agreed version; the earlier one keeps the template
        JsonObject later = json(api(
                "POST",
                "disputes",
                client.value(),
                "{\"kind\":\"BILLING\",\"amountClaimed\":1,\"currency\":\"EUR\",\"description\":\"after\"}"));
        assertEquals("Customer desk", later.getString("levelName"), later.toString());
        assertEquals(
                "Operations contacts",
                json(api("GET", "disputes/" + early.getJsonNumber("id"), client.value(), null))
                        .getString("levelName"));
    }

    @Test
    void aRejectionSaysWhyAndAProposalCanBeWithdrawnByItsProposerOnly() {
        Fixtures.Org org = Fixtures.organisation("Refusing Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, org);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        HttpResponse<String> proposed = api(
                "POST",
                "disputes/procedures",
                client.value(),
                PROPOSAL.formatted(contract.id(), 365, "Desk", today(), ""));
        assertEquals(201, proposed.statusCode(), proposed.body());
        String id = json(proposed).getJsonNumber("id").toString();
        assertEquals(1, told(manager, "procedure.proposed"));

        HttpResponse<String> noReason = api(
                "POST",
                "disputes/procedures/" + id + "/rejection",
                tpl.value(),
                "{\"reason\":\" \"}",
                "If-Match",
                "\"0\"");
        assertEquals(422, noReason.statusCode(), noReason.body());
        HttpResponse<String> rejected = api(
                "POST",
                "disputes/procedures/" + id + "/rejection",
                tpl.value(),
                "{\"reason\":\"A year to file is longer than our carriers allow\"}",
                "If-Match",
                "\"0\"");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals("REJECTED", json(rejected).getString("agreement"));
        assertEquals(
                "A year to file is longer than our carriers allow",
                json(rejected).getString("answerReason"));

        HttpResponse<String> again = api(
                "POST",
                "disputes/procedures",
                client.value(),
                PROPOSAL.formatted(contract.id(), 120, "Desk", today(), ""));
        assertEquals(201, again.statusCode(), "a rejected proposal leaves room for a new one: " + again.body());
        String second = json(again).getJsonNumber("id").toString();
        assertEquals(
                422,
                api("POST", "disputes/procedures/" + second + "/withdrawal", tpl.value(), null, "If-Match", "\"0\"")
                        .statusCode(),
                "only the proposer withdraws");
        HttpResponse<String> withdrawn =
                api("POST", "disputes/procedures/" + second + "/withdrawal", client.value(), null, "If-Match", "\"0\"");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", json(withdrawn).getString("agreement"));
        assertTrue(versions(contract, client.value()).get(0).getBoolean("standard"), "still nothing agreed");
    }
}
