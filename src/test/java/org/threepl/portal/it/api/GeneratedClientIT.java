package org.threepl.portal.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.client.ApiClient;
import org.threepl.portal.client.ApiException;
import org.threepl.portal.client.api.EventsApi;
import org.threepl.portal.client.api.MeApi;
import org.threepl.portal.client.api.ShipmentsApi;
import org.threepl.portal.client.api.WebhooksApi;
import org.threepl.portal.client.model.BatchResult;
import org.threepl.portal.client.model.EventBatch;
import org.threepl.portal.client.model.EventInput;
import org.threepl.portal.client.model.ShipmentBatch;
import org.threepl.portal.client.model.ShipmentDetail;
import org.threepl.portal.client.model.ShipmentInput;
import org.threepl.portal.client.model.ShipmentListing;
import org.threepl.portal.client.model.SubscriptionRequest;
import org.threepl.portal.client.model.WithSecret;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * A client system's journey through the Java client that the build generates from the committed API document
 * (docs/openapi.json): what an integrator gets from the document works against the served API, types and all.
 */
@ExtendWith(ArquillianExtension.class)
class GeneratedClientIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static ApiClient clientFor(Fixtures.Key key) {
        String base = Http.testServer().toString();
        ApiClient client = new ApiClient();
        client.setHttpClientBuilder(Http.builder());
        client.updateBaseUri(base.substring(0, base.length() - 1));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key.value()));
        return client;
    }

    private static ShipmentInput shipment(String reference) {
        return new ShipmentInput()
                .reference(reference)
                .origin("Shanghai")
                .destination("Hamburg")
                .transportMode("SEA")
                .serviceLevel("STANDARD")
                .pickupFrom("2026-11-01T08:00:00+08:00")
                .pickupTo("2026-11-01T12:00:00+08:00")
                .deliveryFrom("2026-12-20T08:00:00+01:00")
                .deliveryTo("2026-12-20T17:00:00+01:00")
                .orderedQuantity(10);
    }

    private static EventInput event(String reference, String id, String code, String at) {
        return new EventInput()
                .shipmentReference(reference)
                .eventId(id)
                .sourceSystem("TMS")
                .statusCode(code)
                .occurredAt(at)
                .zone("Asia/Shanghai")
                .location("Shanghai");
    }

    @Test
    void aClientSystemSendsShipmentsAndEventsReadsThemBackAndSubscribes() throws ApiException {
        Fixtures.Org org = Fixtures.organisation("Generated Client Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        ApiClient client = clientFor(key);

        assertEquals(
                org.id(), new MeApi(client).meResourceMe().getOrganisation().getId());

        ShipmentsApi shipments = new ShipmentsApi(client);
        BatchResult created = shipments.shipmentResourceUpsert(
                new ShipmentBatch().shipments(List.of(shipment("GC-1"))), "gc-batch-" + org.id());
        assertEquals(1, created.getAccepted());
        long id = created.getItems().get(0).getId();

        BatchResult events = new EventsApi(client)
                .eventResourceRecord(
                        new EventBatch()
                                .events(List.of(
                                        event("GC-1", "gc-e1", "AF", "2026-11-01T10:00:00+08:00"),
                                        event("GC-1", "gc-e2", "D1", "2026-11-10T10:00:00+08:00"))),
                        null);
        assertEquals(2, events.getAccepted());

        ShipmentListing listing = shipments.shipmentResourceList(
                null, null, null, null, null, null, 10, null, null, null, null, null, "GC-1", null, null);
        assertEquals(1, listing.getItems().size());
        assertNull(listing.getNext(), "one page");
        ShipmentDetail detail = shipments.shipmentResourceGet(id);
        assertEquals("DELIVERED", detail.getShipment().getStatus());
        assertEquals(2, detail.getEvents().size());

        WebhooksApi webhooks = new WebhooksApi(client);
        WithSecret subscribed = webhooks.webhookResourceCreate(
                new SubscriptionRequest()
                        .organisation(org.id())
                        .url("https://tms.example/hooks/portal")
                        .eventTypes(List.of("SHIPMENT_STATUS_CHANGED")),
                "gc-sub-" + org.id());
        assertTrue(subscribed.getSecret().startsWith("whsec_"), subscribed.getSecret());
        assertEquals(
                List.of(subscribed.getSubscription().getId()),
                webhooks.webhookResourceList(org.id()).getItems().stream()
                        .map(s -> s.getId())
                        .toList());

        // another organisation's shipment is not there for this key: a typed error with the problem
        Fixtures.Org other = Fixtures.organisation("Other Client Ltd");
        Fixtures.Shipment theirs = Fixtures.shipment(other, "OT-1", Instant.parse("2026-11-01T00:00:00Z"));
        ApiException missing = assertThrows(ApiException.class, () -> shipments.shipmentResourceGet(theirs.id()));
        assertEquals(404, missing.getCode());
        assertTrue(missing.getResponseBody().contains("/problems/not-found"), missing.getResponseBody());
    }
}
