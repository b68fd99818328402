package org.threepl.portal.it.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * Webhooks delivered to a real HTTP receiver in the test JVM: signed by the Standard Webhooks scheme, retried after
 * failures, in order per shipment, each event once acknowledged; the delivery log, redelivery and the test event; a
 * subscription that keeps failing paused and its admin told.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookDeliveryIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static JsonObject subscribe(Fixtures.Org org, Fixtures.Key key, String url, String types) {
        HttpResponse<String> r = api(
                "POST",
                "webhooks/subscriptions",
                key.value(),
                "{\"organisation\":" + org.id() + ",\"url\":\"" + url + "\",\"description\":\"TMS\",\"eventTypes\":["
                        + types + "]}");
        assertEquals(201, r.statusCode(), r.body());
        return json(r);
    }

    private static String event(String reference, String id, String code, String at) {
        return "{\"shipmentReference\":\"" + reference + "\",\"eventId\":\"" + id
                + "\",\"sourceSystem\":\"TMS\",\"statusCode\":\"" + code + "\",\"occurredAt\":\"" + at + "\"}";
    }

    private static void events(Fixtures.Key key, String... events) {
        HttpResponse<String> r = api("POST", "events", key.value(), "{\"events\":[" + String.join(",", events) + "]}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(events.length, json(r).getInt("accepted"), r.body());
    }

    /** The signature as a receiver computes it, independently of the portal's code. */
    static String signature(String secret, Receiver.Received r) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] signed = mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(signed);
    }

    @Test
    void statusChangesReachTheReceiverSignedOncePerEventAndInOrderPerShipmentAfterItFailedTwice() throws Exception {
        Fixtures.Org org = Fixtures.organisation("Hooked Freight");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Shipment a = Fixtures.shipment(org, "PO-WH-A", Instant.parse("2026-11-01T00:00:00Z"));
        Fixtures.Shipment b = Fixtures.shipment(org, "PO-WH-B", Instant.parse("2026-11-01T00:00:00Z"));
        try (Receiver receiver = new Receiver(n -> n <= 2 ? 503 : 204)) {
            JsonObject created = subscribe(org, key, receiver.url(), "\"shipment_status_changed\"");
            String secret = created.getString("secret");
            assertTrue(secret.startsWith("whsec_"), created.toString());
            assertEquals("ACTIVE", created.getJsonObject("subscription").getString("state"));

            // four changes of A and three of B, sent interleaved in five batches
            events(key, event(a.reference(), "a1", "X3", "2026-11-01T08:00:00Z"));
            events(
                    key,
                    event(a.reference(), "a2", "AF", "2026-11-01T10:00:00Z"),
                    event(b.reference(), "b1", "AF", "2026-11-01T10:00:00Z"));
            events(key, event(b.reference(), "b2", "SD", "2026-11-02T10:00:00Z"));
            events(key, event(a.reference(), "a3", "X1", "2026-11-03T10:00:00Z"));
            events(
                    key,
                    event(a.reference(), "a4", "D1", "2026-11-03T12:00:00Z"),
                    event(b.reference(), "b3", "D1", "2026-11-04T12:00:00Z"));

            List<Receiver.Received> ok = receiver.await(
                    r -> r.stream().filter(x -> x.answered() < 300).count() >= 7, "seven status changes acknowledged");
            Thread.sleep(1500); // nothing more may come: every event once acknowledged
            List<Receiver.Received> acknowledged = receiver.succeeded();
            assertEquals(7, acknowledged.size(), acknowledged.toString());
            assertEquals(9, receiver.received().size(), "two failures, then each event once");

            Set<String> ids = new HashSet<>();
            Map<String, List<JsonObject>> byShipment = new LinkedHashMap<>();
            for (Receiver.Received r : acknowledged) {
                assertEquals(signature(secret, r), r.signature(), "signed with the subscription's secret");
                JsonObject body = r.json();
                assertEquals(r.id(), body.getString("id"), "the webhook-id header is the event's id");
                assertEquals("SHIPMENT_STATUS_CHANGED", body.getString("type"));
                assertEquals(org.id(), body.getJsonNumber("organisation").longValue());
                assertTrue(ids.add(r.id()), "each event acknowledged once: " + r.id());
                JsonObject data = body.getJsonObject("data");
                byShipment
                        .computeIfAbsent(data.getString("reference"), k -> new ArrayList<>())
                        .add(data);
            }
            // the failed attempts were retries of events acknowledged later, with the same id
            for (Receiver.Received failed : receiver.received().subList(0, 2)) {
                assertTrue(ids.contains(failed.id()), "a failed attempt is retried: " + failed.id());
            }
            assertChain(byShipment.get(a.reference()), List.of("AT_PICKUP", "IN_TRANSIT", "AT_DELIVERY", "DELIVERED"));
            assertChain(byShipment.get(b.reference()), List.of("IN_TRANSIT", "DELAYED", "DELIVERED"));

            // the delivery log tells the same, newest first
            long subscription =
                    created.getJsonObject("subscription").getJsonNumber("id").longValue();
            JsonObject log = json(
                    api("GET", "webhooks/subscriptions/" + subscription + "/deliveries?limit=5", key.value(), null));
            assertEquals(5, log.getJsonArray("items").size());
            assertNotNull(log.getString("next"), "a second page");
            JsonObject page2 =
                    json(api("GET", log.getString("next").replaceFirst("^.*/api/v1/", ""), key.value(), null));
            assertEquals(2, page2.getJsonArray("items").size());
            assertTrue(!page2.containsKey("next") || page2.isNull("next"), "no third page");
            int attempts = 0;
            for (JsonObject d : page2.getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertEquals("DELIVERED", d.getString("state"));
                assertEquals(204, d.getInt("lastStatus"));
                attempts += d.getInt("attempts");
            }
            assertTrue(attempts >= 3, "the oldest deliveries carry the failed attempts: " + page2);
        }
    }

    private static void assertChain(List<JsonObject> changes, List<String> statuses) {
        assertNotNull(changes, "no event for the shipment");
        List<String> seen = changes.stream().map(c -> c.getString("newStatus")).toList();
        assertEquals(statuses, seen, "in the order they happened");
        String before = "BOOKED";
        for (JsonObject c : changes) {
            assertEquals(before, c.getString("oldStatus"), "each change follows the one before: " + changes);
            before = c.getString("newStatus");
        }
    }

    @Test
    void aTestEventAndARedeliveryGoOutWithTheSameBodyAndAnotherOrganisationSeesNothing() throws Exception {
        Fixtures.Org org = Fixtures.organisation("Tested Freight");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Org other = Fixtures.organisation("Other Freight");
        Fixtures.Key otherKey = Fixtures.apiKey(other, ApiScope.READ, ApiScope.WRITE);
        try (Receiver receiver = new Receiver(n -> 200)) {
            JsonObject created = subscribe(org, key, receiver.url(), "\"INVOICE_RECORDED\"");
            long id = created.getJsonObject("subscription").getJsonNumber("id").longValue();
            HttpResponse<String> test = api("POST", "webhooks/subscriptions/" + id + "/test", key.value(), "");
            assertEquals(202, test.statusCode(), test.body());
            long delivery = json(test).getJsonNumber("delivery").longValue();
            Receiver.Received first =
                    receiver.await(r -> r.size() == 1, "the test event").get(0);
            assertEquals("TEST", first.json().getString("type"));
            assertEquals(signature(created.getString("secret"), first), first.signature());

            JsonObject detail = json(api("GET", "webhooks/deliveries/" + delivery, key.value(), null));
            assertEquals(first.body(), detail.getString("body"), "the body on demand is the body sent");
            assertEquals("answer 200", detail.getString("lastAnswer"));

            assertEquals(
                    202,
                    api("POST", "webhooks/deliveries/" + delivery + "/redeliver", key.value(), "")
                            .statusCode());
            Receiver.Received again =
                    receiver.await(r -> r.size() == 2, "the redelivery").get(1);
            assertEquals(first.id(), again.id(), "a redelivery keeps the event's id, which receivers deduplicate by");
            assertEquals(first.body(), again.body());

            // another organisation's key: not found, whatever it asks about this one's webhooks
            for (String path : List.of(
                    "webhooks/subscriptions/" + id,
                    "webhooks/subscriptions/" + id + "/deliveries",
                    "webhooks/subscriptions/" + id + "/secret",
                    "webhooks/deliveries/" + delivery,
                    "webhooks/subscriptions?organisation=" + org.id())) {
                assertEquals(404, api("GET", path, otherKey.value(), null).statusCode(), path);
            }
            assertEquals(
                    404,
                    api("POST", "webhooks/deliveries/" + delivery + "/redeliver", otherKey.value(), "")
                            .statusCode());
            assertEquals(
                    404,
                    api("DELETE", "webhooks/subscriptions/" + id, otherKey.value(), null)
                            .statusCode());

            // its owner removes it: its deliveries go with it (no foreign key does it on PostgreSQL)
            HttpResponse<String> removed = api("DELETE", "webhooks/subscriptions/" + id, key.value(), null);
            assertEquals(204, removed.statusCode(), removed.body());
            assertEquals(
                    0L,
                    ((Number) Fixtures.single(
                                            "select count(*) as n from webhook_delivery where subscription_id = ?", id)
                                    .get("n"))
                            .longValue());
        }
    }

    @Test
    void badSubscriptionsAreRefusedFieldByFieldAndChangesNeedTheVersionRead() {
        Fixtures.Org org = Fixtures.organisation("Careful Freight");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key reader = Fixtures.apiKey(org, ApiScope.READ);
        String base = "{\"organisation\":" + org.id() + ",";
        HttpResponse<String> http = api(
                "POST",
                "webhooks/subscriptions",
                key.value(),
                base + "\"url\":\"http://tms.example.com/x\",\"eventTypes\":[\"TIER_CHANGED\"]}");
        assertEquals(422, http.statusCode(), http.body());
        JsonObject refused = json(http).getJsonArray("errors").getJsonObject(0);
        assertEquals("url", refused.getString("field"), http.body());
        // the rule by its identifier, for a system that acts on it without reading the English
        assertEquals("rule.webhook.url.https", refused.getString("rule"), http.body());
        HttpResponse<String> type = api(
                "POST",
                "webhooks/subscriptions",
                key.value(),
                base + "\"url\":\"https://tms.example.com/x\",\"eventTypes\":[\"EVERYTHING\"]}");
        assertEquals(422, type.statusCode(), type.body());
        assertTrue(type.body().contains("eventTypes") && type.body().contains("TIER_CHANGED"), type.body());
        assertEquals(
                403,
                api(
                                "POST",
                                "webhooks/subscriptions",
                                reader.value(),
                                base + "\"url\":\"https://tms.example.com/x\",\"eventTypes\":[\"TIER_CHANGED\"]}")
                        .statusCode(),
                "a READ key manages no webhooks");

        JsonObject created = subscribe(org, key, "https://tms.example.com/x", "\"TIER_CHANGED\"");
        long id = created.getJsonObject("subscription").getJsonNumber("id").longValue();
        String change =
                base + "\"url\":\"https://tms.example.com/y\",\"eventTypes\":[\"TIER_CHANGED\",\"OFFER_MADE\"]}";
        assertEquals(
                428,
                api("PUT", "webhooks/subscriptions/" + id, key.value(), change).statusCode());
        HttpResponse<String> changed =
                api("PUT", "webhooks/subscriptions/" + id, key.value(), change, "If-Match", "\"0\"");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(
                412,
                api("PUT", "webhooks/subscriptions/" + id, key.value(), change, "If-Match", "\"0\"")
                        .statusCode(),
                "a stale version is refused, never overwritten");
        assertEquals(
                "https://tms.example.com/y",
                Fixtures.single("select url from webhook_subscription where id = ?", id)
                        .get("url"));
        // a new secret on the version read, never the old one again
        String version = "\"" + json(changed).getInt("version") + "\"";
        HttpResponse<String> rotated =
                api("POST", "webhooks/subscriptions/" + id + "/secret", key.value(), "", "If-Match", version);
        assertEquals(200, rotated.statusCode(), rotated.body());
        assertTrue(json(rotated).getString("secret").startsWith("whsec_"));
        assertFalse(json(rotated).getString("secret").equals(created.getString("secret")), "a new secret");
        // a range to send again must be a range, of readable times
        HttpResponse<String> backwards = api(
                "POST", "webhooks/subscriptions/" + id + "/redeliver?from=2026-12-02&to=2026-12-01", key.value(), "");
        assertEquals(422, backwards.statusCode(), backwards.body());
        assertTrue(backwards.body().contains("\"from\""), backwards.body());
        HttpResponse<String> unreadable = api(
                "POST", "webhooks/subscriptions/" + id + "/redeliver?from=yesterday&to=2026-12-01", key.value(), "");
        assertEquals(422, unreadable.statusCode(), unreadable.body());
        assertTrue(unreadable.body().contains("\"from\""), unreadable.body());
        assertFalse(json(api("GET", "webhooks/subscriptions?organisation=" + org.id(), key.value(), null))
                .getJsonArray("items")
                .getJsonObject(0)
                .containsKey("secret"));
    }

    @Test
    void aSubscriptionThatKeepsFailingIsPausedAndItsAdminToldAndResumedItSendsWhatWaited() throws Exception {
        Fixtures.Org org = Fixtures.organisation("Broken Receiver");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.Shipment s = Fixtures.shipment(org, "PO-WH-P", Instant.parse("2026-11-01T00:00:00Z"));
        boolean[] up = {false};
        try (Receiver receiver = new Receiver(n -> up[0] ? 204 : 500)) {
            JsonObject created = subscribe(org, key, receiver.url(), "\"SHIPMENT_STATUS_CHANGED\"");
            long id = created.getJsonObject("subscription").getJsonNumber("id").longValue();
            events(key, event(s.reference(), "p1", "X3", "2026-11-01T08:00:00Z"));
            // 1 + 2 + 4 + 8 s of back-off: the fifth failure pauses it
            receiver.await(r -> r.size() >= 5, "five failed attempts");
            JsonObject paused = awaitState(id, key, "PAUSED");
            assertEquals("FAILING", paused.getString("pausedReason"));
            assertEquals(
                    1,
                    Fixtures.query(
                                    "select 1 from notification where user_id = ? and subject_key = ?",
                                    admin.id(),
                                    "webhook.paused.subject")
                            .size(),
                    "its admin is told once");

            up[0] = true;
            HttpResponse<String> resumed = api(
                    "POST",
                    "webhooks/subscriptions/" + id + "/resume",
                    key.value(),
                    "",
                    "If-Match",
                    "\"" + paused.getInt("version") + "\"");
            assertEquals(200, resumed.statusCode(), resumed.body());
            Receiver.Received delivered = receiver
                    .await(r -> !receiver.succeeded().isEmpty(), "the delivery")
                    .stream()
                    .filter(r -> r.answered() < 300)
                    .findFirst()
                    .orElseThrow();
            assertEquals("AT_PICKUP", delivered.json().getJsonObject("data").getString("newStatus"));
        }
    }

    @Test
    void theHousekeepingRemovesDeliveriesFinishedLongAgoAndKeepsTheRest() {
        Fixtures.Org org = Fixtures.organisation("Old Hooks");
        Fixtures.Webhook old = Fixtures.webhook(org);
        Fixtures.Webhook recent = Fixtures.webhook(org);
        Fixtures.update(
                "update webhook_delivery set created_at = now() - interval '40 days' where id = ?", old.delivery());
        Fixtures.update(
                "update webhook_event set occurred_at = now() - interval '40 days' where id ="
                        + " (select event_id from webhook_delivery where id = ?)",
                old.delivery());
        long oldEvent = ((Number) Fixtures.single("select event_id from webhook_delivery where id = ?", old.delivery())
                        .get("event_id"))
                .longValue();
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        Http.postUntilRan("maintenance/housekeeping", tpl.value());
        assertTrue(Fixtures.query("select 1 from webhook_delivery where id = ?", old.delivery())
                .isEmpty());
        assertTrue(Fixtures.query("select 1 from webhook_event where id = ?", oldEvent)
                .isEmpty());
        assertFalse(Fixtures.query("select 1 from webhook_delivery where id = ?", recent.delivery())
                .isEmpty());
    }

    private static JsonObject awaitState(long id, Fixtures.Key key, String state) {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            JsonObject s = json(api("GET", "webhooks/subscriptions/" + id, key.value(), null));
            if (state.equals(s.getString("state"))) {
                return s;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Subscription " + id + " never became " + state);
    }
}
