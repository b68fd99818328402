package org.threepl.portal.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Authenticator;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;
import org.threepl.portal.it.support.RawHttps;

/**
 * The trust issue's holes, each tried as an attacker would and closed: keys that administer people, a burst of guesses
 * past the throttle, sessions that outlive a password change or reset, a sign-in token without its session, the second
 * factor (codes once, recovery codes once, enrolment, the organisation's rule, an ops admin's reset), deep links
 * through sign-in, and the security log that records it all.
 */
@ExtendWith(ArquillianExtension.class)
class TrustIT {

    private static final Pattern RECOVERY_CODE = Pattern.compile("<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    private static long events(String type, long subjectUserId) {
        return ((Number) Fixtures.single(
                                "select count(*) as n from security_event where event_type = ? and subject_user_id = ?",
                                type,
                                subjectUserId)
                        .get("n"))
                .longValue();
    }

    // --- 1. API keys act for systems ---

    @Test
    void apiKeysNeitherCreateNorPromotePeople() {
        Fixtures.Org org = Fixtures.organisation("Key Admin Ltd");
        Fixtures.Key clientKey = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key integration = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        for (Fixtures.Key key : List.of(clientKey, integration)) {
            HttpResponse<String> r = Http.api(
                    "POST",
                    "organisations/" + org.id() + "/users",
                    key.value(),
                    "{\"username\":\"intruder\",\"displayName\":\"Intruder\",\"email\":\"i@example.com\",\"r"
                            + "ole\":\"CLIENT_ADMIN\"}");
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertFalse(r.body().contains("temporaryPassword"), r.body());
        }
        assertTrue(
                Fixtures.query("select 1 from user_account where organisation_id = ?", org.id())
                        .isEmpty(),
                "nobody was created");
    }

    // --- 4. the throttle counts before it checks ---

    @Test
    void aBurstOfParallelGuessesGetsNoMorePasswordChecksThanTheLimit() throws Exception {
        Fixtures.User user = Fixtures.clientUser(Fixtures.organisation("Burst Ltd"), Role.CLIENT_USER);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                // from an address of its own, so that 127.0.0.1's count stays clear for the other tests
                answers.add(pool.submit(() -> RawHttps.login("127.0.0.3", user.username(), "wrong-guess-" + n)));
            }
            for (Future<String> a : answers) {
                a.get();
            }
        } finally {
            pool.shutdown();
        }
        long checked = events("SIGN_IN_FAILED", user.id());
        assertTrue(checked <= 5, "at most the limit (5) of passwords checked, got " + checked);
        assertEquals(
                20,
                checked
                        + ((Number) Fixtures.single(
                                                "select count(*) as n from security_event where event_type "
                                                        + "= 'SIGN_IN_BLOCKED'" + " and subject_name = ?",
                                                user.username())
                                        .get("n"))
                                .longValue(),
                "every other guess was refused unchecked");
    }

    @Test
    void oldThrottleRowsArePurgedByTheHousekeeping() {
        Fixtures.update("insert into login_throttle (subject, failures, window_started_at, blocked_until) values"
                + " ('user:long.gone', 5, now() - interval '2 days', now() - interval '2 days')");
        Fixtures.update("insert into login_throttle (subject, failures, window_started_at, blocked_until) values"
                + " ('user:still.paused', 5, now() - interval '2 days', now() + interval '1 hour')");
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        jakarta.json.JsonObject run = Http.postUntilRan("maintenance/housekeeping", tpl.value());
        assertTrue(run.getInt("throttleRowsRemoved") >= 1, run.toString());
        assertTrue(Fixtures.query("select 1 from login_throttle where subject = 'user:long.gone'")
                .isEmpty());
        assertFalse(
                Fixtures.query("select 1 from login_throttle where subject = 'user:still.paused'")
                        .isEmpty(),
                "a pause still running stays");
        assertEquals(
                403,
                Http.api(
                                "POST",
                                "maintenance/housekeeping",
                                Fixtures.apiKey(Fixtures.organisation("Curious Ltd"), ApiScope.READ, ApiScope.WRITE)
                                        .value(),
                                "")
                        .statusCode(),
                "the 3PL's only");
    }

    // --- 8. sessions are held to the database ---

    @Test
    void changingThePasswordEndsTheUsersOtherSessionsButNotThisOne() {
        Fixtures.User user = Fixtures.clientUser(Fixtures.organisation("Two Sessions Ltd"), Role.CLIENT_USER);
        Http.WebSession here = new Http.WebSession();
        Http.WebSession elsewhere = new Http.WebSession();
        assertEquals(302, here.login(user.username(), Fixtures.PASSWORD).statusCode());
        assertEquals(302, elsewhere.login(user.username(), Fixtures.PASSWORD).statusCode());
        assertEquals(200, elsewhere.get("index.xhtml").statusCode());

        HttpResponse<String> form = here.get("change-password.xhtml");
        HttpResponse<String> changed = here.post(
                "change-password.xhtml",
                "pw_SUBMIT=1&pw%3Acurrent=" + Fixtures.PASSWORD
                        + "&pw%3AnewPassword=another-password-2026&pw%3Arepeat=another-password-2026&pw%3Asubmit="
                        + Http.postback(form.body()));
        assertEquals(302, changed.statusCode(), changed.body());
        assertEquals(200, here.get("index.xhtml").statusCode(), "the session that changed it goes on");
        HttpResponse<String> ended = elsewhere.get("index.xhtml");
        assertEquals(302, ended.statusCode());
        assertTrue(location(ended).contains("/login.xhtml?ended=true"), location(ended));
        assertEquals(302, elsewhere.get("index.xhtml").statusCode(), "and stays signed out");
        assertEquals(1, events("PASSWORD_CHANGED", user.id()));
        assertTrue(events("SESSION_ENDED", user.id()) >= 1);
    }

    @Test
    void aSignInTokenWithoutItsSessionSignsNobodyIn() {
        // what the idle timeout leaves behind: the session is gone, the SSO cookie is not
        Fixtures.User user = Fixtures.clientUser(Fixtures.organisation("Idle Ltd"), Role.CLIENT_USER);
        Http.WebSession web = new Http.WebSession();
        assertEquals(302, web.login(user.username(), Fixtures.PASSWORD).statusCode());
        Http.WebSession tokenOnly = new Http.WebSession();
        tokenOnly.carrying("PORTALSSO", web.cookie("PORTALSSO"));
        HttpResponse<String> r = tokenOnly.get("index.xhtml");
        assertEquals(302, r.statusCode());
        assertTrue(location(r).contains("/login.xhtml"), location(r));
        assertFalse(tokenOnly.get("index.xhtml").body().contains(user.username()));
    }

    @Test
    void aPasswordChangeRequiredIsReadFromTheDatabaseOnEveryRequest() {
        Fixtures.User user = Fixtures.clientUser(Fixtures.organisation("Must Change Ltd"), Role.CLIENT_USER);
        Http.WebSession web = new Http.WebSession();
        assertEquals(302, web.login(user.username(), Fixtures.PASSWORD).statusCode());
        assertEquals(200, web.get("shipments.xhtml").statusCode());
        Fixtures.update("update user_account set password_change_required = true where id = ?", user.id());
        HttpResponse<String> r = web.get("shipments.xhtml");
        assertEquals(302, r.statusCode());
        assertTrue(location(r).endsWith("/change-password.xhtml"), location(r));
    }

    @Test
    void anOpsAdminsResetEndsTheClientUsersSessionsIsLoggedAndTellsTheClientAdmins() {
        Fixtures.Org org = Fixtures.organisation("Reset Ltd");
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);
        Fixtures.User ops = Fixtures.staff(Role.OPS_ADMIN);
        Http.WebSession victim = new Http.WebSession();
        assertEquals(302, victim.login(user.username(), Fixtures.PASSWORD).statusCode());

        Http.WebSession opsWeb = new Http.WebSession();
        assertEquals(302, opsWeb.login(ops.username(), Fixtures.PASSWORD).statusCode());
        HttpResponse<String> page = opsWeb.get("admin/users.xhtml?org=" + org.id());
        assertEquals(200, page.statusCode());
        int row = rowOf(page.body(), user.username());
        HttpResponse<String> reset = opsWeb.ajax(
                "admin/users.xhtml?org=" + org.id(), page.body(), "list", "list:users:" + row + ":reset", "");
        assertEquals(200, reset.statusCode(), reset.body());
        assertTrue(reset.body().contains(user.username()), reset.body());

        assertEquals(302, victim.get("index.xhtml").statusCode(), "the user's session ended with the reset");
        Map<String, Object> logged = Fixtures.single(
                "select actor_kind, actor_id from security_event where event_type = 'PASSWORD_RESET'"
                        + " and subject_user_id = ?",
                user.id());
        assertEquals("USER", logged.get("actor_kind"));
        assertEquals(ops.id(), ((Number) logged.get("actor_id")).longValue(), "the actor is the ops admin, by id");
        assertFalse(
                Fixtures.query(
                                "select 1 from notification where user_id = ? and subject like 'The 3PL "
                                        + "changed the account of %'",
                                admin.id())
                        .isEmpty(),
                "the client's admin is told");
    }

    private static int rowOf(String usersPage, String username) {
        Matcher m = Pattern.compile(
                        "data-ri=\"(\\d+)\"[^>]*>(?:(?!data-ri=).)*?" + Pattern.quote(username), Pattern.DOTALL)
                .matcher(usersPage);
        if (!m.find()) {
            throw new AssertionError("No row of " + username + " in " + usersPage);
        }
        return Integer.parseInt(m.group(1));
    }

    @Test
    void anAdminSignsAUserOutEverywhereAndAUserTheirOtherSessions() {
        Fixtures.Org org = Fixtures.organisation("Lost Laptop Ltd");
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);
        Http.WebSession laptop = new Http.WebSession();
        Http.WebSession phone = new Http.WebSession();
        assertEquals(302, laptop.login(user.username(), Fixtures.PASSWORD).statusCode());
        assertEquals(302, phone.login(user.username(), Fixtures.PASSWORD).statusCode());

        // the user, on the phone, signs the laptop out
        HttpResponse<String> account = phone.get("account.xhtml");
        assertEquals(
                200,
                phone.ajax("account.xhtml", account.body(), "sessions", "sessions:endOthers", "")
                        .statusCode());
        assertEquals(302, laptop.get("index.xhtml").statusCode(), "the other session ended");
        assertEquals(200, phone.get("index.xhtml").statusCode(), "this one goes on");

        // the admin signs the user out everywhere
        Http.WebSession adminWeb = new Http.WebSession();
        assertEquals(302, adminWeb.login(admin.username(), Fixtures.PASSWORD).statusCode());
        HttpResponse<String> page = adminWeb.get("admin/users.xhtml?org=" + org.id());
        int row = rowOf(page.body(), user.username());
        assertEquals(
                200,
                adminWeb.ajax(
                                "admin/users.xhtml?org=" + org.id(),
                                page.body(),
                                "list",
                                "list:users:" + row + ":endSessions",
                                "")
                        .statusCode());
        assertEquals(302, phone.get("index.xhtml").statusCode(), "every session ended");
        assertEquals(
                2, events("SESSION_ENDED", user.id()) - countEndedByRequest(user.id()), "both are in the security log");
    }

    /** Session-ended entries written when an ended session next made a request (not by the two actions). */
    private static long countEndedByRequest(long userId) {
        return ((Number) Fixtures.single(
                                "select count(*) as n from security_event where event_type = 'SESSION_ENDED'"
                                        + " and subject_user_id = ? and actor_kind is null",
                                userId)
                        .get("n"))
                .longValue();
    }

    @Test
    void aSessionBelongsToTheUserWhoSignedIn() {
        // a session id of one user under another user's sign-in token: neither user's session is handed to the other
        Fixtures.Org org = Fixtures.organisation("Bound Ltd");
        Fixtures.User alice = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.User bob = Fixtures.clientUser(org, Role.CLIENT_USER);
        Http.WebSession a = new Http.WebSession();
        Http.WebSession b = new Http.WebSession();
        assertEquals(302, a.login(alice.username(), Fixtures.PASSWORD).statusCode());
        assertEquals(302, b.login(bob.username(), Fixtures.PASSWORD).statusCode());
        Http.WebSession mixed = new Http.WebSession();
        mixed.carrying("PORTALSESSION", a.cookie("PORTALSESSION")).carrying("PORTALSSO", b.cookie("PORTALSSO"));
        // a page both may open: only the session's binding to its user can refuse it (Bob's role would not)
        HttpResponse<String> r = mixed.get("shipments.xhtml");
        assertTrue(r.statusCode() < 500, "never a server error: " + r.statusCode());
        assertEquals(403, r.statusCode(), "Alice's session is not served under Bob's sign-in");
        assertEquals(1, events("SESSION_REFUSED", bob.id()), "the refusal is in the security log");
        assertEquals(200, a.get("index.xhtml").statusCode(), "Alice's own session goes on");
    }

    // --- 10. smaller holes ---

    @Test
    void metricsNeedTheMonitoringAccount() {
        java.net.URI metrics = Http.testServer().resolve("/metrics");
        HttpResponse<String> anonymous = Http.send(
                Http.client(),
                java.net.http.HttpRequest.newBuilder(metrics).GET().build());
        assertEquals(401, anonymous.statusCode());
        String wrong = java.util.Base64.getEncoder()
                .encodeToString("monitor:guess".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(
                401,
                Http.send(
                                Http.client(),
                                java.net.http.HttpRequest.newBuilder(metrics)
                                        .header("Authorization", "Basic " + wrong)
                                        .GET()
                                        .build())
                        .statusCode());
        String right = java.util.Base64.getEncoder()
                .encodeToString("monitor:monitor-password-2026".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> ok = Http.send(
                Http.client(),
                java.net.http.HttpRequest.newBuilder(metrics)
                        .header("Authorization", "Basic " + right)
                        .GET()
                        .build());
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("jvm"), "Liberty's metrics");
    }

    @Test
    void aClientAdminCannotProbeAnotherOrganisationsUsernames() {
        Fixtures.Org mine = Fixtures.organisation("Prober Ltd");
        Fixtures.Org theirs = Fixtures.organisation("Target Ltd");
        Fixtures.User admin = Fixtures.clientUser(mine, Role.CLIENT_ADMIN);
        Fixtures.User victim = Fixtures.clientUser(theirs, Role.CLIENT_ADMIN);
        Http.WebSession web = new Http.WebSession();
        assertEquals(302, web.login(admin.username(), Fixtures.PASSWORD).statusCode());
        HttpResponse<String> page = web.get("admin/users.xhtml?org=" + mine.id());
        HttpResponse<String> created = web.ajax(
                "admin/users.xhtml?org=" + mine.id(),
                page.body(),
                "create",
                "create:submit",
                "create%3Ausername=" + victim.username() + "&create%3AdisplayName=Probe&create%3Aemail=p%40example.com"
                        + "&create%3Arole_input=CLIENT_USER");
        assertEquals(200, created.statusCode());
        assertFalse(
                created.body().contains("already taken"),
                "nothing tells whether the name exists elsewhere: " + created.body());
        String own = mine.code().toLowerCase() + "." + victim.username();
        assertTrue(created.body().contains(own), "the name is made one of this organisation's: " + created.body());
        assertEquals(
                1,
                Fixtures.query("select 1 from user_account where username = ?", own)
                        .size());
    }

    // --- 9. the second factor ---

    @Test
    void staffSignInWithAnAuthenticatorCodeThatWorksOnce() {
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Http.WebSession web = new Http.WebSession();
        HttpResponse<String> codePage = web.loginWithPassword(manager.username(), Fixtures.PASSWORD);
        assertEquals(200, codePage.statusCode());
        assertTrue(codePage.body().contains("id=\"code\""), "the password alone does not sign staff in");
        assertEquals(302, web.get("index.xhtml").statusCode(), "not signed in yet");

        HttpResponse<String> wrong = web.submitCode(codePage, Authenticator.wrongCode(manager.username()));
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("The code is not correct."), wrong.body());
        assertEquals(1, events("SECOND_FACTOR_FAILED", manager.id()));

        String code = Authenticator.nextCode(manager.username());
        HttpResponse<String> in = web.submitCode(wrong, code);
        assertEquals(302, in.statusCode(), in.body());
        assertEquals(200, web.get("index.xhtml").statusCode());

        Http.WebSession replay = new Http.WebSession();
        HttpResponse<String> again = replay.loginWithPassword(manager.username(), Fixtures.PASSWORD);
        assertEquals(401, replay.submitCode(again, code).statusCode(), "a code works once");
    }

    @Test
    void staffWithoutAnAppSetOneUpAtTheirFirstSignInAndARecoveryCodeWorksOnce() {
        Fixtures.User ops = Fixtures.staffWithoutSecondFactor(Role.OPS_ADMIN);
        Http.WebSession web = new Http.WebSession();
        HttpResponse<String> enrolment = web.loginWithPassword(ops.username(), Fixtures.PASSWORD);
        assertTrue(enrolment.body().contains("id=\"enrol\""), enrolment.body());
        assertTrue(enrolment.body().contains("src=\"data:image/svg+xml;base64,"), "a QR code to scan");
        HttpResponse<String> enrolled = web.enrol(enrolment, ops.username());
        assertEquals(302, enrolled.statusCode(), enrolled.body());
        List<String> codes = RECOVERY_CODE
                .matcher(web.get("recovery-codes.xhtml").body())
                .results()
                .map(m -> m.group(1))
                .toList();
        assertEquals(10, codes.size());
        assertEquals(1, events("SECOND_FACTOR_ENROLLED", ops.id()));

        Http.WebSession lostPhone = new Http.WebSession();
        HttpResponse<String> codePage = lostPhone.loginWithPassword(ops.username(), Fixtures.PASSWORD);
        assertEquals(
                302, lostPhone.submitCode(codePage, codes.get(7).toUpperCase()).statusCode());
        assertEquals(1, events("RECOVERY_CODE_USED", ops.id()));
        Http.WebSession again = new Http.WebSession();
        assertEquals(
                401,
                again.submitCode(again.loginWithPassword(ops.username(), Fixtures.PASSWORD), codes.get(7))
                        .statusCode(),
                "a recovery code works once");
    }

    @Test
    void aClientAdminRequiresTheSecondFactorForTheWholeOrganisation() {
        Fixtures.Org org = Fixtures.organisation("Strict Ltd");
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);
        Http.WebSession userWeb = new Http.WebSession();
        assertEquals(
                302,
                userWeb.login(user.username(), Fixtures.PASSWORD).statusCode(),
                "optional until the admin decides");

        Http.WebSession adminWeb = new Http.WebSession();
        assertEquals(302, adminWeb.login(admin.username(), Fixtures.PASSWORD).statusCode());
        HttpResponse<String> page = adminWeb.get("admin/users.xhtml?org=" + org.id());
        HttpResponse<String> saved = adminWeb.ajax(
                "admin/users.xhtml?org=" + org.id(),
                page.body(),
                "policy",
                "policy:savePolicy",
                "policy%3ArequireFactor_input=on");
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(
                Boolean.TRUE,
                Fixtures.single("select second_factor_required from organisation where id = ?", org.id())
                        .get("second_factor_required"));

        assertEquals(302, userWeb.get("index.xhtml").statusCode(), "users without an app are signed out");
        HttpResponse<String> next = new Http.WebSession().loginWithPassword(user.username(), Fixtures.PASSWORD);
        assertTrue(next.body().contains("id=\"enrol\""), "and set one up at their next sign-in");
        assertFalse(Fixtures.query(
                        "select 1 from security_event where event_type = 'SECOND_FACTOR_POLICY_CHANGED' and "
                                + "organisation_id = ?" + " and actor_id = ?",
                        org.id(),
                        admin.id())
                .isEmpty());
    }

    @Test
    void anOpsAdminErasesADisabledAccountManagerWhoseClientsAreNoLongerTheirs() {
        Fixtures.User leaver = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.Org client = Fixtures.organisation("Managed Once Ltd");
        Fixtures.assign(leaver, client);
        Fixtures.User ops = Fixtures.staff(Role.OPS_ADMIN);
        Http.WebSession opsWeb = new Http.WebSession();
        assertEquals(302, opsWeb.login(ops.username(), Fixtures.PASSWORD).statusCode());

        HttpResponse<String> page = opsWeb.get("ops/staff.xhtml");
        assertFalse(
                page.body().contains("staff:list:" + rowOf(page.body(), leaver.username()) + ":erase"),
                "an enabled account is not erased: disable it first");
        Fixtures.disable(leaver);
        page = opsWeb.get("ops/staff.xhtml");
        HttpResponse<String> erased = opsWeb.ajax(
                "ops/staff.xhtml",
                page.body(),
                "staff",
                "staff:list:" + rowOf(page.body(), leaver.username()) + ":erase",
                "");
        assertEquals(200, erased.statusCode(), erased.body());

        Map<String, Object> account =
                Fixtures.single("select username, email, erased_at from user_account where id = ?", leaver.id());
        assertEquals("erased-" + leaver.id(), account.get("username"));
        assertEquals("erased-" + leaver.id() + "@erased.invalid", account.get("email"));
        assertTrue(
                Fixtures.query("select 1 from account_assignment where manager_id = ?", leaver.id())
                        .isEmpty(),
                "the clients are no longer the erased manager's");
        Map<String, Object> logged = Fixtures.single(
                "select actor_id, subject_name from security_event where event_type = 'USER_ERASED'"
                        + " and subject_user_id = ?",
                leaver.id());
        assertEquals(ops.id(), ((Number) logged.get("actor_id")).longValue());
        assertEquals("erased-" + leaver.id(), logged.get("subject_name"));
    }

    @Test
    void anOpsAdminResetsALostAuthenticatorTheUserSetsUpANewOne() {
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.User ops = Fixtures.staff(Role.OPS_ADMIN);
        Http.WebSession managerWeb = new Http.WebSession();
        assertEquals(
                302, managerWeb.login(manager.username(), Fixtures.PASSWORD).statusCode());

        Http.WebSession opsWeb = new Http.WebSession();
        assertEquals(302, opsWeb.login(ops.username(), Fixtures.PASSWORD).statusCode());
        HttpResponse<String> page = opsWeb.get("ops/staff.xhtml");
        int row = rowOf(page.body(), manager.username());
        HttpResponse<String> reset =
                opsWeb.ajax("ops/staff.xhtml", page.body(), "staff", "staff:list:" + row + ":resetFactor", "");
        assertEquals(200, reset.statusCode(), reset.body());

        assertEquals(
                null,
                Fixtures.single("select totp_secret from user_account where id = ?", manager.id())
                        .get("totp_secret"));
        Map<String, Object> logged = Fixtures.single(
                "select actor_id from security_event where event_type = 'SECOND_FACTOR_RESET'"
                        + " and subject_user_id = ?",
                manager.id());
        assertEquals(ops.id(), ((Number) logged.get("actor_id")).longValue());
        assertEquals(302, managerWeb.get("index.xhtml").statusCode(), "the manager's sessions ended");
        assertTrue(
                new Http.WebSession()
                        .loginWithPassword(manager.username(), Fixtures.PASSWORD)
                        .body()
                        .contains("id=\"enrol\""),
                "a new authenticator app is set up at the next sign-in");
    }

    // --- deep links, the security log page ---

    @Test
    void aDeepLinkSurvivesSignIn() {
        Fixtures.User user = Fixtures.clientUser(Fixtures.organisation("Deep Link Ltd"), Role.CLIENT_USER);
        Http.WebSession web = new Http.WebSession();
        HttpResponse<String> asked = web.get("shipments.xhtml?status=DELAYED");
        assertEquals(302, asked.statusCode());
        String login = location(asked);
        assertTrue(login.contains("login.xhtml?next=%2Fshipments.xhtml%3Fstatus%3DDELAYED"), login);
        HttpResponse<String> page = web.get(login.substring(login.indexOf("login.xhtml")));
        HttpResponse<String> in = web.post(
                "login.xhtml?next=%2Fshipments.xhtml%3Fstatus%3DDELAYED",
                "login_SUBMIT=1&login%3Ausername=" + user.username() + "&login%3Apassword=" + Fixtures.PASSWORD
                        + "&login%3Asubmit=" + Http.postback(page.body()));
        assertEquals(302, in.statusCode(), in.body());
        assertTrue(location(in).endsWith("/portal/shipments.xhtml?status=DELAYED"), location(in));

        HttpResponse<String> elsewhere = web.get("login.xhtml?next=https%3A%2F%2Fevil.example%2F");
        assertEquals(200, elsewhere.statusCode());
    }

    @Test
    void opsAdminsReadAndExportTheSecurityLogOthersMayNot() {
        Fixtures.Org org = Fixtures.organisation("Log Reader Ltd");
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.User ops = Fixtures.staff(Role.OPS_ADMIN);
        Http.WebSession adminWeb = new Http.WebSession();
        assertEquals(302, adminWeb.login(admin.username(), Fixtures.PASSWORD).statusCode());
        assertEquals(403, adminWeb.get("ops/security-log.xhtml").statusCode());

        Http.WebSession opsWeb = new Http.WebSession();
        assertEquals(302, opsWeb.login(ops.username(), Fixtures.PASSWORD).statusCode());
        HttpResponse<String> page = opsWeb.get("ops/security-log.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(admin.username()), "the admin's sign-in is on the first page");
        HttpResponse<String> csv = opsWeb.post(
                "ops/security-log.xhtml",
                "filter_SUBMIT=1&filter%3Aname=" + admin.username() + "&filter%3Acsv=" + Http.postback(page.body()));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(
                csv.body().contains("Signed in") && csv.body().contains(admin.username()),
                "the page's words, not codes: " + csv.body());
        assertTrue(!csv.body().contains("SIGN_IN_SUCCEEDED") && !csv.body().contains("Time (UTC)"), csv.body());
        assertTrue(
                csv.body().lines().skip(1).allMatch(l -> l.contains(admin.username())),
                "the filter applies to the export");
    }

    @Test
    void theSecurityLogIsAppendOnlyInTheDatabase() {
        Fixtures.User user = Fixtures.clientUser(Fixtures.organisation("Append Ltd"), Role.CLIENT_USER);
        assertEquals(
                302,
                new Http.WebSession().login(user.username(), Fixtures.PASSWORD).statusCode());
        try {
            Fixtures.update("update security_event set detail = 'rewritten' where subject_user_id = ?", user.id());
            throw new AssertionError("an update of the security log went through");
        } catch (RuntimeException refused) {
            assertTrue(String.valueOf(refused.getCause()).contains("append-only"), String.valueOf(refused.getCause()));
        }
        try {
            Fixtures.update("delete from security_event where subject_user_id = ?", user.id());
            throw new AssertionError("a delete from the security log went through");
        } catch (RuntimeException refused) {
            assertTrue(String.valueOf(refused.getCause()).contains("append-only"), String.valueOf(refused.getCause()));
        }
    }
}
