package org.threepl.portal.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.application.shipment.TrackingEventStore;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shipment.EventReport;
import org.threepl.portal.domain.model.shipment.Reporter;
import org.threepl.portal.domain.model.shipment.ShipmentReference;
import org.threepl.portal.domain.model.shipment.ShipmentStatus;
import org.threepl.portal.domain.model.shipment.ShipmentStatusChanged;
import org.threepl.portal.domain.model.shipment.StatusCode;
import org.threepl.portal.infrastructure.persistence.EventStoresOutsideTheServer;
import org.threepl.portal.infrastructure.security.Pbkdf2PasswordHasher;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * What the application writes through JPA (one request, one transaction) is what PostgreSQL holds when read back on a
 * connection of its own, and what a later request (a fresh transaction) returns.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @Test
    void aContractRoundTripsWithItsMoneyTermAndServices() {
        Fixtures.Org org = Fixtures.organisation("Contract Ltd");
        Fixtures.Key integration = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);

        HttpResponse<String> created = api(
                "POST",
                "organisations/" + org.id() + "/contracts",
                integration.value(),
                "{\"contractNumber\":\"C-RT-" + org.code()
                        + "\",\"startDate\":\"2026-01-01\",\"endDate\":\"2027-12-31\","
                        + "\"services\":[\"WAREHOUSING\",\"RETURNS\"],\"monthlyFee\":1234.565,\"currency\":\"JPY\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();

        Map<String, Object> row = Fixtures.single("select * from client_contract where id = ?", id);
        assertEquals(org.id(), ((Number) row.get("organisation_id")).longValue());
        assertEquals(
                0,
                new BigDecimal("1235").compareTo((BigDecimal) row.get("monthly_fee")),
                "JPY has no minor unit: rounded");
        assertEquals("JPY", row.get("currency"));
        assertEquals(Date.valueOf(LocalDate.of(2026, 1, 1)), row.get("start_date"));
        assertEquals("WAREHOUSING,RETURNS", row.get("services"), "in the services' declared order");

        JsonObject read = json(api("GET", "contracts/" + id, integration.value(), null));
        assertEquals("C-RT-" + org.code(), read.getString("contractNumber"));
        assertEquals("2027-12-31", read.getString("endDate"));
        assertEquals(
                0,
                new BigDecimal("1235")
                        .compareTo(read.getJsonNumber("monthlyFee").bigDecimalValue()));
        assertEquals(2, read.getJsonArray("services").size());
    }

    @Test
    void anInvitedUserIsStoredWithAHashedTemporaryPassword() {
        Fixtures.Org org = Fixtures.organisation("Invite Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        // people are invited by people: the organisation's admin, in the portal (an API key may not)
        Http.WebSession web = new Http.WebSession();
        assertEquals(302, web.login(admin.username(), Fixtures.PASSWORD).statusCode());
        HttpResponse<String> page = web.get("admin/users.xhtml?org=" + org.id());
        HttpResponse<String> created = web.ajax(
                "admin/users.xhtml?org=" + org.id(),
                page.body(),
                "create",
                "create:submit",
                "create%3Ausername=IVY&create%3AdisplayName=%20%20Ivy%20Invitee%20&create%3Aemail=ivy%40example.com"
                        + "&create%3Arole_input=CLIENT_ADMIN");
        assertEquals(200, created.statusCode(), created.body());
        String username = org.code().toLowerCase() + ".ivy";
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile(
                        java.util.regex.Pattern.quote(username) + "[^<]*?([a-zA-Z2-9]{4}(?:-[a-zA-Z2-9]{4}){3})")
                .matcher(created.body());
        assertTrue(shown.find(), "the temporary password is shown once: " + created.body());
        String temporary = shown.group(1);

        Map<String, Object> row = Fixtures.single("select * from user_account where username = ?", username);
        long userId = ((Number) row.get("id")).longValue();
        assertEquals("Ivy Invitee", row.get("display_name"));
        assertEquals("CLIENT_ADMIN", row.get("role"));
        assertEquals(org.id(), ((Number) row.get("organisation_id")).longValue());
        assertEquals(Boolean.TRUE, row.get("password_change_required"));
        String hash = (String) row.get("password_hash");
        assertTrue(hash.startsWith("pbkdf2-sha256$600000$"), hash);
        assertTrue(
                new Pbkdf2PasswordHasher(600_000).verify(temporary.toCharArray(), hash),
                "the shown password is the stored one");

        JsonObject read = json(api("GET", "organisations/" + org.id() + "/users/" + userId, key.value(), null));
        assertEquals(username, read.getString("username"), "in the organisation's namespace, in lower case");
        assertTrue(read.getBoolean("passwordChangeRequired"));
    }

    /**
     * The PostgreSQL event store, called directly (in this JVM, on the test database): a batch stored and committed in
     * one transaction reports each change of status it made, and a fresh connection reads exactly those statuses; a
     * second transaction reports only what it changed. The portable JPA store, given the same batches on twin
     * shipments, reports the same facts.
     */
    @Test
    void theEventStoresReportTheStatusChangesTheyCommitAndBothReportTheSame() {
        Instant pickup = Instant.parse("2026-11-02T08:00:00Z");
        Reporter reporter = Reporter.of(Actor.system("persistence-it"), true);
        String url = "jdbc:postgresql://localhost:" + System.getProperty("test.pg.port", "15432") + "/postgres";
        Map<String, List<String>> factsByStore = new LinkedHashMap<>();
        try (EntityManagerFactory emf = EventStoresOutsideTheServer.unit(url, "postgres", "postgres")) {
            for (String kind : List.of("postgresql", "jpa")) {
                Fixtures.Org org = Fixtures.organisation("Facts " + kind);
                Map<String, Long> ids = new LinkedHashMap<>();
                for (String ref : List.of("F-MOVING", "F-INFO", "F-DELIVERED", "F-UNTOUCHED")) {
                    ids.put(ref, Fixtures.shipment(org, ref, pickup).id());
                }
                Instant received = Instant.parse("2026-11-05T12:00:00Z");
                List<TrackingEventStore.Line> first = List.of(
                        line(0, org, "F-MOVING", StatusCode.X3, pickup, "m-1"),
                        line(1, org, "F-MOVING", StatusCode.AF, pickup.plusSeconds(3600), "m-2"),
                        line(
                                2,
                                org,
                                "F-INFO",
                                StatusCode.AG,
                                pickup.plusSeconds(60),
                                "i-1"), // informational: no change of status
                        line(3, org, "F-DELIVERED", StatusCode.D1, pickup.plusSeconds(86_400), "d-1"),
                        line(4, org, "F-NOWHERE", StatusCode.X3, pickup, "n-1"), // no such shipment: refused
                        line(
                                5,
                                org,
                                "F-MOVING",
                                StatusCode.SD,
                                pickup,
                                "m-1")); // the same event id again: the first line wins
                TrackingEventStore.Stored stored = EventStoresOutsideTheServer.inTransaction(
                        emf, em -> EventStoresOutsideTheServer.store(kind, em).store(first, received, reporter));
                assertEquals(4, stored.added(), kind);
                assertEquals(
                        List.of("4 shipmentReference rule.event.shipment.unknown: No shipment with the reference"
                                + " F-NOWHERE (send or import the shipment first)"),
                        stored.refused().stream()
                                .map(r -> r.line() + " " + r.field() + " "
                                        + r.problem().key() + ": " + r.message())
                                .toList(),
                        kind);
                assertEquals(
                        List.of(
                                        new ShipmentStatusChanged(
                                                ids.get("F-MOVING"),
                                                org.id(),
                                                "F-MOVING",
                                                ShipmentStatus.BOOKED,
                                                ShipmentStatus.IN_TRANSIT,
                                                received),
                                        new ShipmentStatusChanged(
                                                ids.get("F-DELIVERED"),
                                                org.id(),
                                                "F-DELIVERED",
                                                ShipmentStatus.BOOKED,
                                                ShipmentStatus.DELIVERED,
                                                received))
                                .stream()
                                .sorted(ShipmentStatusChanged.BY_SHIPMENT)
                                .toList(),
                        stored.statusChanges(),
                        kind);
                // read back on a connection of its own: the facts are what was committed
                for (ShipmentStatusChanged fact : stored.statusChanges()) {
                    Map<String, Object> row =
                            Fixtures.single("select status, updated_at from shipment where id = ?", fact.shipmentId());
                    assertEquals(fact.newStatus().name(), row.get("status"), kind + " " + fact.reference());
                }
                Map<String, Object> info =
                        Fixtures.single("select status, last_event_at from shipment where id = ?", ids.get("F-INFO"));
                assertEquals("BOOKED", info.get("status"), kind);
                assertEquals(
                        pickup.plusSeconds(60),
                        ((java.sql.Timestamp) info.get("last_event_at")).toInstant(),
                        kind + ": the state is written even where the status stays");
                assertEquals(
                        "BOOKED",
                        Fixtures.single("select status from shipment where id = ?", ids.get("F-UNTOUCHED"))
                                .get("status"));
                List<String> facts = new ArrayList<>();
                stored.statusChanges()
                        .forEach(f -> facts.add(f.reference() + ": " + f.oldStatus() + " -> " + f.newStatus()));

                // a second transaction: a late pick-up for the delivered one (it stays delivered), an arrival for the
                // moving
                // one, a re-sent event: only the arrival is a change
                Instant later = received.plusSeconds(600);
                List<TrackingEventStore.Line> second = List.of(
                        line(0, org, "F-DELIVERED", StatusCode.AF, pickup.plusSeconds(1800), "d-0"),
                        line(1, org, "F-MOVING", StatusCode.X1, pickup.plusSeconds(7200), "m-3"),
                        line(2, org, "F-MOVING", StatusCode.AF, pickup.plusSeconds(3600), "m-2"));
                TrackingEventStore.Stored again = EventStoresOutsideTheServer.inTransaction(
                        emf, em -> EventStoresOutsideTheServer.store(kind, em).store(second, later, reporter));
                assertEquals(2, again.added(), kind);
                assertEquals(
                        List.of(new ShipmentStatusChanged(
                                ids.get("F-MOVING"),
                                org.id(),
                                "F-MOVING",
                                ShipmentStatus.IN_TRANSIT,
                                ShipmentStatus.AT_DELIVERY,
                                later)),
                        again.statusChanges(),
                        kind);
                assertEquals(
                        "AT_DELIVERY",
                        Fixtures.single("select status from shipment where id = ?", ids.get("F-MOVING"))
                                .get("status"));
                Map<String, Object> delivered = Fixtures.single(
                        "select status, picked_up_at from shipment where id = ?", ids.get("F-DELIVERED"));
                assertEquals("DELIVERED", delivered.get("status"));
                assertEquals(
                        pickup.plusSeconds(1800), ((java.sql.Timestamp) delivered.get("picked_up_at")).toInstant());
                again.statusChanges()
                        .forEach(f -> facts.add(f.reference() + ": " + f.oldStatus() + " -> " + f.newStatus()));
                assertFalse(facts.isEmpty());
                factsByStore.put(kind, facts);
            }
        }
        assertEquals(factsByStore.get("postgresql"), factsByStore.get("jpa"), "both stores report the same changes");
    }

    /**
     * Two batches on the same shipments at once, in opposite orders: the second waits for the first's commit and
     * derives from what it committed, so neither loses the other's events, and neither deadlocks. The first is held
     * open until the second is seen waiting on a lock.
     */
    @Test
    void concurrentBatchesOnTheSameShipmentsWaitForEachOtherAndLoseNothing() throws Exception {
        Instant pickup = Instant.parse("2026-11-02T08:00:00Z");
        Reporter reporter = Reporter.of(Actor.system("persistence-it"), true);
        String url = "jdbc:postgresql://localhost:" + System.getProperty("test.pg.port", "15432") + "/postgres";
        Fixtures.Org org = Fixtures.organisation("Concurrent batches");
        long first = Fixtures.shipment(org, "C-FIRST", pickup).id();
        long second = Fixtures.shipment(org, "C-SECOND", pickup).id();
        Instant received = Instant.parse("2026-11-05T12:00:00Z");
        try (EntityManagerFactory emf = EventStoresOutsideTheServer.unit(url, "postgres", "postgres")) {
            EntityManager holder = emf.createEntityManager();
            holder.getTransaction().begin();
            // picked up an hour after the plan, both
            EventStoresOutsideTheServer.store("postgresql", holder)
                    .store(
                            List.of(
                                    line(0, org, "C-FIRST", StatusCode.AF, pickup.plusSeconds(3600), "p-1"),
                                    line(1, org, "C-SECOND", StatusCode.AF, pickup.plusSeconds(3600), "p-2")),
                            received,
                            reporter);
            // informational events dated before the pick-up, in the other order: a batch that derived from the state
            // before the pick-up's commit would write both shipments back to BOOKED
            CompletableFuture<TrackingEventStore.Stored> waiting =
                    CompletableFuture.supplyAsync(() -> EventStoresOutsideTheServer.inTransaction(
                            emf,
                            em -> EventStoresOutsideTheServer.store("postgresql", em)
                                    .store(
                                            List.of(
                                                    line(0, org, "C-SECOND", StatusCode.AG, pickup, "i-2"),
                                                    line(1, org, "C-FIRST", StatusCode.AG, pickup, "i-1")),
                                            received.plusSeconds(1),
                                            reporter)));
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (((Number) Fixtures.single(
                                            "select count(*) as n from pg_stat_activity where wait_event_type = 'Lock'")
                                    .get("n"))
                            .longValue()
                    == 0) {
                assertFalse(waiting.isDone(), "the second batch waits for the first's lock");
                assertTrue(System.nanoTime() < deadline, "the second batch never waited");
                Thread.sleep(50);
            }
            holder.getTransaction().commit();
            holder.close();
            TrackingEventStore.Stored later = waiting.get(30, TimeUnit.SECONDS);
            assertEquals(2, later.added());
            assertEquals(List.of(), later.statusChanges(), "an earlier informational event changes no status");
        }
        for (long id : List.of(first, second)) {
            Map<String, Object> row =
                    Fixtures.single("select status, picked_up_at, last_event_at from shipment where id = ?", id);
            assertEquals("IN_TRANSIT", row.get("status"), "shipment " + id);
            assertEquals(pickup.plusSeconds(3600), ((java.sql.Timestamp) row.get("picked_up_at")).toInstant());
            assertEquals(pickup.plusSeconds(3600), ((java.sql.Timestamp) row.get("last_event_at")).toInstant());
            assertEquals(
                    2L,
                    ((Number) Fixtures.single("select count(*) as n from tracking_event where shipment_id = ?", id)
                                    .get("n"))
                            .longValue());
        }
    }

    private static TrackingEventStore.Line line(
            long line, Fixtures.Org org, String reference, StatusCode code, Instant at, String eventId) {
        return new TrackingEventStore.Line(
                line,
                org.id(),
                new EventReport(
                        ShipmentReference.of(reference), code, null, at.atZone(ZoneOffset.UTC), null, "TMS", eventId));
    }
}
