package org.threepl.portal.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import com.icegreen.greenmail.util.GreenMail;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.MailServer;
import org.threepl.portal.it.support.PortalDeployment;
import org.threepl.portal.it.support.TraceCollector;
import org.threepl.portal.it.support.TraceCollector.ExportedSpan;
import org.threepl.portal.it.webhook.Receiver;

/**
 * Traces as an operations team's collector receives them (OTLP over HTTP, {@link TraceCollector}): a request joins the
 * trace its caller started; a webhook delivery is a client span under its job's run that carries its trace to the
 * receiver; a mail is a client span under the mail job's run.
 */
@ExtendWith(ArquillianExtension.class)
class TracesIT {

    private static final int SERVER = 2;
    private static final int CLIENT = 3;
    private static final int ERROR = 2;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    @Test
    void anApiRequestIsASpanOfTheTraceItsCallerSent() {
        Fixtures.Org org = Fixtures.organisation("Traced Freight");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ);
        String trace = randomHex(16);
        String callerSpan = randomHex(8);
        HttpResponse<String> r = api(
                "GET", "shipments?limit=5", key.value(), null, "traceparent", "00-" + trace + "-" + callerSpan + "-01");
        assertEquals(200, r.statusCode(), r.body());

        ExportedSpan span = TraceCollector.await(
                s -> s.traceId().equals(trace) && s.kind() == SERVER, "for the request in the caller's trace");
        assertEquals(callerSpan, span.parentSpanId(), "the caller's span is its parent");
        assertEquals("200", span.attributes().get("http.response.status_code"), span.toString());
    }

    @Test
    void aWebhookDeliveryIsAClientSpanUnderItsJobAndItsTraceReachesTheReceiver() throws Exception {
        Fixtures.Org org = Fixtures.organisation("Traced Hooks");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        try (Receiver receiver = new Receiver(n -> n == 1 ? 503 : 204)) {
            HttpResponse<String> created = api(
                    "POST",
                    "webhooks/subscriptions",
                    key.value(),
                    "{\"organisation\":" + org.id() + ",\"url\":\"" + receiver.url()
                            + "\",\"description\":\"Traced\",\"eventTypes\":[\"INVOICE_RECORDED\"]}");
            assertEquals(201, created.statusCode(), created.body());
            long id = json(created)
                    .getJsonObject("subscription")
                    .getJsonNumber("id")
                    .longValue();
            assertEquals(
                    202,
                    api("POST", "webhooks/subscriptions/" + id + "/test", key.value(), "")
                            .statusCode());
            var received = receiver.await(list -> list.size() == 2, "the test event, refused once, then taken");

            for (int attempt = 0; attempt < 2; attempt++) {
                String traceparent = received.get(attempt).traceparent();
                assertNotNull(traceparent, "each delivery carries its trace (W3C traceparent)");
                String[] parts = traceparent.split("-");
                ExportedSpan delivery = TraceCollector.await(
                        s -> s.traceId().equals(parts[1]) && s.spanId().equals(parts[2]),
                        "for the delivery the receiver got as " + traceparent);
                assertEquals("webhook POST", delivery.name());
                assertEquals(CLIENT, delivery.kind());
                assertEquals(attempt == 0 ? "503" : "204", delivery.attributes().get("http.response.status_code"));
                assertEquals(attempt == 0 ? ERROR : 0, delivery.statusCode(), "a refused delivery is an error");
                ExportedSpan job = TraceCollector.await(
                        s -> s.spanId().equals(delivery.parentSpanId()), "that is the delivery's parent");
                assertEquals("job webhook-delivery", job.name());
                assertEquals("webhook-delivery", job.attributes().get("portal.job"));
            }
        }
    }

    @Test
    void aMailIsAClientSpanUnderTheMailJobThatNamesNoRecipient() throws Exception {
        Fixtures.Org org = Fixtures.organisation("Traced Mail");
        long dispute = Fixtures.dispute(org, Fixtures.contract(org));
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, org);
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        long from = Instant.now().toEpochMilli() * 1_000_000;
        GreenMail smtp = MailServer.start(MailServer.PASSWORD);
        try {
            HttpResponse<String> r =
                    api("POST", "disputes/" + dispute + "/messages", key.value(), "{\"text\":\"Traced message\"}");
            assertEquals(201, r.statusCode(), r.body());
            assertEquals(1, MailServer.await(smtp, "CL-FX-" + dispute, 1, 30).size());
        } finally {
            smtp.stop();
        }
        ExportedSpan mail = TraceCollector.await(
                s -> s.name().equals("mail send") && s.startEpochNanos() >= from && s.statusCode() != ERROR,
                "for the mail sent");
        assertEquals(CLIENT, mail.kind());
        assertEquals("localhost", mail.attributes().get("server.address"));
        assertTrue(
                mail.attributes().values().stream().noneMatch(v -> v.contains("@")),
                "no address in the span: " + mail.attributes());
        ExportedSpan job =
                TraceCollector.await(s -> s.spanId().equals(mail.parentSpanId()), "that is the mail's parent");
        assertEquals("job mail", job.name());
    }
}
