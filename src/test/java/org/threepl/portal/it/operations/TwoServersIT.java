package org.threepl.portal.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.threepl.portal.it.support.EmbeddedPostgresSession;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PackagedServer;

/**
 * Two packaged servers on one database of their own (with the demo data), as behind a load balancer: both run the
 * scheduled jobs, each SLA period with money is adjusted once although both roll it up, and each event for a webhook is
 * delivered once although both servers send them; a signed-in user whose server dies goes on, on the other, with the
 * page they had open (the session is in the database). The full drill, with a real balancer, a crash under load and a
 * database fail-over, is ops/drill.sh.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersIT {

    private static final Path RUN = Path.of("target", "two-servers");
    private static final String DATABASE = "two_servers";
    private static final String ACME_KEY = "tpl_acmedemo01_DemoKeyForAcmeRetailReadWriteNotForProd1";
    private static final String TPL_KEY = "tpl_tpldemoint_DemoKeyForTheThreePLIntegrationNotProd04";

    private static PackagedServer a;
    private static PackagedServer b;

    @BeforeAll
    static void start() throws Exception {
        try (Connection c = EmbeddedPostgresSession.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE);
            s.execute("create database " + DATABASE);
        }
        Map<String, String> env = Map.of(
                "PORTAL_DEMO_DATA", "true",
                "PORTAL_LTPA_KEYS_FILE",
                        RUN.resolve("ltpa.keys").toAbsolutePath().toString(),
                "PORTAL_WEBHOOKS_HTTP_LOOPBACK", "true",
                "PORTAL_WEBHOOKS_PRIVATE_TARGETS", "true",
                "PORTAL_WEBHOOKS_POLL_MILLIS", "200",
                "PORTAL_RELATIONSHIP_RECOMPUTE_MINUTES", "0");
        a = PackagedServer.start(RUN.resolve("a"), 9284, 9648, DATABASE, "two-servers-db-2026", env);
        assertTrue(a.ready(), "server a:\n" + a.console());
        b = PackagedServer.start(RUN.resolve("b"), 9286, 9650, DATABASE, "two-servers-db-2026", env);
        assertTrue(b.ready(), "server b:\n" + b.console());
    }

    @AfterAll
    static void stop() throws Exception {
        for (PackagedServer s : new PackagedServer[] {a, b}) {
            if (s != null) {
                s.close();
            }
        }
    }

    private static DataSource db() {
        return EmbeddedPostgresSession.dataSource(DATABASE);
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db().getConnection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static HttpResponse<String> post(PackagedServer server, String path, String json) {
        return Http.send(
                Http.client(),
                HttpRequest.newBuilder(server.https().resolve("api/v1/" + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + ACME_KEY)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", "two-servers-" + path + "-" + json.hashCode())
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build());
    }

    /**
     * Recomputes on one server; the roll-up's own guard refuses a request that meets another writing the same days
     * (409: send it again), as the scheduled job may at the start, so it is sent again a few times.
     */
    private static HttpResponse<String> recomputeOn(PackagedServer server, String recompute) {
        HttpResponse<String> r = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            r = Http.send(
                    Http.client(),
                    HttpRequest.newBuilder(server.https().resolve("api/v1/" + recompute))
                            .timeout(Duration.ofSeconds(120))
                            .header("Authorization", "Bearer " + TPL_KEY)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build());
            if (r.statusCode() != 409) {
                return r;
            }
            try {
                Thread.sleep(300L * (attempt + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return r;
            }
        }
        return r;
    }

    /**
     * Both servers roll up Acme's service levels at the same moment: each closed period with a bonus or a credit gets
     * exactly one billing adjustment (the loser of the race fails on the unique key and finds it issued next time).
     */
    @Test
    @Order(0)
    void eachSlaPeriodWithMoneyIsAdjustedOnceWhileBothServersRollUp() throws Exception {
        String acme = strings("select id from organisation where code = 'ACME'").get(0);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String recompute = "sla/recompute?organisation=" + acme + "&from="
                + today.withDayOfMonth(1).minusMonths(5) + "&to=" + today;
        for (int round = 0; round < 2; round++) {
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> both = new ArrayList<>();
            for (PackagedServer server : new PackagedServer[] {a, b}) {
                both.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> recomputeOn(server, recompute)));
            }
            for (var f : both) {
                assertEquals(200, f.get().statusCode(), f.get().body());
            }
        }
        // a run that lost a race on every cause it tried leaves the rest to the next run: one more, alone
        HttpResponse<String> last = recomputeOn(b, recompute);
        assertEquals(200, last.statusCode(), last.body());
        HttpResponse<String> kpis = Http.send(
                Http.client(),
                HttpRequest.newBuilder(b.https().resolve("api/v1/sla/kpis"))
                        .header("Authorization", "Bearer " + ACME_KEY)
                        .build());
        List<String> withMoney = new ArrayList<>();
        for (var k : Http.json(kpis).getJsonArray("kpis").getValuesAs(jakarta.json.JsonObject.class)) {
            for (var p : k.getJsonArray("periods").getValuesAs(jakarta.json.JsonObject.class)) {
                if (p.getBoolean("closed")
                        && p.containsKey("bonusMalusAmount")
                        && p.getJsonNumber("bonusMalusAmount").bigDecimalValue().signum() != 0) {
                    // each period under the version of the term that judged it (a target raised since is a new version)
                    withMoney.add(
                            "term:" + p.getJsonObject("term").getJsonNumber("id") + ":" + p.getString("periodStart"));
                }
            }
        }
        assertFalse(withMoney.isEmpty(), "the demo's Acme has closed periods with a bonus or a credit: " + kpis.body());
        List<String> adjusted = strings("select cause_key from billing_adjustment where cause = 'SLA_PERIOD'"
                + " and organisation_id = " + acme + " order by cause_key");
        assertEquals(withMoney.stream().sorted().toList(), adjusted, "one adjustment for each, none twice");
    }

    @Test
    @Order(1)
    void eachEventIsDeliveredToAWebhookOnceWhileBothServersSend() throws Exception {
        Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.computeIfAbsent(exchange.getRequestHeaders().getFirst("webhook-id"), k -> new AtomicInteger())
                    .incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String acme =
                    strings("select id from organisation where code = 'ACME'").get(0);
            HttpResponse<String> subscribed = post(
                    a,
                    "webhooks/subscriptions",
                    "{\"organisation\":" + acme + ",\"url\":\"http://127.0.0.1:"
                            + receiver.getAddress().getPort()
                            + "/hooks\",\"eventTypes\":[\"SHIPMENT_STATUS_CHANGED\"]}");
            assertEquals(201, subscribed.statusCode(), subscribed.body());
            String subscription =
                    strings("select max(id) from webhook_subscription").get(0);
            List<String> references = strings(
                    "select client_reference from shipment where organisation_id = " + acme + " order by id limit 40");
            // batches to both servers in turn, each moving every shipment to another status
            for (int round = 0; round < 6; round++) {
                StringBuilder events = new StringBuilder("{\"events\":[");
                for (int i = 0; i < references.size(); i++) {
                    events.append(i == 0 ? "" : ",")
                            .append("{\"shipmentReference\":\"")
                            .append(references.get(i))
                            .append("\",\"eventId\":\"two-")
                            .append(round)
                            .append('-')
                            .append(i)
                            .append("\",\"sourceSystem\":\"TWO\",\"statusCode\":\"")
                            .append(round % 2 == 0 ? "X3" : "X6")
                            .append("\",\"occurredAt\":\"")
                            .append(Instant.now().minusSeconds(60 - round))
                            .append("\"}");
                }
                HttpResponse<String> r = post(
                        round % 2 == 0 ? a : b, "events", events.append("]}").toString());
                assertEquals(200, r.statusCode(), r.body());
            }
            List<String> sent = List.of();
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < until) {
                sent = strings("select e.message_id from webhook_delivery d join webhook_event e on e.id = d.event_id"
                        + " where d.subscription_id = " + subscription + " and d.state = 'DELIVERED'");
                List<String> due = strings("select id from webhook_delivery where subscription_id = " + subscription
                        + " and state <> 'DELIVERED'");
                if (due.isEmpty() && !sent.isEmpty()) {
                    break;
                }
                Thread.sleep(250);
            }
            Thread.sleep(1000); // a second delivery of the same message would come now
            assertFalse(sent.isEmpty(), "events went out");
            assertEquals(sent.size(), received.size(), "every delivery arrived");
            for (String message : sent) {
                assertEquals(
                        1, received.getOrDefault(message, new AtomicInteger()).get(), "delivered once: " + message);
            }
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    @Order(2)
    void aSignedInUserGoesOnWithTheOpenPageWhenTheirServerDies() throws Exception {
        Http.WebSession onA = new Http.WebSession(a.https());
        assertEquals(302, onA.login("acme.user", "demo-password-2026").statusCode(), a.console());
        HttpResponse<String> page = onA.get("shipments.xhtml");
        assertEquals(200, page.statusCode());
        String reference = strings("select client_reference from shipment s join organisation o"
                        + " on o.id = s.organisation_id where o.code = 'ACME' order by s.id limit 1")
                .get(0);

        a.kill();

        // the balancer sends the same browser, with its cookies, to the other server
        Http.WebSession onB = new Http.WebSession(b.https())
                .carrying("PORTALSESSION", onA.cookie("PORTALSESSION"))
                .carrying("PORTALSSO", onA.cookie("PORTALSSO"));
        HttpResponse<String> filtered =
                onB.ajax("shipments.xhtml", page.body(), "filter", "filter:search", "filter%3Areference=" + reference);
        assertEquals(200, filtered.statusCode(), filtered.body());
        assertTrue(filtered.body().contains("<partial-response"), filtered.body());
        assertFalse(filtered.body().contains("<redirect"), "not sent to sign in: " + filtered.body());
        assertFalse(filtered.body().contains("<error>"), "the view is there: " + filtered.body());
        HttpResponse<String> home = onB.get("index.xhtml");
        assertEquals(200, home.statusCode());
        assertFalse(home.body().contains("id=\"login\""), "not the sign-in page");
        assertTrue(home.body().contains("Acme Retail"), "still signed in as acme.user: " + home.body());
    }
}
