package org.threepl.portal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Authenticator;
import org.threepl.portal.it.support.Browser;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;
import org.threepl.portal.it.support.ShipmentFeed;

/**
 * Every page, as each role, in a real browser: with a client whose name is a script
 * ({@code </script><script>alert(…)}), no page runs it (its texts are encoded for each context, charts included, and
 * the Content Security Policy runs only scripts with the page's nonce), and no page's own scripts are refused by that
 * policy or fail.
 */
@ExtendWith(ArquillianExtension.class)
class PageCrawlIT {

    /** A client name that tries to end the chart's inline script and start its own. */
    static final String HOSTILE = "X</script><script>alert('xss')</script><img src=x onerror=alert(2)>";

    private Browser browser;

    @RegisterExtension
    final AfterTestExecutionCallback evidence = context -> context.getExecutionException()
            .ifPresent(e -> browser.saveEvidence(context.getRequiredTestMethod().getName()));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @BeforeEach
    void openBrowser() {
        new Http.WebSession().get("login.xhtml");
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * The sign-in steps, the account page, the security log, the users, staff and API keys pages and a shipment's
     * change history, in English and Chinese, at desktop and phone widths, as screenshots under target/screenshots
     * (looked at by people).
     */
    @Test
    void theTrustPagesAsPeopleSeeThem() {
        Fixtures.Org org = Fixtures.organisation("Screens Ltd");
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        new ShipmentFeed()
                .shipment(
                        "SCR-1",
                        java.time.Instant.now()
                                .plus(java.time.Duration.ofDays(3))
                                .truncatedTo(java.time.temporal.ChronoUnit.HOURS),
                        10)
                .send(client);
        new ShipmentFeed()
                .shipment(
                        "SCR-1",
                        java.time.Instant.now()
                                .plus(java.time.Duration.ofDays(4))
                                .truncatedTo(java.time.temporal.ChronoUnit.HOURS),
                        12)
                .send(client);
        long shipment = ((Number) Fixtures.single(
                                "select id from shipment where organisation_id = ? and client_reference = 'SCR-1'",
                                org.id())
                        .get("id"))
                .longValue();
        for (String lang : List.of("en", "zh-CN")) {
            Fixtures.User ops = Fixtures.staff(Role.OPS_ADMIN);
            Fixtures.User newcomer = Fixtures.staffWithoutSecondFactor(Role.ACCOUNT_MANAGER);
            browser.open("login.xhtml?lang=" + lang);
            browser.screenshots("signin-password-" + lang);
            browser.type("login:username", newcomer.username());
            browser.type("login:password", Fixtures.PASSWORD);
            browser.click("login:submit");
            browser.waitFor(By.id("enrol:otp"));
            browser.screenshots("signin-enrol-" + lang);
            browser.click("enrol:restart");

            browser.type("login:username", ops.username());
            browser.type("login:password", Fixtures.PASSWORD);
            browser.click("login:submit");
            browser.waitFor(By.id("code:otp"));
            browser.screenshots("signin-code-" + lang);
            browser.type("code:otp", Authenticator.nextCode(ops.username()));
            browser.click("code:verify");
            browser.heading();
            for (String page : List.of(
                    "account.xhtml",
                    "ops/security-log.xhtml",
                    "admin/users.xhtml?org=" + org.id(),
                    "ops/staff.xhtml",
                    "admin/api-keys.xhtml?org=" + org.id(),
                    "shipment.xhtml?id=" + shipment)) {
                browser.open(page);
                browser.heading();
                browser.screenshots(page.replaceAll("[^a-z]+", "-").replaceAll("-xhtml.*", "") + "-" + lang);
            }
            browser.click("nav:logout");
        }
    }

    /**
     * Each role's home page, the client's service levels and notifications and the manager's overview, in English and
     * Chinese, at desktop and phone widths (screenshots under target/screenshots, looked at by people); each page
     * leaves no script error or refused script in the console.
     */
    @Test
    void theHomePagesAsPeopleSeeThem() {
        Fixtures.Org org = Fixtures.organisation("Homes Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.slaBreach(org, Fixtures.slaTerm(org, contract));
        Fixtures.dispute(org, contract);
        Fixtures.Key client = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        new ShipmentFeed()
                .shipment(
                        "HOME-1",
                        java.time.Instant.now()
                                .plus(java.time.Duration.ofDays(2))
                                .truncatedTo(java.time.temporal.ChronoUnit.HOURS),
                        10)
                .send(client);
        for (String lang : List.of("en", "zh-CN")) {
            Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);
            Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
            Fixtures.assign(manager, org);
            Fixtures.User ops = Fixtures.staff(Role.OPS_ADMIN);
            Map<Fixtures.User, List<String>> pages = new java.util.LinkedHashMap<>();
            pages.put(user, List.of("index.xhtml", "sla.xhtml", "notifications.xhtml"));
            pages.put(manager, List.of("index.xhtml", "sla-overview.xhtml"));
            pages.put(ops, List.of("index.xhtml"));
            for (Map.Entry<Fixtures.User, List<String>> e : pages.entrySet()) {
                browser.open("login.xhtml?lang=" + lang);
                browser.signIn(e.getKey().username(), Fixtures.PASSWORD);
                browser.heading();
                String role = e.getKey()
                        .role()
                        .name()
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-');
                for (String page : e.getValue()) {
                    browser.open(page);
                    browser.heading();
                    browser.screenshots("home-" + role + "-" + page.replaceAll("\\.xhtml.*", "") + "-" + lang);
                    assertEquals(List.of(), browser.consoleProblems(), role + " " + page);
                }
                browser.click("nav:logout");
            }
        }
    }

    @Test
    void noPageRunsAHostileNameAndNoneBreaksItsOwnPolicy() {
        Fixtures.Org org = Fixtures.organisation("Crawl");
        Fixtures.update("update organisation set name = ? where id = ?", HOSTILE, org.id());
        Fixtures.Contract contract = Fixtures.contract(org);
        long term = Fixtures.slaTerm(org, contract);
        Fixtures.Shipment shipment = Fixtures.shipment(org, "CRAWL-1", java.time.Instant.parse("2026-11-01T00:00:00Z"));
        long dispute = Fixtures.dispute(org, contract);
        Fixtures.Invoice invoice = Fixtures.invoice(org, shipment);
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, org);
        Fixtures.User ops = Fixtures.staff(Role.OPS_ADMIN);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        Http.postUntilRan(
                "relationship/recompute?organisation=" + org.id(),
                tpl.value()); // the portfolio's charts carry the name

        Map<String, List<String>> pagesByUser = new LinkedHashMap<>();
        List<String> clientPages = List.of(
                "index.xhtml",
                "shipments.xhtml",
                "shipment.xhtml?id=" + shipment.id(),
                "sla.xhtml",
                "sla-shipments.xhtml?term=" + term + "&period=2026-10-01",
                "disputes.xhtml",
                "dispute.xhtml?id=" + dispute,
                "dispute-procedures.xhtml",
                "invoices.xhtml",
                "invoice.xhtml?id=" + invoice.id(),
                "notifications.xhtml",
                "scheduled-reports.xhtml",
                "relationship-tier.xhtml",
                "organisation.xhtml?id=" + org.id(),
                "account.xhtml",
                "change-password.xhtml");
        List<String> adminPages = new ArrayList<>(clientPages);
        long webhook = Fixtures.webhook(org).subscription();
        adminPages.addAll(List.of(
                "admin/users.xhtml?org=" + org.id(),
                "admin/webhooks.xhtml?org=" + org.id(),
                "admin/api-keys.xhtml?org=" + org.id(),
                "admin/webhooks.xhtml?org=" + org.id() + "&subscription=" + webhook));
        List<String> staffPages = new ArrayList<>(clientPages.stream()
                .filter(p -> !p.startsWith("relationship-tier"))
                .toList());
        staffPages.addAll(List.of(
                "sla-overview.xhtml",
                "portfolio.xhtml",
                "relationship.xhtml?org=" + org.id(),
                "relationship-tier.xhtml?org=" + org.id(),
                "sla.xhtml?org=" + org.id(),
                "disputes.xhtml?org=" + org.id()));
        List<String> opsPages = new ArrayList<>(staffPages);
        opsPages.addAll(List.of(
                "ops/organisations.xhtml",
                "ops/staff.xhtml",
                "ops/imports.xhtml",
                "ops/sla-terms.xhtml?org=" + org.id(),
                "ops/dispute-statistics.xhtml",
                "ops/relationship-approvals.xhtml",
                "ops/relationship-settings.xhtml",
                "ops/security-log.xhtml",
                "admin/users.xhtml?org=" + org.id(),
                "admin/webhooks.xhtml?org=" + org.id() + "&subscription=" + webhook,
                "admin/api-keys.xhtml?org=" + org.id(),
                "admin/api-keys.xhtml"));
        pagesByUser.put(admin.username(), adminPages);
        pagesByUser.put(user.username(), clientPages);
        pagesByUser.put(manager.username(), staffPages);
        pagesByUser.put(ops.username(), opsPages);

        // the control: a script the page did not carry (no nonce) is refused, and the refusal is seen in the console
        browser.signIn(user.username(), Fixtures.PASSWORD);
        browser.heading();
        browser.consoleProblems();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("var s = document.createElement('script');"
                        + " s.textContent = 'window.injected = 1'; document.body.appendChild(s);");
        assertTrue(
                browser.consoleProblems().stream().anyMatch(p -> p.contains("Content Security Policy")),
                "an inline script without the nonce is refused, and the crawl would see it");
        assertEquals(
                null,
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return window.injected"));
        browser.click("nav:logout");

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : pagesByUser.entrySet()) {
            browser.signIn(entry.getKey(), Fixtures.PASSWORD);
            browser.consoleProblems(); // what signing in logged is not a page's
            for (String page : entry.getValue()) {
                browser.open(page);
                browser.heading();
                if (browser.alertOpened()) {
                    problems.add(entry.getKey() + " " + page + ": a script from the data ran");
                }
                for (String p : browser.consoleProblems()) {
                    if (p.contains("Content Security Policy") || p.contains("Refused to") || p.contains("Uncaught")) {
                        problems.add(entry.getKey() + " " + page + ": " + p);
                    }
                }
            }
            browser.open("index.xhtml"); // the last page (change password) has no menu
            browser.click("nav:logout");
        }
        assertEquals(List.of(), problems);
        assertTrue(pagesByUser.values().stream().mapToInt(List::size).sum() > 60, "every role's pages were visited");
    }
}
