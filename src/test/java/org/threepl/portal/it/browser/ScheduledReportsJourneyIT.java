package org.threepl.portal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Browser;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * A client user has the shipment history they filtered sent every month: "Schedule this report" on the shipments page,
 * the schedule made on the scheduled reports page (monthly on the 31st, in Chinese), paused and resumed; then the page
 * in Chinese.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledReportsJourneyIT {

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
        browser = new Browser();
        browser.recordJourney(test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            List<String> problems = browser.journeyAccessibility();
            browser.close();
            assertEquals(List.of(), problems, "no serious or critical accessibility finding on the journey's pages");
        }
    }

    @Test
    void aClientUserSchedulesTheFilteredShipmentHistoryMonthly() {
        Fixtures.Org org = Fixtures.organisation("Schedule Journey Ltd");
        Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);
        Fixtures.shipment(org, "JRN-" + org.code(), java.time.Instant.parse("2026-11-02T08:00:00Z"));

        browser.signIn(user.username(), Fixtures.PASSWORD);
        browser.heading();
        browser.open("shipments.xhtml");
        browser.expectHeading("Shipments");
        browser.type("filter:reference", "JRN");
        browser.click("filter:schedule");
        browser.expectHeading("Scheduled reports");
        assertEquals(
                "sort=-pickup&reference=JRN",
                browser.driver().findElement(By.id("form:filter")).getAttribute("value"));

        browser.type("form:title", "Month-end JRN");
        selectOne("form:frequency", "Monthly");
        selectOne("form:dayOfMonth", "31");
        selectOne("form:language", "Chinese (Simplified)");
        browser.type("form:time", "06:30");
        browser.click("form:submit");
        browser.waitForText(By.id("messages"), "Scheduled.");
        browser.waitForText(By.id("list"), "Monthly on day 31 at 06:30");
        browser.screenshots("scheduled-reports");

        Map<String, Object> row = Fixtures.single(
                "select id, filter, frequency, day_of_month, language, state from report_schedule where owner_id = ?",
                user.id());
        assertEquals("sort=-pickup&reference=JRN", row.get("filter"));
        assertEquals("MONTHLY", row.get("frequency"));
        assertEquals(31, ((Number) row.get("day_of_month")).intValue());
        assertEquals("ZH_CN", row.get("language"));

        browser.driver().findElement(By.cssSelector("button.pause")).click();
        browser.waitForText(By.id("list"), "Paused by you");
        assertEquals(
                "PAUSED",
                Fixtures.single("select state from report_schedule where id = ?", row.get("id"))
                        .get("state"));
        browser.driver().findElement(By.cssSelector("button.resume")).click();
        browser.waitForText(By.id("messages"), "Resumed from the next run.");

        // the same page for a user who reads Chinese
        Fixtures.update("update user_account set language = 'zh-CN' where id = ?", user.id());
        browser.driver().manage().deleteAllCookies();
        browser.signIn(user.username(), Fixtures.PASSWORD);
        browser.heading();
        browser.open("scheduled-reports.xhtml");
        browser.expectHeading("定时报表");
        browser.waitForText(By.id("list"), "每月 31 日 06:30");
        assertTrue(browser.pageText().contains("Month-end JRN"));
        browser.screenshots("scheduled-reports-zh");

        // a rule's refusal in the reader's language, at its input: a filter that is none
        browser.type("form:title", "Weekly JRN");
        browser.type("form:filter", "pickupFrom=yesterday");
        browser.type("form:time", "07:00");
        browser.click("form:submit");
        browser.waitForText(By.id("form"), "不是有效的运单筛选条件");
        assertFalse(browser.pageText().contains("Not a shipment filter"), "no English on the Chinese page");
        browser.screenshots("scheduled-reports-refused-zh");
        assertEquals(List.of(), browser.accessibilityProblems(), "axe-core with a refusal shown");
    }

    /** Picks an option of a PrimeFaces selectOneMenu by its label, as a user does: open, then click. */
    private void selectOne(String id, String label) {
        browser.click(id);
        // the panel ignores clicks while it is still opening: wait for the end of its animation
        browser.waitFor(By.cssSelector("[id='" + id + "_panel'].ui-connected-overlay-enter-done"));
        browser.waitFor(By.cssSelector("[id='" + id + "_panel'] li[data-label='" + label + "']"))
                .click();
    }
}
