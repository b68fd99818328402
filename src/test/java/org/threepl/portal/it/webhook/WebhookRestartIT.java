package org.threepl.portal.it.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * The portal stops while deliveries are on their way (the application is undeployed with requests held open by the
 * receiver) and starts again: every event still reaches the receiver and is acknowledged, in order per shipment; an
 * event the receiver saw before the stop may come again with the same id, which is what receivers deduplicate by.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookRestartIT {

    private static final String PORTAL = "portal";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = PORTAL, managed = false, testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    /** What the receiver got: the event, and whether it answered 2xx (false: the portal had gone). */
    private record Got(String id, JsonObject body, boolean acknowledged) {}

    @Test
    void deliveriesCutShortByAStopAreSentAfterTheStartAndNoneIsLost() throws Exception {
        deployer.deploy(PORTAL);
        Fixtures.Org org = Fixtures.organisation("Restarted Freight");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        List<String> references = List.of("RS-1", "RS-2", "RS-3");
        for (String reference : references) {
            Fixtures.shipment(org, reference, Instant.parse("2026-11-01T00:00:00Z"));
        }
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch held = new CountDownLatch(1);
        List<Got> got = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(16));
        receiver.createContext("/hooks", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            held.countDown();
            boolean answered = false;
            try {
                // until the portal has been stopped, every request hangs: deliveries are in flight at the stop
                release.await(90, TimeUnit.SECONDS);
                exchange.sendResponseHeaders(204, -1);
                answered = true;
            } catch (Exception portalGone) {
                // the portal closed the connection when it stopped
            } finally {
                exchange.close();
            }
            try (var r = Json.createReader(new StringReader(body))) {
                JsonObject json = r.readObject();
                got.add(new Got(json.getString("id"), json, answered && release.getCount() == 0));
            }
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
            HttpResponse<String> subscribed = api(
                    "POST",
                    "webhooks/subscriptions",
                    key.value(),
                    "{\"organisation\":" + org.id() + ",\"url\":\"" + url
                            + "\",\"eventTypes\":[\"shipment_status_changed\"]}");
            assertEquals(201, subscribed.statusCode(), subscribed.body());
            String[][] steps = {
                {"X3", "2026-11-01T08:00:00Z"}, {"AF", "2026-11-01T10:00:00Z"}, {"D1", "2026-11-03T12:00:00Z"}
            };
            for (String[] step : steps) {
                StringBuilder batch = new StringBuilder("{\"events\":[");
                for (String reference : references) {
                    batch.append(reference.equals(references.get(0)) ? "" : ",")
                            .append("{\"shipmentReference\":\"")
                            .append(reference)
                            .append("\",\"eventId\":\"")
                            .append(reference)
                            .append('-')
                            .append(step[0])
                            .append("\",\"sourceSystem\":\"TMS\",\"statusCode\":\"")
                            .append(step[0])
                            .append("\",\"occurredAt\":\"")
                            .append(step[1])
                            .append("\"}");
                }
                HttpResponse<String> r =
                        api("POST", "events", key.value(), batch.append("]}").toString());
                assertEquals(3, json(r).getInt("accepted"), r.body());
            }
            assertTrue(held.await(60, TimeUnit.SECONDS), "a delivery reached the receiver");

            deployer.undeploy(PORTAL);
            release.countDown();
            deployer.deploy(PORTAL);

            Set<String> events =
                    Fixtures.query("select message_id from webhook_event where organisation_id = ?", org.id()).stream()
                            .map(row -> row.get("message_id").toString())
                            .collect(Collectors.toSet());
            assertEquals(9, events.size(), "nine status changes, each an event");
            Instant until = Instant.now().plus(Duration.ofSeconds(120));
            while (!acknowledged(got).containsAll(events) && Instant.now().isBefore(until)) {
                Thread.sleep(200);
            }
            assertEquals(events, acknowledged(got), "every event acknowledged after the start: " + got);

            // in order per shipment, counting each event where the receiver first acknowledged it
            Map<String, List<String>> statuses = new LinkedHashMap<>();
            Set<String> seen = new java.util.HashSet<>();
            for (Got g : got) {
                if (g.acknowledged() && seen.add(g.id())) {
                    JsonObject data = g.body().getJsonObject("data");
                    statuses.computeIfAbsent(data.getString("reference"), k -> new ArrayList<>())
                            .add(data.getString("newStatus"));
                }
            }
            for (String reference : references) {
                assertEquals(
                        List.of("AT_PICKUP", "IN_TRANSIT", "DELIVERED"), statuses.get(reference), statuses.toString());
            }
        } finally {
            release.countDown();
            receiver.stop(0);
            deployer.undeploy(PORTAL);
        }
    }

    private static Set<String> acknowledged(List<Got> got) {
        return got.stream().filter(Got::acknowledged).map(Got::id).collect(Collectors.toSet());
    }
}
