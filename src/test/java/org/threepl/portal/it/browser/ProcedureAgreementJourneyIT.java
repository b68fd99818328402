package org.threepl.portal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Browser;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * A dispute procedure both sides sign, in the browser (issue 16, item 1): the account manager proposes, the client's
 * administrator counter-proposes, the account manager accepts, and the client's next claim follows the agreed version.
 * Each page is checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class ProcedureAgreementJourneyIT {

    private Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Signs in as {@code user} in a fresh browser and opens the organisation's dispute procedures. */
    private void procedures(Fixtures.User user, Fixtures.Org org, String landing) {
        if (browser != null) {
            browser.close();
        }
        browser = new Browser();
        browser.recordJourney("procedureAgreement-" + user.username());
        browser.signIn(user.username(), Fixtures.PASSWORD);
        browser.expectHeading(landing);
        browser.open("dispute-procedures.xhtml?org=" + org.id());
        browser.expectHeading("Dispute procedures");
    }

    private void propose(String filingWindow, String firstLevel) {
        // the form starts filled: a number input keeps its value through clear(), so its text is selected and replaced
        org.openqa.selenium.WebElement days = browser.waitFor(By.id("procedure:filingWindowDays_input"));
        days.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), filingWindow);
        browser.type("procedure:ladder:0:name", firstLevel);
        browser.typeDate(
                "procedure:effectiveFrom", LocalDate.now(ZoneOffset.UTC).toString());
        browser.click("procedure:submit");
    }

    private void noSeriousAccessibilityProblem() {
        assertEquals(java.util.List.of(), browser.journeyAccessibility(), "axe-core on the journey's pages");
    }

    @Test
    void aProposalIsCounteredAgreedAndFollowedByTheNextClaim() {
        Fixtures.Org org = Fixtures.organisation("Signing Ltd");
        Fixtures.contract(org);
        Fixtures.shipment(org, "AGR-1", java.time.Instant.now().minusSeconds(86400 * 4));
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, org);

        // the account manager proposes a version of the standard template with a 60-day filing window
        procedures(manager, org, "Your clients");
        browser.waitForText(By.id("standardApplies"), "disputes follow the standard template");
        propose("60", "Site manager");
        browser.waitForText(By.id("versions"), "Proposed");
        browser.waitForText(By.id("answer"), "Your side proposed");
        noSeriousAccessibilityProblem();

        // the client's administrator counters with 90 days and its own desk first
        procedures(admin, org, org.name() + ": overview");
        browser.waitForText(By.id("answer"), "The other side proposed");
        assertTrue(browser.pageText().contains("Signed for the 3PL"), browser.pageText());
        // a rejection needs a reason: said next to the reason field, and the proposal stays open
        browser.click("answer:reject");
        String refusal = browser.waitFor(By.xpath(
                        "//textarea[@id='answer:reason']/following-sibling::*[contains(@class,'ui-message-error')]"))
                .getText();
        assertTrue(refusal.contains("Say why the proposal is rejected"), refusal);
        // the page with a refusal on it (the messages box's list, where PrimeFaces makes each item an alert)
        assertEquals(java.util.List.of(), browser.accessibilityProblems(), "axe-core with a refusal shown");
        browser.waitForText(By.id("versions"), "Proposed");
        propose("90", "Customer desk");
        browser.waitForText(By.id("versions"), "Countered");
        noSeriousAccessibilityProblem();

        // the account manager accepts the counter-proposal: agreed, signed by both
        procedures(manager, org, "Your clients");
        browser.click("answer:accept");
        browser.waitForText(By.id("versions"), "Agreed");
        String versions = browser.waitFor(By.id("versions")).getText();
        assertTrue(versions.contains("Signed for the client") && versions.contains("Signed for the 3PL"), versions);
        assertTrue(browser.driver().findElements(By.id("standardApplies")).isEmpty(), "the template no longer applies");
        noSeriousAccessibilityProblem();

        // the client's next claim follows the agreed version
        procedures(admin, org, org.name() + ": overview");
        browser.click("nav:disputes");
        browser.expectHeading("Your disputes");
        browser.type("file:amount_input", "200");
        browser.type("file:references", "AGR-1");
        browser.type("file:description", "One pallet missing at delivery.");
        browser.click("file:submit");
        browser.waitForText(By.id("state"), "Filed");
        assertTrue(
                browser.pageText().contains("Customer desk"), "filed under the agreed ladder: " + browser.pageText());
        noSeriousAccessibilityProblem();
    }
}
