package org.threepl.portal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.it.support.Http.api;
import static org.threepl.portal.it.support.Http.json;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.WebElement;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Browser;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;
import org.threepl.portal.it.support.Profiles;

/**
 * Relationship management in a real browser, one user after another in the same browser: an account manager opens the
 * portfolio and a client's profile, reads why its switching cost is high (the exit fee's contribution, as the
 * computation explains it), proposes a tier change; an ops admin approves it (a version changed meanwhile is refused
 * first); the client's administrator then sees the new tier and its benefits, and answers the satisfaction survey (a
 * value off the scale refused in place).
 */
@ExtendWith(ArquillianExtension.class)
class RelationshipJourneyIT {

    private Browser browser;

    @RegisterExtension
    final AfterTestExecutionCallback evidence = context -> context.getExecutionException()
            .ifPresent(e -> browser.saveEvidence(context.getRequiredTestMethod().getName()));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @BeforeEach
    void openBrowser(org.junit.jupiter.api.TestInfo test) {
        // a freshly deployed server compiles its pages on first use: let the sign-in page be ready before the browser
        // waits for it
        new Http.WebSession().get("login.xhtml");
        browser = new Browser();
        // photographed page by page at desktop and phone widths (target/screenshots) and checked with axe-core
        browser.recordJourney(test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            java.util.List<String> problems = browser.journeyAccessibility();
            browser.close();
            assertEquals(
                    java.util.List.of(),
                    problems,
                    "no serious or critical accessibility finding on the journey's pages");
        }
    }

    @Test
    void aManagerProposesATierForAClientWithAHighSwitchingCostOpsApprovesAndTheClientSeesItsNewTier() {
        Fixtures.Org org = Fixtures.organisation("Sticky Freight");
        Fixtures.contract(org); // 12,345.67 EUR a month for another year: a remaining contract value
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, org);
        Fixtures.User ops = Fixtures.staff(Role.OPS_ADMIN);
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        // an exit fee of 150,000 EUR recorded by the 3PL makes leaving expensive
        HttpResponse<String> facts = api(
                "PUT",
                "relationship/clients/" + org.id() + "/facts",
                tpl.value(),
                "{\"exitFee\":150000,\"exitFeeCurrency\":\"EUR\"}",
                "If-Match",
                "\"-1\"");
        assertEquals(200, facts.statusCode(), facts.body());
        recompute(org.id(), tpl.value());
        // what the computation says about the exit fee, which the page must show as it is
        JsonObject profile = json(api("GET", "relationship/clients/" + org.id() + "/profile", tpl.value(), null));
        JsonObject exitFee = Profiles.contribution(profile, "MONETARY_LOSS", "EXIT_FEE");
        String points = twoDecimals(exitFee.getJsonNumber("points").bigDecimalValue());
        assertTrue(exitFee.getJsonNumber("points").bigDecimalValue().signum() > 0, exitFee.toString());
        assertEquals(
                201,
                api(
                                "POST",
                                "relationship/clients/" + org.id() + "/surveys",
                                tpl.value(),
                                "{\"title\":\"Year-end survey\"}")
                        .statusCode());

        // the account manager: portfolio, profile, why, proposal
        browser.signIn(manager.username(), Fixtures.PASSWORD);
        browser.heading();
        browser.click("nav:portfolio");
        browser.expectHeading("Your portfolio");
        browser.waitForText(By.id("list:clients"), org.name());
        browser.driver().findElement(By.linkText(org.name())).click();
        browser.expectHeading(org.name() + ": relationship");
        WebElement row = browser.waitFor(By.cssSelector("tr.proxy-EXIT_FEE"));
        assertEquals("€150,000.00", row.findElement(By.cssSelector("td.raw")).getText());
        assertEquals(
                "75",
                row.findElement(By.cssSelector("td.scaled")).getText(),
                "saturating: 50 at 50,000, 75 at 150,000");
        assertEquals(points, row.findElement(By.cssSelector("td.points")).getText());
        assertTrue(row.getText().contains("Exit fee"), row.getText());
        String monetary =
                browser.waitFor(By.cssSelector("h4.facet-MONETARY_LOSS")).getText();
        assertTrue(monetary.startsWith("Monetary loss: " + twoDecimals(facet(profile, "MONETARY_LOSS"))), monetary);
        assertEquals(
                twoDecimals(profile.getJsonObject("switchingCost")
                        .getJsonNumber("index")
                        .bigDecimalValue()),
                browser.waitFor(By.id("switchingCost")).getText());

        browser.click("propose:submit");
        browser.waitForText(By.id("propose"), "Give the reason for the change.");
        selectOne("propose:toTier", "Preferred");
        browser.type("propose:reason", "Exit fee and contract lock them in; we want to deepen the partnership");
        browser.click("propose:submit");
        browser.waitForText(By.id("messages"), "Proposed: Preferred.");
        browser.waitForText(By.id("openProposalText"), "From Transactional to Preferred");
        Map<String, Object> proposal = Fixtures.single(
                "select id, state, proposed_by_kind, proposed_by_id from tier_proposal" + " where organisation_id = ?",
                org.id());
        assertEquals("PROPOSED", proposal.get("state"));
        assertEquals("USER", proposal.get("proposed_by_kind"), "the proposer is a person, by account");
        assertEquals(manager.id(), ((Number) proposal.get("proposed_by_id")).longValue());
        assertTrue(
                browser.driver().findElements(By.id("proposalForm:withdraw")).size() == 1,
                "the proposer may withdraw it");
        long proposalId = ((Number) proposal.get("id")).longValue();
        signOut();

        // the ops admin: a proposal changed meanwhile is refused, then approved on the version shown
        browser.signIn(ops.username(), Fixtures.PASSWORD);
        browser.heading();
        browser.open("ops/relationship-approvals.xhtml");
        browser.expectHeading("Tier approvals");
        String rowCss = "tr.proposal-" + proposalId;
        assertTrue(browser.waitFor(By.cssSelector(rowCss)).getText().contains("Exit fee and contract lock them in"));
        Fixtures.update("update tier_proposal set version = version + 1 where id = ?", proposalId);
        browser.waitFor(By.cssSelector(rowCss + " textarea")).sendKeys("Lock-in is real and the account is growing");
        browser.waitFor(By.cssSelector(rowCss + " button.approve")).click();
        browser.waitForText(By.id("messages"), "was changed meanwhile");
        assertEquals(
                "PROPOSED",
                Fixtures.single("select state from tier_proposal where id = ?", proposalId)
                        .get("state"));
        browser.waitFor(By.cssSelector(rowCss + " button.approve")).click();
        browser.waitForText(By.id("messages"), "Approved: " + org.name() + " is now Preferred.");
        browser.waitForText(By.id("decided"), org.name());
        assertEquals(
                "PREFERRED",
                Fixtures.single("select tier_code from client_tier where organisation_id = ?", org.id())
                        .get("tier_code"));
        assertEquals(
                1,
                Fixtures.query(
                                "select 1 from tier_history where organisation_id = ? and to_tier = 'PREFERRED'",
                                org.id())
                        .size());
        signOut();

        // the client: the new tier and its benefits; then the survey
        browser.signIn(admin.username(), Fixtures.PASSWORD);
        browser.heading();
        browser.click("nav:partnership");
        browser.expectHeading("Partnership of " + org.name());
        assertEquals("Preferred", browser.waitFor(By.id("tierName")).getText());
        List<String> benefits = browser.waitFor(By.id("benefits")).findElements(By.tagName("li")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(
                List.of(
                        "A dedicated account manager",
                        "A business review every 180 days",
                        "A contact at least every 45 days",
                        "Priority 1 in the dispute queue",
                        "A price incentive of 2 %"),
                benefits);
        assertTrue(browser.waitFor(By.id("next")).getText().contains("Progress towards Strategic partner"));
        String page = browser.pageText();
        for (String internal : List.of("Lifetime value", "Churn risk", "Margin", "150,000", "Exit fee")) {
            assertFalse(page.contains(internal), "the client never sees " + internal);
        }

        browser.driver().findElement(By.cssSelector("a.survey-link")).click();
        browser.expectHeading("Year-end survey");
        for (int i = 0; i < 5; i++) {
            browser.type("answer:rows:" + i + ":expected", "6");
            browser.type("answer:rows:" + i + ":perceived", i == 2 ? "9" : "6");
        }
        browser.click("answer:submit");
        browser.waitForText(By.id("answer"), "Perceived is a whole number from 0 to 7.");
        browser.type("answer:rows:2:perceived", "7");
        browser.click("answer:submit");
        browser.waitForText(By.id("messages"), "Thank you: your answer is recorded (C = 1.0333).");
        assertEquals("Answered", browser.waitFor(By.id("surveyState")).getText());
    }

    private void signOut() {
        browser.click("nav:logout");
        browser.waitFor(By.id("login:username"));
    }

    /** Runs the computation of one client until this request got the lease (the scheduler may hold it). */
    private static void recompute(long org, String key) {
        Http.postUntilRan("relationship/recompute?organisation=" + org, key);
    }

    private static BigDecimal facet(JsonObject profile, String facet) {
        return profile.getJsonObject("switchingCost").getJsonArray("facets").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("facet").equals(facet))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("score")
                .bigDecimalValue();
    }

    private static String twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Picks an option of a PrimeFaces selectOneMenu by its label, as a user does: open, then click. */
    private void selectOne(String id, String label) {
        browser.click(id);
        browser.waitFor(By.cssSelector("[id='" + id + "_panel'].ui-connected-overlay-enter-done"));
        browser.waitFor(By.cssSelector("[id='" + id + "_panel'] li[data-label='" + label + "']"))
                .click();
    }
}
