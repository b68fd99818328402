package org.threepl.portal.it.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.relationship.Proxy;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;
import org.threepl.portal.it.support.Profiles;

/**
 * Relationship management through the API against PostgreSQL: the computation (as the scheduler runs it, and on demand)
 * and how changed data changes the snapshot; what a client may see and what it may not; the tier approval flow with
 * If-Match; surveys; contacts, facts and tasks; the settings.
 */
@ExtendWith(ArquillianExtension.class)
class RelationshipApiIT {

    private static final String ALL_DIMENSIONS = """
            {"answers":[{"dimension":"ON_TIME","expected":6,"perceived":5},
             {"dimension":"CONDITION","expected":6,"perceived":6},
             {"dimension":"COMMUNICATION","expected":5,"perceived":6},
             {"dimension":"INVOICING_ACCURACY","expected":6,"perceived":6},
             {"dimension":"RESPONSIVENESS","expected":5,"perceived":5}],"comment":"Solid quarter"}""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static String etag(HttpResponse<String> r) {
        return r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + r.body()));
    }

    private static JsonArray array(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject().getJsonArray("items");
    }

    /**
     * Runs the computation (one client, or all with null) until this request got the lease (the scheduler may hold it).
     */
    static JsonObject recompute(Long org, String tplKey) {
        return Http.postUntilRan("relationship/recompute" + (org == null ? "" : "?organisation=" + org), tplKey);
    }

    private static BigDecimal number(JsonObject o, String name) {
        return o.getJsonNumber(name).bigDecimalValue();
    }

    private static Timestamp daysAgo(long days) {
        return Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS));
    }

    @Test
    void theProfileExplainsEveryScoreAndChangedDataChangesTheSnapshot() {
        Fixtures.Org org = Fixtures.organisation("Profiled Ltd");
        Fixtures.contract(org);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        Fixtures.update(
                "insert into invoice (id, organisation_id, invoice_number, issued_on, due_on, currency, "
                        + "total_amount, cost_amount,"
                        + " source_system, received_at, version) values (?, ?, ?, current_date - 20, "
                        + "current_date + 10, 'GBP', 10000, 8000, 'ERP', ?, 0)",
                org.id() * 10 + 7,
                org.id(),
                "INV-" + org.code(),
                Timestamp.from(Instant.now()));

        JsonObject run = recompute(org.id(), tpl.value());
        assertEquals(1, run.getInt("snapshots"), run.toString());
        JsonObject before = json(api("GET", "relationship/clients/" + org.id() + "/profile", tpl.value(), null));
        JsonObject sc = before.getJsonObject("switchingCost");
        assertEquals(8, sc.getJsonArray("facets").size());
        assertEquals(3, sc.getJsonArray("groups").size());
        // every score's points add up to it
        for (JsonObject f : sc.getJsonArray("facets").getValuesAs(JsonObject.class)) {
            BigDecimal sum = f.getJsonArray("contributions").getValuesAs(JsonObject.class).stream()
                    .map(c -> number(c, "points"))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, sum.compareTo(number(f, "score")), f.toString());
        }
        BigDecimal index = sc.getJsonArray("groupsInIndex").getValuesAs(JsonObject.class).stream()
                .map(g -> number(g, "points"))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, index.compareTo(number(sc, "index")));
        assertEquals(
                1,
                Profiles.contribution(before, "SETUP", "ACTIVE_API_CREDENTIALS").getInt("rawValue"));
        assertFalse(
                Profiles.contribution(before, "BRAND_RELATIONSHIP_LOSS", "SURVEY_SATISFACTION")
                        .getBoolean("measured"),
                "no survey yet: no data");
        // value from the invoice (GBP 10,000 at 1.17 = EUR 11,700), margin from its known cost
        JsonObject value = before.getJsonObject("value");
        assertEquals("INVOICES", value.getString("source"));
        assertEquals(0, new BigDecimal("11700.00").compareTo(number(value, "revenue")), value.toString());
        assertEquals(0, new BigDecimal("2340.00").compareTo(number(value, "margin")), value.toString());
        assertTrue(before.getJsonObject("lifetimeValue").getString("formula").startsWith("CLV = purchase value"));
        assertEquals(
                ChurnSignals.ALL,
                before.getJsonObject("lifecycle").getJsonArray("signals").size());

        // more integration, a business review and an exit fee: the set-up, personal and monetary facets rise
        Fixtures.apiKey(org, ApiScope.READ);
        assertEquals(
                201,
                api(
                                "POST",
                                "relationship/clients/" + org.id() + "/contacts",
                                tpl.value(),
                                "{\"kind\":\"BUSINESS_REVIEW\",\"summary\":\"Quarterly review with the "
                                        + "logistics director\",\"nextStep\":\"Send the plan\","
                                        + "\"nextStepDue\":\""
                                        + LocalDate.now(ZoneOffset.UTC).plusDays(7) + "\"}")
                        .statusCode());
        HttpResponse<String> facts = api("GET", "relationship/clients/" + org.id() + "/facts", tpl.value(), null);
        assertEquals("\"-1\"", etag(facts), "nothing recorded yet");
        assertEquals(
                200,
                api(
                                "PUT",
                                "relationship/clients/" + org.id() + "/facts",
                                tpl.value(),
                                "{\"exitFee\":50000,\"exitFeeCurrency\":\"EUR\",\"internalNote\":\"renewal "
                                        + "talks in spring\"}",
                                "If-Match",
                                etag(facts))
                        .statusCode());
        recompute(org.id(), tpl.value());
        JsonObject after = json(api("GET", "relationship/clients/" + org.id() + "/profile", tpl.value(), null));
        assertEquals(
                2,
                Profiles.contribution(after, "SETUP", "ACTIVE_API_CREDENTIALS").getInt("rawValue"));
        assertEquals(
                1,
                Profiles.contribution(after, "PERSONAL_RELATIONSHIP_LOSS", "BUSINESS_REVIEWS_PER_YEAR")
                        .getInt("rawValue"));
        assertEquals(
                0,
                new BigDecimal("50000")
                        .compareTo(number(Profiles.contribution(after, "MONETARY_LOSS", "EXIT_FEE"), "rawValue")));
        assertEquals(
                0,
                new BigDecimal("50.00")
                        .compareTo(number(Profiles.contribution(after, "MONETARY_LOSS", "EXIT_FEE"), "scaled")),
                "half at 50,000");
        assertTrue(
                number(after.getJsonObject("switchingCost"), "index").compareTo(number(sc, "index")) > 0,
                before.getJsonObject("switchingCost").getJsonNumber("index") + " -> "
                        + after.getJsonObject("switchingCost").getJsonNumber("index"));
        assertEquals("renewal talks in spring", after.getJsonObject("facts").getString("internalNote"));
        // one snapshot per day: the second run replaced the first
        JsonArray trend = array(api("GET", "relationship/clients/" + org.id() + "/trend?days=3", tpl.value(), null));
        assertEquals(1, trend.size(), trend.toString());
        assertEquals(
                0,
                number(trend.getJsonObject(0), "switchingCost")
                        .compareTo(number(after.getJsonObject("switchingCost"), "index")));
        // the latest keeps its explanation, and there is exactly one latest
        assertEquals(
                1,
                Fixtures.query(
                                "select 1 from relationship_snapshot where organisation_id = ? and latest = true",
                                org.id())
                        .size());
    }

    /** How many churn signals the lifecycle checks. */
    static final class ChurnSignals {
        static final int ALL = 7;
    }

    @Test
    void theScheduledRunComputesEveryClientAndRaisesTheTasksOfADecline() {
        Fixtures.Org org = Fixtures.organisation("Fading Foods");
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, org);
        // a contract that started 200 days ago and ends in 30: no contact logged since (contact due), ending soon
        Fixtures.update(
                "insert into client_contract (id, organisation_id, contract_number, start_date, end_date, "
                        + "services, monthly_fee, currency,"
                        + " version) values (?, ?, ?, current_date - 200, current_date + 30, 'TRANSPORT', "
                        + "9000, 'EUR', 0)",
                org.id() * 10 + 5,
                org.id(),
                "C-FADE-" + org.code());
        // twenty shipments picked up 100 to 170 days ago, none since: volume down
        for (int i = 0; i < 20; i++) {
            Fixtures.shipment(org, "FADE-" + i, Instant.now().minus(100 + 3 * i, ChronoUnit.DAYS));
        }
        JsonObject run = recompute(null, tpl.value());
        assertTrue(run.getInt("snapshots") >= 1 && run.getInt("clients") >= run.getInt("snapshots"), run.toString());

        JsonObject profile = json(api("GET", "relationship/clients/" + org.id() + "/profile", tpl.value(), null));
        JsonObject lifecycle = profile.getJsonObject("lifecycle");
        assertEquals("DECLINE", lifecycle.getString("stage"), lifecycle.toString());
        assertEquals(55, lifecycle.getInt("churnRisk"), "volume down 30 + contract ending 25");
        List<String> fired = lifecycle.getJsonArray("signals").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getBoolean("fired"))
                .map(s -> s.getString("signal"))
                .toList();
        assertEquals(List.of("VOLUME_DOWN", "CONTRACT_ENDING"), fired);

        JsonArray tasks =
                array(api("GET", "relationship/tasks?organisation=" + org.id() + "&state=OPEN", tpl.value(), null));
        List<String> kinds = tasks.getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("kind"))
                .sorted()
                .toList();
        assertEquals(List.of("CONTACT_DUE", "DECLINE"), kinds, tasks.toString());
        assertEquals(
                2,
                Fixtures.query("select 1 from notification where user_id = ?", manager.id())
                        .size(),
                "the account manager is told");

        // a second run raises nothing again
        recompute(org.id(), tpl.value());
        assertEquals(
                2,
                Fixtures.query("select 1 from account_task where organisation_id = ?", org.id())
                        .size());

        // logging a contact closes the contact reminder; the decline task is marked done by hand, with If-Match
        assertEquals(
                201,
                api(
                                "POST",
                                "relationship/clients/" + org.id() + "/contacts",
                                tpl.value(),
                                "{\"kind\":\"VISIT\",\"summary\":\"Visited the buyer: volumes moved to a "
                                        + "competitor's lane\"}")
                        .statusCode());
        JsonObject decline = array(
                        api("GET", "relationship/tasks?organisation=" + org.id() + "&state=OPEN", tpl.value(), null))
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(t -> t.getString("kind").equals("DECLINE"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                1,
                array(api("GET", "relationship/tasks?organisation=" + org.id() + "&state=OPEN", tpl.value(), null))
                        .size());
        long id = decline.getJsonNumber("id").longValue();
        assertEquals(
                428,
                api("POST", "relationship/tasks/" + id + "/done", tpl.value(), "{}")
                        .statusCode());
        HttpResponse<String> done = api(
                "POST",
                "relationship/tasks/" + id + "/done",
                tpl.value(),
                "{\"note\":\"care plan agreed\"}",
                "If-Match",
                "\"" + decline.getInt("version") + "\"");
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("DONE", json(done).getString("state"));
        assertEquals(
                412,
                api(
                                "POST",
                                "relationship/tasks/" + id + "/done",
                                tpl.value(),
                                "{}",
                                "If-Match",
                                "\"" + decline.getInt("version") + "\"")
                        .statusCode());
    }

    @Test
    void aClientSeesItsTierBenefitsAndProgressButNothingInternal() {
        Fixtures.Org org = Fixtures.organisation("Curious Ltd");
        Fixtures.contract(org);
        Fixtures.Org other = Fixtures.organisation("Other Ltd");
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        Fixtures.update(
                "insert into relationship_fact (organisation_id, internal_note, dedicated_assets, "
                        + "volume_discount_percent,"
                        + " recorded_by_kind, recorded_by_id, recorded_by, recorded_at, version) values (?, "
                        + "'SECRET-NOTE-do-not-show',"
                        + " 'Two dedicated pick faces and a returns cell in the Tilbury DC', 1.5, 'SYSTEM', "
                        + "null, 'fixtures', ?, 0)",
                org.id(),
                Timestamp.from(Instant.now()));
        recompute(org.id(), tpl.value());

        HttpResponse<String> tier = api("GET", "relationship/tier", client.value(), null);
        assertEquals(200, tier.statusCode(), tier.body());
        JsonObject t = json(tier);
        assertEquals("TRANSACTIONAL", t.getJsonObject("tier").getString("code"));
        JsonObject next = t.getJsonObject("next");
        assertEquals("PREFERRED", next.getJsonObject("tier").getString("code"));
        assertFalse(next.getBoolean("eligible"));
        // a client sees the rules about what it buys and how it is served, not the 3PL's retention levers
        // (ClientDisclosure)
        assertEquals(next.getJsonArray("checks").size(), next.getInt("total"));
        assertTrue(
                next.getJsonArray("checks").stream()
                        .map(c -> c.asJsonObject().getString("rule"))
                        .allMatch(List.of("SEGMENT", "SLA_PERFORMANCE", "SATISFACTION")::contains),
                next.toString());
        assertEquals(3, t.getJsonArray("tiers").size());
        assertEquals(
                0,
                new BigDecimal("2")
                        .compareTo(
                                number(next.getJsonObject("tier").getJsonObject("benefits"), "priceIncentivePercent")));

        HttpResponse<String> summary = api("GET", "relationship/summary", client.value(), null);
        assertEquals(200, summary.statusCode(), summary.body());
        assertEquals(0, json(summary).getJsonArray("bonds").size(), "the retention bonds are the 3PL's analysis");
        assertEquals(
                7,
                json(api("GET", "relationship/summary?organisation=" + org.id(), tpl.value(), null))
                        .getJsonArray("bonds")
                        .size(),
                "the 3PL still sees them");
        for (HttpResponse<String> r : List.of(tier, summary)) {
            for (String internal : List.of(
                    "margin",
                    "lifetimeValue",
                    "clv",
                    "churn",
                    "SECRET-NOTE",
                    "revenue",
                    "Tilbury",
                    "volume discount",
                    "SWITCHING_COST",
                    "STRUCTURAL_BOND",
                    "switching-cost",
                    "retention bond")) {
                assertFalse(
                        r.body().toLowerCase().contains(internal.toLowerCase()),
                        internal + " shown to a client: " + r.body());
            }
        }

        for (String path : List.of(
                "relationship/portfolio",
                "relationship/portfolio/matrix",
                "relationship/portfolio/strategy-matrix",
                "relationship/clients/" + org.id() + "/profile",
                "relationship/clients/" + org.id() + "/trend",
                "relationship/clients/" + org.id() + "/facts",
                "relationship/settings",
                "relationship/proposals",
                "relationship/tasks",
                "relationship/clients/" + org.id() + "/tier-history")) {
            HttpResponse<String> r = api("GET", path, client.value(), null);
            assertEquals(403, r.statusCode(), path + ": " + r.body());
            assertFalse(r.body().contains("SECRET-NOTE"));
        }
        assertEquals(
                403, api("POST", "relationship/recompute", client.value(), "").statusCode());
        for (String path : List.of(
                "relationship/tier?organisation=" + other.id(),
                "relationship/summary?organisation=" + other.id(),
                "relationship/clients/" + other.id() + "/profile",
                "relationship/surveys?organisation=" + other.id())) {
            HttpResponse<String> r = api("GET", path, client.value(), null);
            assertEquals(404, r.statusCode(), path + ": " + r.body());
            assertFalse(r.body().contains(other.name()) || r.body().contains(other.code()));
        }
        // the 3PL sees the portfolio, this client in it, and the matrix counting it
        JsonObject page = json(api("GET", "relationship/portfolio?limit=200&sort=NAME", tpl.value(), null));
        assertTrue(page.containsKey("next"), "the list names its next page, or null");
        assertTrue(
                page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(e -> e.getString("name").equals(org.name())),
                page.toString());
        JsonObject matrix = json(api("GET", "relationship/portfolio/matrix", tpl.value(), null));
        assertEquals(
                List.of("VIP", "MAJOR", "ORDINARY", "SMALL"),
                matrix.getJsonArray("segments").getValuesAs(JsonValue.class).stream()
                        .map(v -> ((jakarta.json.JsonString) v).getString())
                        .toList());
        assertEquals(
                422,
                api("GET", "relationship/portfolio?sort=SIZE", tpl.value(), null)
                        .statusCode());
        HttpResponse<String> badTier = api("GET", "relationship/portfolio?tier=GOLD", tpl.value(), null);
        assertEquals(422, badTier.statusCode());
        assertEquals(
                "tier", json(badTier).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aTierChangeIsProposedApprovedByAnotherWithIfMatchAndTheClientSeesTheNewTier() {
        Fixtures.Org org = Fixtures.organisation("Promoted Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.Org plain = Fixtures.organisation("Plain Ltd");
        Fixtures.Contract plainContract = Fixtures.contract(plain);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key proposer = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key approver = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);

        HttpResponse<String> proposed = api(
                "POST",
                "relationship/clients/" + org.id() + "/proposals",
                proposer.value(),
                "{\"toTier\":\"PREFERRED\",\"reason\":\"Integrated through the API and growing\"}");
        assertEquals(201, proposed.statusCode(), proposed.body());
        JsonObject p = json(proposed);
        long id = p.getJsonNumber("id").longValue();
        assertEquals("TRANSACTIONAL", p.getString("fromTier"));
        assertEquals("PROPOSED", p.getString("state"));
        assertEquals("CREDENTIAL", p.getString("proposedByKind"), "proposed by a key, told apart from any person");
        assertEquals(proposer.id(), p.getJsonNumber("proposedById").longValue());
        HttpResponse<String> second = api(
                "POST",
                "relationship/clients/" + org.id() + "/proposals",
                approver.value(),
                "{\"toTier\":\"STRATEGIC_PARTNER\",\"reason\":\"x\"}");
        assertEquals(422, second.statusCode(), "one open proposal per client: " + second.body());
        HttpResponse<String> unknown = api(
                "POST",
                "relationship/clients/" + plain.id() + "/proposals",
                proposer.value(),
                "{\"toTier\":\"GOLD\",\"reason\":\"x\"}");
        assertEquals(422, unknown.statusCode());
        assertEquals(
                "toTier", json(unknown).getJsonArray("errors").getJsonObject(0).getString("field"));

        String decision = "proposals/" + id + "/decision";
        assertEquals(
                428,
                api("POST", "relationship/" + decision, approver.value(), "{\"action\":\"APPROVE\",\"reason\":\"ok\"}")
                        .statusCode());
        HttpResponse<String> own = api(
                "POST",
                "relationship/" + decision,
                proposer.value(),
                "{\"action\":\"APPROVE\",\"reason\":\"ok\"}",
                "If-Match",
                etag(proposed));
        assertEquals(422, own.statusCode(), "nobody approves their own proposal: " + own.body());
        assertEquals(
                403,
                api(
                                "POST",
                                "relationship/" + decision,
                                client.value(),
                                "{\"action\":\"APPROVE\",\"reason\":\"ok\"}",
                                "If-Match",
                                etag(proposed))
                        .statusCode());
        HttpResponse<String> noReason = api(
                "POST",
                "relationship/" + decision,
                approver.value(),
                "{\"action\":\"APPROVE\"}",
                "If-Match",
                etag(proposed));
        assertEquals(422, noReason.statusCode());
        assertEquals(
                "reason", json(noReason).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                412,
                api(
                                "POST",
                                "relationship/" + decision,
                                approver.value(),
                                "{\"action\":\"APPROVE\",\"reason\":\"ok\"}",
                                "If-Match",
                                "\"7\"")
                        .statusCode(),
                "a version nobody read");

        HttpResponse<String> approved = api(
                "POST",
                "relationship/" + decision,
                approver.value(),
                "{\"action\":\"APPROVE\",\"reason\":\"Meets every rule but size\"}",
                "If-Match",
                etag(proposed));
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("APPROVED", json(approved).getString("state"));
        assertNotEquals(etag(proposed), etag(approved));
        HttpResponse<String> stale = api(
                "POST",
                "relationship/" + decision,
                approver.value(),
                "{\"action\":\"REJECT\",\"reason\":\"changed my mind\"}",
                "If-Match",
                etag(proposed));
        assertEquals(412, stale.statusCode(), stale.body());
        assertTrue(stale.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(
                422,
                api(
                                "POST",
                                "relationship/" + decision,
                                approver.value(),
                                "{\"action\":\"REJECT\",\"reason\":\"late\"}",
                                "If-Match",
                                etag(approved))
                        .statusCode(),
                "decided proposals stay decided");

        // the client sees its new tier and benefits
        JsonObject tier = json(api("GET", "relationship/tier", client.value(), null));
        assertEquals("PREFERRED", tier.getJsonObject("tier").getString("code"));
        JsonObject benefits = tier.getJsonObject("tier").getJsonObject("benefits");
        assertTrue(benefits.getBoolean("dedicatedAccountManager"));
        assertEquals(180, benefits.getInt("businessReviewEveryDays"));
        assertEquals(1, benefits.getInt("disputePriority"));
        JsonArray history =
                array(api("GET", "relationship/clients/" + org.id() + "/tier-history", approver.value(), null));
        assertEquals(1, history.size());
        assertEquals("PREFERRED", history.getJsonObject(0).getString("toTier"));
        assertTrue(history.getJsonObject(0).getString("approvedBy").startsWith("Fixture key"));
        assertEquals("CREDENTIAL", history.getJsonObject(0).getString("approvedByKind"));
        assertThrows(
                RuntimeException.class,
                () -> Fixtures.update(
                        "update tier_history set reason = 'rewritten' where organisation_id = ?", org.id()));
        assertThrows(
                RuntimeException.class,
                () -> Fixtures.update("delete from tier_history where organisation_id = ?", org.id()));

        // the benefit takes effect: on the same deadline, the preferred client's dispute comes first in the queue
        long plainDispute = Fixtures.dispute(plain, plainContract);
        long preferredDispute = Fixtures.dispute(org, contract);
        assertTrue(plainDispute < preferredDispute);
        Fixtures.update(
                "update dispute set resolve_by = date '2000-01-03' where id in (?, ?)", plainDispute, preferredDispute);
        // ... by id alone the later (preferred) one would come first anyway; make the plain one the later one
        long plainLater = Fixtures.dispute(plain, plainContract);
        Fixtures.update("update dispute set resolve_by = date '2000-01-03' where id = ?", plainLater);
        List<Long> queue =
                array(api("GET", "disputes?limit=200", approver.value(), null)).getValuesAs(JsonObject.class).stream()
                        .map(d -> d.getJsonNumber("id").longValue())
                        .filter(d -> d == plainDispute || d == preferredDispute || d == plainLater)
                        .toList();
        assertEquals(List.of(preferredDispute, plainLater, plainDispute), queue);

        // a proposal withdrawn by its proposer only
        HttpResponse<String> again = api(
                "POST",
                "relationship/clients/" + org.id() + "/proposals",
                proposer.value(),
                "{\"toTier\":\"STRATEGIC_PARTNER\",\"reason\":\"Biggest lane next year\"}");
        assertEquals(201, again.statusCode(), again.body());
        assertEquals("PREFERRED", json(again).getString("fromTier"));
        long againId = json(again).getJsonNumber("id").longValue();
        assertEquals(
                422,
                api(
                                "POST",
                                "relationship/proposals/" + againId + "/decision",
                                approver.value(),
                                "{\"action\":\"WITHDRAW\"}",
                                "If-Match",
                                etag(again))
                        .statusCode());
        HttpResponse<String> withdrawn = api(
                "POST",
                "relationship/proposals/" + againId + "/decision",
                proposer.value(),
                "{\"action\":\"WITHDRAW\"}",
                "If-Match",
                etag(again));
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", json(withdrawn).getString("state"));
        assertEquals(
                2,
                array(api("GET", "relationship/clients/" + org.id() + "/proposals", proposer.value(), null))
                        .size());
        assertTrue(array(api("GET", "relationship/proposals?state=PROPOSED&limit=200", proposer.value(), null))
                .getValuesAs(JsonObject.class)
                .stream()
                .noneMatch(x -> x.getJsonNumber("organisationId").longValue() == org.id()));
    }

    @Test
    void aSurveyIsAnsweredOnceByTheClientAndFeedsItsSatisfaction() {
        Fixtures.Org org = Fixtures.organisation("Surveyed Ltd");
        Fixtures.contract(org);
        Fixtures.Key readOnly = Fixtures.apiKey(org, ApiScope.READ);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key nosy = Fixtures.apiKey(Fixtures.organisation("Nosy Ltd"), ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);

        HttpResponse<String> sent = api(
                "POST",
                "relationship/clients/" + org.id() + "/surveys",
                tpl.value(),
                "{\"title\":\"Q4 service survey\"}");
        assertEquals(201, sent.statusCode(), sent.body());
        long id = json(sent).getJsonNumber("id").longValue();
        assertEquals(5, json(sent).getJsonArray("dimensions").size());
        assertEquals(
                422,
                api(
                                "POST",
                                "relationship/clients/" + org.id() + "/surveys",
                                tpl.value(),
                                "{\"title\":\"Late\",\"dueOn\":\"2020-01-01\"}")
                        .statusCode());
        String path = "relationship/surveys/" + id + "/answers";

        assertEquals(
                403,
                api("POST", path, readOnly.value(), ALL_DIMENSIONS, "If-Match", etag(sent))
                        .statusCode(),
                "a read-only key");
        assertEquals(
                404,
                api("POST", path, nosy.value(), ALL_DIMENSIONS, "If-Match", etag(sent))
                        .statusCode(),
                "another organisation");
        assertEquals(
                403,
                api("POST", path, tpl.value(), ALL_DIMENSIONS, "If-Match", etag(sent))
                        .statusCode(),
                "the 3PL does not answer");
        HttpResponse<String> missing = api(
                "POST",
                path,
                client.value(),
                "{\"answers\":[{\"dimension\":\"ON_TIME\",\"expected\":6,\"perceived\":5}]}",
                "If-Match",
                etag(sent));
        assertEquals(422, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("RESPONSIVENESS"), missing.body());
        HttpResponse<String> offScale = api(
                "POST",
                path,
                client.value(),
                ALL_DIMENSIONS.replace("\"perceived\":5}", "\"perceived\":9}"),
                "If-Match",
                etag(sent));
        assertEquals(422, offScale.statusCode());
        assertTrue(
                json(offScale)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field")
                        .startsWith("answers["),
                offScale.body());

        HttpResponse<String> answered = api("POST", path, client.value(), ALL_DIMENSIONS, "If-Match", etag(sent));
        assertEquals(200, answered.statusCode(), answered.body());
        JsonObject s = json(answered);
        assertEquals("ANSWERED", s.getString("state"));
        // (5/6 + 1 + 6/5 + 1 + 1) / 5 = 1.0067
        assertEquals(0, new BigDecimal("1.0067").compareTo(number(s, "surveyC")), s.toString());
        assertEquals("SATISFIED", s.getString("level"));
        assertEquals(
                412,
                api("POST", path, client.value(), ALL_DIMENSIONS, "If-Match", etag(sent))
                        .statusCode());
        assertEquals(
                422,
                api("POST", path, client.value(), ALL_DIMENSIONS, "If-Match", etag(answered))
                        .statusCode(),
                "answered once");
        assertEquals(
                1,
                array(api("GET", "relationship/surveys", client.value(), null)).size());

        recompute(org.id(), tpl.value());
        JsonObject satisfaction =
                json(api("GET", "relationship/summary", client.value(), null)).getJsonObject("satisfaction");
        assertEquals(0, new BigDecimal("1.0067").compareTo(number(satisfaction, "surveyC")), satisfaction.toString());
        assertEquals(
                0,
                new BigDecimal("1.0067").compareTo(number(satisfaction, "combined")),
                "no SLA terms: the survey alone");
    }

    @Test
    void contactsAndFactsAreCheckedFieldByFieldAndVersioned() {
        Fixtures.Org org = Fixtures.organisation("Recorded Ltd");
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key tplRead = Fixtures.apiKey(null, ApiScope.READ);
        String contacts = "relationship/clients/" + org.id() + "/contacts";
        HttpResponse<String> badKind = api("POST", contacts, tpl.value(), "{\"kind\":\"LUNCH\",\"summary\":\"x\"}");
        assertEquals(422, badKind.statusCode());
        assertEquals(
                "kind", json(badKind).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> future = api(
                "POST",
                contacts,
                tpl.value(),
                "{\"kind\":\"CALL\",\"summary\":\"x\",\"occurredOn\":\""
                        + LocalDate.now(ZoneOffset.UTC).plusDays(2) + "\"}");
        assertEquals(
                "occurredOn",
                json(future).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                400, api("POST", contacts, tpl.value(), "{\"kind\":\"CALL\"}").statusCode(), "summary missing");
        assertEquals(
                400,
                api("POST", contacts, tpl.value(), "{\"kind\":\"CALL\",\"summary\":\"x\",\"mood\":\"good\"}")
                        .statusCode(),
                "unknown property");
        assertEquals(
                403,
                api("POST", contacts, tplRead.value(), "{\"kind\":\"CALL\",\"summary\":\"x\"}")
                        .statusCode());
        assertEquals(
                201,
                api(
                                "POST",
                                contacts,
                                tpl.value(),
                                "{\"kind\":\"CARE_ACTION\",\"summary\":\"Sent a recovery plan\","
                                        + "\"contactPerson\":\"Ms Weber\"}")
                        .statusCode());
        JsonObject page = json(api("GET", contacts, tpl.value(), null));
        assertEquals(1, page.getJsonArray("items").size());
        assertTrue(page.isNull("next"), "one page");
        assertEquals("Ms Weber", page.getJsonArray("items").getJsonObject(0).getString("contactPerson"));

        String facts = "relationship/clients/" + org.id() + "/facts";
        HttpResponse<String> negative =
                api("PUT", facts, tpl.value(), "{\"exitFee\":-5,\"exitFeeCurrency\":\"EUR\"}", "If-Match", "\"-1\"");
        assertEquals(422, negative.statusCode());
        assertEquals(
                "exitFee",
                json(negative).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> badCurrency =
                api("PUT", facts, tpl.value(), "{\"exitFee\":5,\"exitFeeCurrency\":\"EURO\"}", "If-Match", "\"-1\"");
        assertEquals(
                "exitFee",
                json(badCurrency).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> first = api(
                "PUT",
                facts,
                tpl.value(),
                "{\"dedicatedAssets\":\"Two racks in Hall 3\",\"dedicatedAssetsValue\":40000,"
                        + "\"dedicatedAssetsCurrency\":\"EUR\",\"volumeDiscountPercent\":1.5}",
                "If-Match",
                "\"-1\"");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("\"0\"", etag(first));
        assertEquals(
                412,
                api("PUT", facts, tpl.value(), "{\"internalNote\":\"lost update\"}", "If-Match", "\"-1\"")
                        .statusCode());
        assertEquals(
                200,
                api(
                                "PUT",
                                facts,
                                tpl.value(),
                                "{\"dedicatedAssets\":\"Two racks in Hall 3\",\"internalNote\":\"kept\"}",
                                "If-Match",
                                etag(first))
                        .statusCode());
    }

    @Test
    void settingsAreReadByTheStaffAndReplacedByOpsWithFieldLevelErrors() {
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        HttpResponse<String> read = api("GET", "relationship/settings", tpl.value(), null);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject s = json(read);
        assertEquals(Proxy.values().length, s.getJsonArray("proxies").size(), "every proxy, as V35 left them");
        assertEquals(3, s.getJsonArray("tiers").size());
        assertEquals("EUR", s.getString("reportingCurrency"));

        String badShares = read.body().replaceFirst("\"vipShare\":0\\.01(00)?", "\"vipShare\":0.5");
        assertNotEquals(read.body(), badShares);
        HttpResponse<String> refused =
                api("PUT", "relationship/settings", tpl.value(), badShares, "If-Match", etag(read));
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals(
                "segments.vipShare",
                json(refused).getJsonArray("errors").getJsonObject(0).getString("field"),
                refused.body());
        HttpResponse<String> badTier = api(
                "PUT",
                "relationship/settings",
                tpl.value(),
                read.body().replaceFirst("\"reviewCadenceDays\":365", "\"reviewCadenceDays\":1"),
                "If-Match",
                etag(read));
        assertEquals(422, badTier.statusCode(), badTier.body());
        assertEquals(
                "tiers[0].reviewCadenceDays",
                json(badTier).getJsonArray("errors").getJsonObject(0).getString("field"),
                badTier.body());
        String withoutWindow = read.body().replaceFirst(",\"windowDays\":90(?=[,}])", "");
        assertNotEquals(read.body(), withoutWindow);
        HttpResponse<String> noWindow =
                api("PUT", "relationship/settings", tpl.value(), withoutWindow, "If-Match", etag(read));
        assertEquals(422, noWindow.statusCode(), noWindow.body());
        assertEquals(
                "lifecycle.windowDays",
                json(noWindow).getJsonArray("errors").getJsonObject(0).getString("field"),
                "absent is required, never -1");
        HttpResponse<String> badProxy = api(
                "PUT",
                "relationship/settings",
                tpl.value(),
                read.body().replaceFirst("\"proxy\":\"EXIT_FEE\"", "\"proxy\":\"GOODWILL\""),
                "If-Match",
                etag(read));
        assertEquals(422, badProxy.statusCode());
        assertTrue(
                json(badProxy)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field")
                        .matches("proxies\\[\\d+]\\.proxy"),
                badProxy.body());
        assertEquals(
                412,
                api("PUT", "relationship/settings", tpl.value(), read.body(), "If-Match", "\"9999\"")
                        .statusCode());

        // a reminder setting changed and put back: each time on the version read
        String changed = read.body().replaceFirst("\"contactReminderDays\":7", "\"contactReminderDays\":10");
        HttpResponse<String> updated =
                api("PUT", "relationship/settings", tpl.value(), changed, "If-Match", etag(read));
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals(10, json(updated).getInt("contactReminderDays"));
        HttpResponse<String> restored =
                api("PUT", "relationship/settings", tpl.value(), read.body(), "If-Match", etag(updated));
        assertEquals(200, restored.statusCode(), restored.body());
        assertEquals(7, json(restored).getInt("contactReminderDays"));
        Map<String, Object> row =
                Fixtures.single("select contact_reminder_days, version from relationship_config where id = 1");
        assertEquals(7, ((Number) row.get("contact_reminder_days")).intValue());
    }

    @Test
    void aSignInIsCountedForTheLoginTrend() {
        Fixtures.Org org = Fixtures.organisation("Signing Ltd");
        Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);
        Http.WebSession web = new Http.WebSession();
        assertEquals(302, web.login(user.username(), Fixtures.PASSWORD).statusCode());
        Http.WebSession again = new Http.WebSession();
        assertEquals(302, again.login(user.username(), Fixtures.PASSWORD).statusCode());
        Map<String, Object> row =
                Fixtures.single("select organisation_id, sign_ins from user_sign_in_day where user_id = ?", user.id());
        assertEquals(org.id(), ((Number) row.get("organisation_id")).longValue());
        assertEquals(2, ((Number) row.get("sign_ins")).intValue());
    }
}
