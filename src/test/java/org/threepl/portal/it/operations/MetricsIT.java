package org.threepl.portal.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * The portal's own figures on {@code /metrics}, read as a Prometheus scraper with the monitoring account reads them:
 * counters move with what happens (events stored, a failed sign-in), and the gauges read from the database agree with
 * the database.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static String scrape() {
        String account =
                Base64.getEncoder().encodeToString("monitor:monitor-password-2026".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = Http.send(
                Http.client(),
                HttpRequest.newBuilder(Http.testServer().resolve("/metrics?scope=application"))
                        .header("Authorization", "Basic " + account)
                        .build());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** The value of the first sample of {@code name} carrying every {@code key="value"} label given; -1 if none. */
    private static double sample(String metrics, String name, String... labels) {
        for (String line : metrics.split("\n")) {
            if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= line.contains(label);
            }
            if (all) {
                Matcher m = Pattern.compile("\\s(\\S+)$").matcher(line.strip());
                assertTrue(m.find(), line);
                return Double.parseDouble(m.group(1));
            }
        }
        return -1;
    }

    @Test
    void storedEventsAndFailedSignInsAreCounted() {
        Fixtures.Org org = Fixtures.organisation("Metrics Ltd");
        Fixtures.Shipment s = Fixtures.shipment(org, "MET-" + System.nanoTime(), Instant.now());
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);
        String before = scrape();
        double events = Math.max(0, sample(before, "portal_events_stored_total"));
        double failures = Math.max(0, sample(before, "portal_security_events_total", "type=\"SIGN_IN_FAILED\""));

        String batch = IntStream.range(0, 3)
                .mapToObj(i -> "{\"shipmentReference\":\"" + s.reference() + "\",\"eventId\":\"m" + i
                        + "\",\"sourceSystem\":\"TMS\",\"statusCode\":\"X6\",\"occurredAt\":\"2026-11-0" + (2 + i)
                        + "T10:00:00+08:00\",\"zone\":\"Asia/Shanghai\",\"location\":\"Shanghai\"}")
                .collect(Collectors.joining(",", "{\"events\":[", "]}"));
        HttpResponse<String> stored = Http.api("POST", "events", key.value(), batch);
        assertEquals(200, stored.statusCode(), stored.body());
        new Http.WebSession().login(user.username(), "not-the-password");

        String after = scrape();
        assertEquals(events + 3, sample(after, "portal_events_stored_total"), after);
        assertEquals(failures + 1, sample(after, "portal_security_events_total", "type=\"SIGN_IN_FAILED\""), after);
    }

    @Test
    void theBacklogGaugesAgreeWithTheDatabaseAndEveryJobHasItsLag() {
        String metrics = scrape();
        long pendingMail = ((Number) Fixtures.single("select count(*) as n from mail_outbox where state = 'PENDING'")
                        .get("n"))
                .longValue();
        double gauge = sample(metrics, "portal_mail_backlog");
        assertTrue(gauge >= 0, metrics);
        // the mail job may send one between the scrape and the count: within a few
        assertTrue(Math.abs(gauge - pendingMail) <= 5, gauge + " against " + pendingMail);
        assertTrue(sample(metrics, "portal_webhooks_backlog") >= 0, metrics);
        assertTrue(sample(metrics, "portal_webhooks_oldest_pending_seconds") >= 0, metrics);
        assertTrue(sample(metrics, "portal_imports_running") >= 0, metrics);
        for (var row : Fixtures.query("select name from job_lease where name not like 'it-%'")) {
            String job = (String) row.get("name");
            assertTrue(
                    sample(metrics, "portal_job_seconds_since_run", "job=\"" + job + "\"") >= 0,
                    job + " has its lag: " + metrics);
        }
        // the mail job runs every second in the tests, after a first wait of a few seconds
        long until = System.nanoTime() + 30_000_000_000L;
        while (sample(metrics, "portal_job_duration_seconds_count", "job=\"mail\"") < 1 && System.nanoTime() < until) {
            sleep();
            metrics = scrape();
        }
        assertTrue(
                sample(metrics, "portal_job_duration_seconds_count", "job=\"mail\"") >= 1,
                "the mail job's runs are timed: " + metrics);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
