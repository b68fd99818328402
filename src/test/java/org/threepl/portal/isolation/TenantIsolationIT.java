package org.threepl.portal.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.isolation.IsolationMatrix.Actor;
import org.threepl.portal.isolation.IsolationMatrix.Target;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * The tenant-isolation matrix: every row of {@link IsolationMatrix}, as every actor of organisation A, against
 * organisation B's identifiers (refused, nothing leaked) and A's own (the control).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenantIsolationIT {

    private static final AtomicInteger UNIQUE = new AtomicInteger();
    /** Relationship records of each organisation: survey, tier proposal, task ids (relationship). */
    private static final Map<Long, long[]> RELATIONSHIP = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each organisation's webhook subscription and one of its deliveries. */
    private static final Map<Long, Fixtures.Webhook> WEBHOOKS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Map<Long, Long> ADJUSTMENTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<Long, Long> PROCEDURES = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each organisation's client user's kept scheduled report file (its token): for that user alone. */
    private static final Map<Long, String> REPORT_FILES = new java.util.concurrent.ConcurrentHashMap<>();

    /** An organisation with one of each thing the matrix can point at. */
    record World(
            Fixtures.Org org,
            Fixtures.Contract contract,
            Fixtures.User admin,
            Fixtures.User user,
            Fixtures.Key key,
            Fixtures.Shipment shipment,
            long slaTerm,
            long dispute,
            long breach,
            Fixtures.Invoice invoice) {
        static World create(String label) {
            Fixtures.Org org = Fixtures.organisation(label);
            Fixtures.Shipment shipment =
                    Fixtures.shipment(org, "SECRET-" + org.code(), java.time.Instant.parse("2026-11-01T00:00:00Z"));
            Fixtures.podDocument(shipment);
            Fixtures.Contract contract = Fixtures.contract(org);
            long term = Fixtures.slaTerm(org, contract);
            // --- relationship ---
            RELATIONSHIP.put(
                    org.id(), new long[] {Fixtures.survey(org), Fixtures.tierProposal(org), Fixtures.accountTask(org)});
            WEBHOOKS.put(org.id(), Fixtures.webhook(org));
            Fixtures.Invoice invoice = Fixtures.invoice(org, shipment);
            ADJUSTMENTS.put(org.id(), Fixtures.adjustment(org, invoice));
            // a proposal on a second contract, so that proposing on the first one is not refused as unanswered
            PROCEDURES.put(org.id(), Fixtures.procedureProposal(org, Fixtures.contract(org)));
            Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
            Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);
            REPORT_FILES.put(org.id(), Fixtures.reportFile(user));
            return new World(
                    org,
                    contract,
                    admin,
                    user,
                    Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE),
                    shipment,
                    term,
                    Fixtures.dispute(org, contract),
                    Fixtures.slaBreach(org, term),
                    invoice);
        }

        String resolve(String template) {
            return template.replace("{org}", Long.toString(org.id()))
                    .replace("{contract}", Long.toString(contract.id()))
                    .replace("{user}", Long.toString(user.id()))
                    .replace("{key}", Long.toString(key.id()))
                    .replace("{shipment}", Long.toString(shipment.id()))
                    .replace("{term}", Long.toString(slaTerm))
                    .replace("{dispute}", Long.toString(dispute))
                    .replace("{breach}", Long.toString(breach))
                    .replace("{invoice}", Long.toString(invoice.id()))
                    .replace("{line}", Long.toString(invoice.freightLine()))
                    .replace("{code}", org.code())
                    // --- relationship ---
                    .replace("{survey}", Long.toString(RELATIONSHIP.get(org.id())[0]))
                    .replace("{proposal}", Long.toString(RELATIONSHIP.get(org.id())[1]))
                    .replace("{task}", Long.toString(RELATIONSHIP.get(org.id())[2]))
                    .replace("{webhook}", Long.toString(WEBHOOKS.get(org.id()).subscription()))
                    .replace("{delivery}", Long.toString(WEBHOOKS.get(org.id()).delivery()))
                    .replace("{reportFile}", REPORT_FILES.get(org.id()))
                    .replace("{adjustment}", Long.toString(ADJUSTMENTS.get(org.id())))
                    .replace("{procedure}", Long.toString(PROCEDURES.get(org.id())))
                    .replace("{unique}", "u" + UNIQUE.incrementAndGet() + System.nanoTime() % 100000);
        }

        /** Everything of this organisation that must never show up in another tenant's answers. */
        List<String> secrets() {
            return List.of(
                    org.name(),
                    org.code(),
                    contract.number(),
                    admin.username(),
                    user.username(),
                    key.prefix(),
                    shipment.reference(),
                    "CL-FX-" + dispute,
                    invoice.number());
        }
    }

    private static World a;
    private static World b;
    private static final Map<Actor, Http.WebSession> sessions = new EnumMap<>(Actor.class);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @BeforeAll
    static void createTwoTenants() {
        a = World.create("Tenant A");
        b = World.create("Tenant B");
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, a.org());
        sessions.put(Actor.CLIENT_ADMIN, signedIn(a.admin().username()));
        sessions.put(Actor.CLIENT_USER, signedIn(a.user().username()));
        sessions.put(Actor.ACCOUNT_MANAGER, signedIn(manager.username()));
    }

    private static Http.WebSession signedIn(String username) {
        Http.WebSession web = new Http.WebSession();
        HttpResponse<String> r = web.login(username, Fixtures.PASSWORD);
        if (r.statusCode() != 302) {
            throw new AssertionError("Could not sign in " + username + ": " + r.body());
        }
        return web;
    }

    static Stream<Arguments> cases() {
        return IsolationMatrix.TARGETS.stream()
                .flatMap(t -> t.ownStatus().keySet().stream()
                        .sorted()
                        .map(actor -> Arguments.of(t.name() + " as " + actor, t, actor)));
    }

    /** Relationship: POSTs that change a versioned record and so need If-Match. */
    private static final java.util.regex.Pattern VERSIONED_POSTS =
            java.util.regex.Pattern.compile("/(answers|withdrawal|decision|done|recovery|rejection)$");

    private static HttpResponse<String> call(Target target, Actor actor, World owner) {
        String path = owner.resolve(target.path());
        if (target.isApi()) {
            String body = target.body() == null ? null : owner.resolve(target.body());
            String[] headers = "PUT".equals(target.method())
                            || path.endsWith("/steps")
                            || VERSIONED_POSTS.matcher(path).find()
                    ? new String[] {"If-Match", "\"0\""}
                    : path.startsWith("api/v1/edi/")
                            ? new String[] {"Content-Type", "application/edi-x12", "Accept", "*/*"}
                            : new String[0];
            return Http.api(
                    target.method(), path.substring("api/v1/".length()), a.key().value(), body, headers);
        }
        return sessions.get(actor).get(path);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anotherOrganisationsIdentifiersAreRefusedAndNothingLeaks(String name, Target target, Actor actor) {
        HttpResponse<String> r = call(target, actor, b);
        assertTrue(
                r.statusCode() == 404 || r.statusCode() == 403, name + " answered " + r.statusCode() + ": " + r.body());
        for (String secret : b.secrets()) {
            assertFalse(r.body().contains(secret), name + " leaked '" + secret + "': " + r.body());
        }
    }

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ownIdentifiersGiveTheExpectedAnswer(String name, Target target, Actor actor) {
        HttpResponse<String> r = call(target, actor, a);
        assertEquals(target.ownStatus().get(actor), r.statusCode(), name + ": " + r.body());
    }

    @Order(3)
    @Test
    void listsContainOnlyOwnOrganisation() {
        HttpResponse<String> r = Http.get("organisations?limit=500", a.key().value());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains(a.org().code()));
        b.secrets().forEach(s -> assertFalse(r.body().contains(s), "leaked " + s));

        HttpResponse<String> shipments = Http.get("shipments?limit=500", a.key().value());
        assertEquals(200, shipments.statusCode());
        assertTrue(shipments.body().contains(a.shipment().reference()));
        b.secrets().forEach(s -> assertFalse(shipments.body().contains(s), "shipment list leaked " + s));

        for (Actor actor : List.of(Actor.CLIENT_ADMIN, Actor.CLIENT_USER, Actor.ACCOUNT_MANAGER)) {
            HttpResponse<String> home = sessions.get(actor).get("index.xhtml");
            assertEquals(200, home.statusCode(), actor.name());
            assertTrue(home.body().contains(a.org().name()), actor + " sees its own organisation");
            b.secrets().forEach(s -> assertFalse(home.body().contains(s), actor + " home leaked " + s));
            HttpResponse<String> history = sessions.get(actor).get("shipments.xhtml");
            assertEquals(200, history.statusCode(), actor.name());
            assertTrue(history.body().contains(a.shipment().reference()), actor + " sees its own shipments");
            b.secrets().forEach(s -> assertFalse(history.body().contains(s), actor + " shipment history leaked " + s));
            HttpResponse<String> disputes = sessions.get(actor).get("disputes.xhtml");
            assertEquals(200, disputes.statusCode(), actor + " disputes page");
            b.secrets().forEach(s -> assertFalse(disputes.body().contains(s), actor + " dispute list leaked " + s));
        }
    }

    /**
     * Relationship pages: with both tenants computed, A's manager's portfolio and A's partnership page show A and
     * nothing of B.
     */
    @Order(3)
    @Test
    void relationshipPagesShowOnlyOwnOrganisation() {
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        for (World w : List.of(a, b)) {
            recomputeRelationship(w.org().id(), tpl.value());
        }
        HttpResponse<String> portfolio = sessions.get(Actor.ACCOUNT_MANAGER).get("portfolio.xhtml");
        assertEquals(200, portfolio.statusCode());
        assertTrue(portfolio.body().contains(a.org().name()), "the manager's portfolio lists its client");
        b.secrets().forEach(s -> assertFalse(portfolio.body().contains(s), "portfolio leaked " + s));
        HttpResponse<String> profile = sessions.get(Actor.ACCOUNT_MANAGER)
                .get("relationship.xhtml?org=" + a.org().id());
        assertEquals(200, profile.statusCode());
        assertTrue(profile.body().contains("proxy-EXIT_FEE"), "A's profile is computed and explained");
        b.secrets().forEach(s -> assertFalse(profile.body().contains(s), "profile leaked " + s));
        for (Actor actor : List.of(Actor.CLIENT_ADMIN, Actor.CLIENT_USER)) {
            HttpResponse<String> tier = sessions.get(actor).get("relationship-tier.xhtml");
            assertEquals(200, tier.statusCode(), actor.name());
            assertTrue(tier.body().contains(a.org().name()), actor + " sees its own partnership page");
            b.secrets().forEach(s -> assertFalse(tier.body().contains(s), actor + " partnership page leaked " + s));
        }
    }

    /**
     * Runs the relationship computation of one organisation until this request got the lease (the scheduler may hold
     * it).
     */
    private static void recomputeRelationship(long org, String key) {
        Http.postUntilRan("relationship/recompute?organisation=" + org, key);
    }

    @Order(3)
    @Test
    void shipmentsAndEventsCannotBeWrittenIntoAnotherOrganisation() {
        HttpResponse<String> upsert = Http.api(
                "POST",
                "shipments",
                a.key().value(),
                "{\"shipments\":[{\"organisation\":\""
                        + b.org().code()
                        + "\",\"reference\":\"INJECTED-1\",\"origin\":\"X\",\"destination\":\"Y\",\"transpor"
                        + "tMode\":\"ROAD\","
                        + "\"serviceLevel\":\"STANDARD\",\"pickupFrom\":\"2026-11-01T08:00:00Z\",\"pickupTo"
                        + "\":\"2026-11-01T09:00:00Z\","
                        + "\"deliveryFrom\":\"2026-11-02T08:00:00Z\",\"deliveryTo\":\"2026-11-02T09:00:00Z\""
                        + ",\"orderedQuantity\":1}]}");
        assertEquals(200, upsert.statusCode(), upsert.body());
        assertTrue(upsert.body().contains("\"rejected\""), upsert.body());
        HttpResponse<String> events = Http.api(
                "POST",
                "events",
                a.key().value(),
                "{\"events\":[{\"shipmentReference\":\""
                        + b.shipment().reference()
                        + "\",\"eventId\":\"x1\",\"sourceSystem\":\"TMS\",\"statusCode\":\"A9\","
                        + "\"occurredAt\":\"2026-11-03T10:00:00Z\"}]}");
        assertEquals(200, events.statusCode(), events.body());
        assertTrue(events.body().contains("\"rejected\""), events.body());
        assertEquals(
                0,
                Fixtures.query(
                                "select 1 from tracking_event where shipment_id = ?",
                                b.shipment().id())
                        .size());
        assertEquals(
                0,
                Fixtures.query("select 1 from shipment where client_reference = 'INJECTED-1'")
                        .size());
    }

    @Order(5)
    @Test
    void nothingWasChangedInTheOtherOrganisation() {
        // the matrix tried to rename B, add a contract and invite a user into it: none of that may have happened (B has
        // its two contracts of the fixtures: one with the proposed dispute procedure)
        assertEquals(
                b.org().name(),
                Fixtures.single(
                                "select name from organisation where id = ?",
                                b.org().id())
                        .get("name"));
        assertEquals(
                2,
                Fixtures.query(
                                "select 1 from client_contract where organisation_id = ?",
                                b.org().id())
                        .size());
        assertEquals(
                2,
                Fixtures.query(
                                "select 1 from user_account where organisation_id = ?",
                                b.org().id())
                        .size());
        assertTrue(
                Fixtures.single(
                                        "select pod_signed_by from shipment where id = ?",
                                        b.shipment().id())
                                .get("pod_signed_by")
                        == null,
                "no proof of delivery was recorded on B's shipment");
        // billing: no invoice recorded into B, no dispute filed on B's invoice lines, no procedure recorded for B's
        // contract
        assertEquals(
                1,
                Fixtures.query(
                                "select 1 from invoice where organisation_id = ?",
                                b.org().id())
                        .size());
        assertEquals(
                0,
                Fixtures.query(
                                "select 1 from dispute_invoice_line where invoice_line_id in (?, ?)",
                                b.invoice().freightLine(),
                                b.invoice().storageLine())
                        .size());
        assertEquals(
                0,
                Fixtures.query(
                                "select 1 from dispute_procedure where contract_id = ? and recorded_by <> 'fixtures'",
                                b.contract().id())
                        .size());
        // --- relationship: B's survey unanswered, its proposal undecided, its task open, nothing logged or recorded
        // for it ---
        long[] r = RELATIONSHIP.get(b.org().id());
        assertEquals(
                "OPEN",
                Fixtures.single("select state from satisfaction_survey where id = ?", r[0])
                        .get("state"));
        assertEquals(
                "PROPOSED",
                Fixtures.single("select state from tier_proposal where id = ?", r[1])
                        .get("state"));
        assertEquals(
                "OPEN",
                Fixtures.single("select state from account_task where id = ?", r[2])
                        .get("state"));
        assertEquals(
                1,
                Fixtures.query(
                                "select 1 from tier_proposal where organisation_id = ?",
                                b.org().id())
                        .size());
        assertEquals(
                0,
                Fixtures.query(
                                "select 1 from relationship_contact where organisation_id = ?",
                                b.org().id())
                        .size());
        assertEquals(
                0,
                Fixtures.query(
                                "select 1 from relationship_fact where organisation_id = ?",
                                b.org().id())
                        .size());
        assertEquals(
                1,
                Fixtures.query(
                                "select 1 from satisfaction_survey where organisation_id = ?",
                                b.org().id())
                        .size());
    }
}
