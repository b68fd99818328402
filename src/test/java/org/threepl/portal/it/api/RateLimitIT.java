package org.threepl.portal.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.get;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
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
 * Rate limits per API key over real HTTP: the 429 and its headers, batches counted by their items, keys independent of
 * each other, limits changed on the API keys page. The test server's default is far above what tests send; the keys
 * here get small limits of their own.
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitIT {

    private static final Pattern STATE = Pattern.compile("^\"per-key\";r=(\\d+);t=(\\d+)$");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    /** Gives a key its own limit before its first request (nothing of it is cached yet). */
    private static void limit(Fixtures.Key key, int perMinute, int burst) {
        Fixtures.update(
                "update api_credential set rate_limit_per_minute = ?, rate_limit_burst = ? where id = ?",
                perMinute,
                burst,
                key.id());
    }

    private static long remaining(HttpResponse<String> r) {
        String state = r.headers().firstValue("RateLimit").orElse("");
        Matcher m = STATE.matcher(state);
        assertTrue(m.matches(), "RateLimit: " + state);
        return Long.parseLong(m.group(1));
    }

    @Test
    void aKeyOverItsLimitGets429WithTheHeadersAndAProblemThenIsServedAfterRetryAfter() throws Exception {
        Fixtures.Key key = Fixtures.apiKey(Fixtures.organisation("Limited Ltd"), ApiScope.READ);
        limit(key, 12, 2); // one request every 5 s, two at once

        HttpResponse<String> first = get("me", key.value());
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(
                "\"per-key\";q=2;w=10",
                first.headers().firstValue("RateLimit-Policy").orElse(""));
        assertEquals(1, remaining(first));
        HttpResponse<String> second = get("me", key.value());
        assertEquals(200, second.statusCode());
        assertEquals(0, remaining(second));

        HttpResponse<String> refused = get("me", key.value());
        assertEquals(429, refused.statusCode(), refused.body());
        assertEquals(
                "application/problem+json",
                refused.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = json(refused);
        assertEquals(429, problem.getInt("status"));
        assertTrue(problem.getString("type").endsWith("/rate-limited"), problem.toString());
        assertTrue(problem.getString("detail").contains("12 requests a minute"), problem.toString());
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 5, "Retry-After " + retryAfter);
        assertEquals(0, remaining(refused));
        assertEquals(
                "\"per-key\";q=2;w=10",
                refused.headers().firstValue("RateLimit-Policy").orElse(""));

        Thread.sleep(retryAfter * 1000 + 300);
        HttpResponse<String> again = get("me", key.value());
        assertEquals(200, again.statusCode(), "served again after Retry-After: " + again.body());
    }

    @Test
    void aBatchCostsItsItemsAndARefusedBatchStoresNothing() {
        Fixtures.Org org = Fixtures.organisation("Batch Limited Ltd");
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        limit(key, 6, 10); // one every 10 s: nothing comes back during the test
        Fixtures.Shipment s = Fixtures.shipment(org, "PO-RL-1", Instant.parse("2026-11-01T00:00:00Z"));

        HttpResponse<String> four = api("POST", "events", key.value(), batch(s, "a", 4));
        assertEquals(200, four.statusCode(), four.body());
        assertEquals(4, json(four).getInt("accepted"));
        assertEquals(6, remaining(four), "four items took four of ten");

        HttpResponse<String> seven = api("POST", "events", key.value(), batch(s, "b", 7));
        assertEquals(429, seven.statusCode(), seven.body());
        assertTrue(json(seven).getString("type").endsWith("/rate-limited"));
        assertTrue(Long.parseLong(seven.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertEquals(
                0,
                Fixtures.query(
                                "select 1 from tracking_event where shipment_id = ? and sender_event_id like 'b%'",
                                s.id())
                        .size(),
                "a refused batch stores nothing");
        assertEquals(5, remaining(seven), "the request took one, the refused rest nothing");

        HttpResponse<String> tooBig = api("POST", "events", key.value(), batch(s, "c", 11));
        assertEquals(422, tooBig.statusCode(), tooBig.body());
        assertEquals(
                "events",
                json(tooBig).getJsonArray("errors").getJsonObject(0).getString("field"),
                "more items than the burst can never pass: a field error, not a wait");
    }

    @Test
    void twoKeysHaveTheirOwnBuckets() {
        Fixtures.Org org = Fixtures.organisation("Two Keys Ltd");
        Fixtures.Key one = Fixtures.apiKey(org, ApiScope.READ);
        Fixtures.Key other = Fixtures.apiKey(org, ApiScope.READ);
        limit(one, 6, 1);
        limit(other, 6, 1);

        assertEquals(200, get("me", one.value()).statusCode());
        assertEquals(429, get("me", one.value()).statusCode());
        assertEquals(200, get("me", other.value()).statusCode(), "the other key's bucket is untouched");
    }

    @Test
    void aKeyWithoutALimitOfItsOwnHasTheConfiguredDefault() {
        Fixtures.Key key = Fixtures.apiKey(Fixtures.organisation("Default Ltd"), ApiScope.READ);
        HttpResponse<String> r = get("me", key.value());
        assertEquals(200, r.statusCode());
        assertEquals(
                "\"per-key\";q=1000000;w=60",
                r.headers().firstValue("RateLimit-Policy").orElse(""));
        assertEquals(999_999, remaining(r));
    }

    @Test
    void aFastKeyTakesABlockAheadAndSpendsItWithoutWritingItsBucket() {
        Fixtures.Key key = Fixtures.apiKey(Fixtures.organisation("Fast Key Ltd"), ApiScope.READ);
        limit(key, 600_000, 100_000); // 10,000 a second: blocks of 100 (the most)
        long before = System.nanoTime();
        HttpResponse<String> first = get("me", key.value());
        assertEquals(200, first.statusCode());
        assertEquals(99_999, remaining(first));
        assertEquals(
                99_899.0, bucketTokens(key), 1e-6, "the request's token and a block of 100, taken in the database");

        HttpResponse<String> second = get("me", key.value());
        boolean withinTheReserve = System.nanoTime() - before < 900_000_000L;
        assertEquals(200, second.statusCode());
        if (withinTheReserve) { // on a stalled machine the reserve may have run out: then the bucket is read again
            assertEquals(99_998, remaining(second), "counted from the block held by the server");
            assertEquals(99_899.0, bucketTokens(key), 1e-6, "the bucket's row was not written for it");
        }
    }

    private static double bucketTokens(Fixtures.Key key) {
        return ((Number) Fixtures.single("select tokens from api_rate_limit where credential_id = ?", key.id())
                        .get("tokens"))
                .doubleValue();
    }

    @Test
    void anAdministratorChangesAKeysLimitOnTheApiKeysPage() {
        Fixtures.Org org = Fixtures.organisation("Page Limits Ltd");
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ);
        limit(key, 6, 1);
        assertEquals(200, get("me", key.value()).statusCode());
        assertEquals(429, get("me", key.value()).statusCode());

        Http.WebSession web = new Http.WebSession();
        assertEquals(302, web.login(admin.username(), Fixtures.PASSWORD).statusCode());
        String path = "admin/api-keys.xhtml?org=" + org.id();
        HttpResponse<String> page = web.get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("6 requests a minute, bursts of 1"), "the key's limit is shown");

        HttpResponse<String> saved = web.post(path, limitForm(key, "600", "50", "limit:saveLimit", page.body()));
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(
                saved.body().contains("The key&#39;s rate limit was changed.")
                        || saved.body().contains("The key's rate limit was changed."),
                saved.body());
        assertTrue(saved.body().contains("600 requests a minute, bursts of 50"), "the new limit is shown");

        HttpResponse<String> served = get("me", key.value());
        assertEquals(200, served.statusCode(), "the new limit holds from the next request: " + served.body());
        assertEquals(
                "\"per-key\";q=50;w=5",
                served.headers().firstValue("RateLimit-Policy").orElse(""));
        assertEquals(
                "600/min, 50",
                Fixtures.single(
                                "select detail from security_event where event_type = 'API_KEY_LIMIT_CHANGED'"
                                        + " and subject_credential_id = ?",
                                key.id())
                        .get("detail"),
                "the change is in the security log");

        HttpResponse<String> reset = web.post(path, limitForm(key, "", "", "limit:defaultLimit", saved.body()));
        assertEquals(200, reset.statusCode(), reset.body());
        assertEquals(
                "\"per-key\";q=1000000;w=60",
                get("me", key.value()).headers().firstValue("RateLimit-Policy").orElse(""),
                "back to the configured default");
    }

    private static String limitForm(Fixtures.Key key, String perMinute, String burst, String button, String page) {
        return "limit=limit&limit_SUBMIT=1&" + enc("limit:limitKey_input") + "=" + key.id()
                + "&" + enc("limit:requestsPerMinute_input") + "=" + perMinute
                + "&" + enc("limit:requestsPerMinute_hinput") + "=" + perMinute
                + "&" + enc("limit:burst_input") + "=" + burst
                + "&" + enc("limit:burst_hinput") + "=" + burst
                + "&" + enc(button) + "=" + enc(button)
                + Http.postback(page);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@code n} events of the shipment, ids prefixed. */
    private static String batch(Fixtures.Shipment s, String prefix, int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> "{\"shipmentReference\":\"" + s.reference() + "\",\"eventId\":\"" + prefix + i
                        + "\",\"sourceSystem\":\"TMS\",\"statusCode\":\"X6\",\"occurredAt\":\"2026-11-0" + (2 + i % 7)
                        + "T10:00:00+08:00\",\"zone\":\"Asia/Shanghai\",\"location\":\"Shanghai\"}")
                .collect(Collectors.joining(",", "{\"events\":[", "]}"));
    }
}
