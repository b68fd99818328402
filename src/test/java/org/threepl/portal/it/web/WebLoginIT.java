package org.threepl.portal.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;
import org.threepl.portal.it.support.RawHttps;

/** Form sign-in over real HTTPS: sessions, cookies, headers, throttling and sign-out. */
@ExtendWith(ArquillianExtension.class)
class WebLoginIT {

    private static final String FAILED = "The username or password is not correct.";
    private static final String THROTTLED = "Too many failed sign-in attempts";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    @Test
    void signingInGivesANewSessionAndSecureCookies() {
        Fixtures.User user = Fixtures.clientUser(Fixtures.organisation("Cookie Ltd"), Role.CLIENT_USER);
        Http.WebSession web = new Http.WebSession();
        web.get("login.xhtml");
        String before = web.cookie("PORTALSESSION");
        assertNotNull(before, "the sign-in page starts a session");

        HttpResponse<String> r = web.login(user.username(), Fixtures.PASSWORD);
        assertEquals(302, r.statusCode(), r.body());
        assertTrue(location(r).endsWith("/portal/index.xhtml"), location(r));
        assertNotEquals(before, web.cookie("PORTALSESSION"), "the session id changes at sign-in (no fixation)");

        List<String> setCookies = r.headers().allValues("Set-Cookie");
        for (String name : List.of("PORTALSESSION", "PORTALSSO")) {
            String c = setCookies.stream()
                    .filter(s -> s.startsWith(name + "="))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(name + " not set: " + setCookies));
            assertTrue(c.contains("Secure"), c);
            assertTrue(c.contains("HttpOnly"), c);
            assertTrue(c.contains("SameSite"), c);
        }
        HttpResponse<String> home = web.get("index.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains(user.username()), "the home page names the signed-in user");
    }

    @Test
    void aNewPostgresInstallationHasOnlyTheConfiguredFirstOpsAdminWhoMustChangeThePassword() {
        java.util.Map<String, Object> admin = Fixtures.single("select role, password_change_required, organisation_id"
                + " from user_account where username = 'first.admin'");
        assertEquals("OPS_ADMIN", admin.get("role"));
        assertEquals(Boolean.TRUE, admin.get("password_change_required"));
        assertTrue(
                Fixtures.query("select 1 from organisation where code in ('ACME', 'NORDWIND', 'HUAXIA')")
                        .isEmpty(),
                "no demo data on PostgreSQL");

        Http.WebSession web = new Http.WebSession();
        HttpResponse<String> enrolment = web.loginWithPassword("first.admin", "first-admin-password-2026");
        assertEquals(200, enrolment.statusCode(), "an ops admin sets up a second factor before anything else");
        assertTrue(enrolment.body().contains("id=\"enrol\""), enrolment.body());
        HttpResponse<String> r = web.enrol(enrolment, "first.admin");
        assertEquals(302, r.statusCode(), r.body());
        assertTrue(location(r).endsWith("/recovery-codes.xhtml"), "the recovery codes are shown once: " + location(r));
        HttpResponse<String> codes = web.get("recovery-codes.xhtml");
        assertEquals(
                10,
                java.util.regex.Pattern.compile("<li><code>[a-z2-9]{5}-[a-z2-9]{5}</code></li>")
                        .matcher(codes.body())
                        .results()
                        .count(),
                codes.body());
        assertEquals(
                0,
                java.util.regex.Pattern.compile("<li><code>")
                        .matcher(web.get("recovery-codes.xhtml").body())
                        .results()
                        .count(),
                "and only once");
        HttpResponse<String> elsewhere = web.get("ops/organisations.xhtml");
        assertEquals(302, elsewhere.statusCode(), "nothing else until the password is changed");
        assertTrue(location(elsewhere).endsWith("/change-password.xhtml"), location(elsewhere));
    }

    @Test
    void aSignInAfterAnotherUsersErrorPageIsThatOfTheNewUser() {
        // regression: a sign-in must never yield the session of the previous request's user on that thread
        Fixtures.Org mine = Fixtures.organisation("Thread Ltd");
        Fixtures.Org other = Fixtures.organisation("Other Thread Ltd");
        Fixtures.User first = Fixtures.clientUser(mine, Role.CLIENT_USER);
        for (int i = 0; i < 8; i++) {
            Http.WebSession a = new Http.WebSession();
            assertEquals(302, a.login(first.username(), Fixtures.PASSWORD).statusCode());
            assertEquals(404, a.get("organisation.xhtml?id=" + other.id()).statusCode());
            Fixtures.User next = Fixtures.clientUser(other, Role.CLIENT_USER);
            Http.WebSession b = new Http.WebSession();
            assertEquals(302, b.login(next.username(), Fixtures.PASSWORD).statusCode());
            HttpResponse<String> home = b.get("index.xhtml");
            assertTrue(
                    home.body().contains(next.username()) && home.body().contains(other.name()),
                    "round " + i + ": the new user's own home page");
            assertFalse(home.body().contains(first.username()), "round " + i + ": nothing of the previous user");
        }
    }

    @Test
    void pagesCarrySecurityHeaders() {
        HttpResponse<String> r = new Http.WebSession().get("login.xhtml");
        List<String> policies = r.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy: " + policies);
        String csp = policies.get(0);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("default-src 'self'"), csp);
        java.util.regex.Matcher script =
                java.util.regex.Pattern.compile("script-src ([^;]*)").matcher(csp);
        assertTrue(script.find(), csp);
        assertTrue(
                script.group(1).matches("'self' 'nonce-[A-Za-z0-9+/=_-]+'\\s*"),
                "only our scripts and those with the nonce: " + csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                "strict-origin-when-cross-origin",
                r.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(r.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS over HTTPS");
    }

    @Test
    void protectedPagesRedirectToSignIn() {
        HttpResponse<String> r = new Http.WebSession().get("index.xhtml");
        assertEquals(302, r.statusCode());
        assertTrue(location(r).contains("/login.xhtml"), location(r));
    }

    @Test
    void wrongPasswordsUnknownAndDisabledUsersGetTheSameMessage() {
        Fixtures.Org org = Fixtures.organisation("Refusal Ltd");
        Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);
        Fixtures.User disabled = Fixtures.clientUser(org, Role.CLIENT_USER);
        Fixtures.disable(disabled);

        for (String[] attempt : new String[][] {
            {user.username(), "wrong-password-1"},
            {"nobody.here", Fixtures.PASSWORD},
            {disabled.username(), Fixtures.PASSWORD}
        }) {
            Http.WebSession web = new Http.WebSession();
            HttpResponse<String> r = web.login(attempt[0], attempt[1]);
            assertEquals(401, r.statusCode(), "the sign-in page again, answered as unauthorised");
            assertTrue(r.body().contains(FAILED), attempt[0] + ": " + r.body());
            assertNull(web.cookie("PORTALSSO"), "no sign-in cookie");
        }
    }

    @Test
    void repeatedFailuresBlockTheAccountWithAClearMessage() {
        Fixtures.User user = Fixtures.clientUser(Fixtures.organisation("Throttle Ltd"), Role.CLIENT_USER);
        for (int i = 0; i < 5; i++) {
            assertTrue(new Http.WebSession()
                    .login(user.username(), "wrong-" + i)
                    .body()
                    .contains(FAILED));
        }
        Http.WebSession web = new Http.WebSession();
        long start = System.nanoTime();
        HttpResponse<String> r = web.login(user.username(), Fixtures.PASSWORD);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(429, r.statusCode(), "blocked before any password check");
        assertTrue(r.headers().firstValue("Retry-After").isPresent());
        assertTrue(r.body().contains(THROTTLED), r.body());
        assertNull(web.cookie("PORTALSSO"), "even the right password is refused while blocked");
        assertTrue(millis < 10_000, "refused at once, not by hanging: " + millis + " ms");
        assertFalse(Fixtures.query("select 1 from login_throttle where subject = ?", "user:" + user.username())
                .isEmpty());
    }

    @Test
    void repeatedFailuresFromOneAddressBlockThatAddressOnly() {
        Fixtures.Org org = Fixtures.organisation("Address Ltd");
        Fixtures.User victim = Fixtures.clientUser(org, Role.CLIENT_USER);
        String attacker = "127.0.0.2";
        // different usernames each time, so that only the address limit (30 on the test server) is reached
        for (int i = 0; i < 30; i++) {
            assertTrue(RawHttps.login(attacker, "guess." + i + "." + org.code().toLowerCase(), "wrong")
                    .contains(FAILED));
        }
        assertTrue(
                RawHttps.login(attacker, victim.username(), Fixtures.PASSWORD).contains(THROTTLED),
                "the address is blocked, even with a right password");

        HttpResponse<String> fromElsewhere = new Http.WebSession().login(victim.username(), Fixtures.PASSWORD);
        assertEquals(302, fromElsewhere.statusCode(), "the account itself is not blocked: " + fromElsewhere.body());
    }

    @Test
    void signingOutEndsTheSession() {
        Fixtures.User user = Fixtures.clientUser(Fixtures.organisation("Logout Ltd"), Role.CLIENT_ADMIN);
        Http.WebSession web = new Http.WebSession();
        assertEquals(302, web.login(user.username(), Fixtures.PASSWORD).statusCode());
        HttpResponse<String> home = web.get("index.xhtml");
        assertEquals(200, home.statusCode());

        String sso = web.cookie("PORTALSSO");
        HttpResponse<String> out = web.post("index.xhtml", "nav_SUBMIT=1&nav%3Alogout=" + Http.postback(home.body()));
        assertEquals(302, out.statusCode(), out.body());
        assertTrue(location(out).contains("/login.xhtml?loggedOut=true"), location(out));
        assertEquals(302, web.get("index.xhtml").statusCode(), "signed out: the home page asks for sign-in again");

        // a copy of the old sign-in cookie kept by an attacker does not work either
        Http.WebSession replay = new Http.WebSession();
        replay.carrying("PORTALSSO", sso);
        assertEquals(302, replay.get("index.xhtml").statusCode(), "a replayed SSO cookie is refused after sign-out");
    }

    @Test
    void theSessionCarriesTheSignInToAServerThatDidNotMakeTheSignInCookie() {
        // another server of a cluster reads the session (from the database) but cannot read this server's sign-in
        // cookie: the session alone, without that cookie, is what such a server sees
        Fixtures.User user = Fixtures.clientUser(Fixtures.organisation("Moved Ltd"), Role.CLIENT_USER);
        Http.WebSession web = new Http.WebSession();
        assertEquals(302, web.login(user.username(), Fixtures.PASSWORD).statusCode());
        Http.WebSession sessionOnly = new Http.WebSession();
        sessionOnly.carrying("PORTALSESSION", web.cookie("PORTALSESSION"));
        HttpResponse<String> home = sessionOnly.get("index.xhtml");
        assertEquals(200, home.statusCode(), home.body());
        assertTrue(home.body().contains(user.username()), "signed in as the session's user");
        assertNotNull(sessionOnly.cookie("PORTALSSO"), "the server makes a sign-in cookie of its own");

        HttpResponse<String> out =
                sessionOnly.post("index.xhtml", "nav_SUBMIT=1&nav%3Alogout=" + Http.postback(home.body()));
        assertEquals(302, out.statusCode(), out.body());
        Http.WebSession again = new Http.WebSession();
        again.carrying("PORTALSESSION", web.cookie("PORTALSESSION"));
        assertEquals(302, again.get("index.xhtml").statusCode(), "a signed-out session carries nobody");
    }
}
