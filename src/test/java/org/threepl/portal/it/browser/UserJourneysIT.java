package org.threepl.portal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.Keys;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Browser;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.PortalDeployment;

/** The main journeys of each kind of user, in a real browser against the real server and database. */
@ExtendWith(ArquillianExtension.class)
class UserJourneysIT {

    private Browser browser;

    @RegisterExtension
    final AfterTestExecutionCallback evidence = context -> context.getExecutionException()
            .ifPresent(e -> browser.saveEvidence(context.getRequiredTestMethod().getName()));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    /**
     * Each journey is photographed page by page at desktop and phone widths (target/screenshots) and checked with
     * axe-core.
     */
    @BeforeEach
    void openBrowser(org.junit.jupiter.api.TestInfo test) {
        browser = new Browser();
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

    private String currentUrl() {
        return browser.driver().getCurrentUrl();
    }

    @Test
    void aClientUserSeesItsOrganisationsHomePage() {
        Fixtures.Org org = Fixtures.organisation("Home Ltd");
        Fixtures.contract(org);
        Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);

        browser.signIn(user.username(), Fixtures.PASSWORD);
        browser.expectHeading(org.name() + ": overview");
        assertTrue(browser.pageText().contains("C-" + org.code()), "the contract is listed");
        assertFalse(
                browser.driver().findElements(By.id("nav:users")).stream().anyMatch(e -> e.isDisplayed()),
                "a client user has no user administration");
    }

    @Test
    void aClientAdminSeesItsHomePageAndUserAdministration() {
        Fixtures.Org org = Fixtures.organisation("Admin Home Ltd");
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);

        browser.signIn(admin.username(), Fixtures.PASSWORD);
        browser.expectHeading(org.name() + ": overview");
        browser.click("nav:users");
        browser.expectHeading("Users of " + org.name());
    }

    @Test
    void anAccountManagerSeesOnlyItsClients() {
        Fixtures.Org mine = Fixtures.organisation("Managed Ltd");
        Fixtures.Org other = Fixtures.organisation("Unmanaged Ltd");
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, mine);

        browser.signIn(manager.username(), Fixtures.PASSWORD);
        browser.expectHeading("Your clients");
        String text = browser.pageText();
        assertTrue(text.contains(mine.name()), text);
        assertFalse(text.contains(other.name()), text);
        browser.driver().findElement(By.linkText(mine.name())).click();
        browser.expectHeading(mine.name());
    }

    @Test
    void anOpsAdminCreatesAnOrganisation() {
        Fixtures.User ops = Fixtures.staff(Role.OPS_ADMIN);
        browser.signIn(ops.username(), Fixtures.PASSWORD);
        browser.expectHeading("Organisations");

        browser.click("nav:orgs");
        String code = "NEW" + System.nanoTime() % 1_000_000;
        browser.type("newOrg:code", code);
        browser.type("newOrg:name", "Newly Signed " + code);
        browser.click("newOrg:submit");
        browser.waitForText(By.id("messages"), "Organisation Newly Signed " + code + " created.");
        assertEquals(
                1,
                Fixtures.query("select 1 from organisation where code = ?", code)
                        .size());
    }

    /**
     * An organisation code that is none, and a contract whose end is before its start, entered by an operations admin
     * who reads Chinese: each refused at its input, in Chinese, the contract's two days written as a Chinese reader
     * writes them (not as ISO days), nothing stored.
     */
    @Test
    void anOpsAdminReadingChineseIsToldAtTheEndDateThatTheContractEndsBeforeItStarts() {
        Fixtures.Org org = Fixtures.organisation("Backwards Terms Ltd");
        Fixtures.User ops = Fixtures.staff(Role.OPS_ADMIN);
        Fixtures.update("update user_account set language = ? where id = ?", "zh-CN", ops.id());
        browser.signIn(ops.username(), Fixtures.PASSWORD);
        browser.heading();
        browser.open("ops/organisations.xhtml");
        // an organisation code that is none, refused at its input in Chinese
        browser.type("newOrg:code", "1BAD");
        browser.type("newOrg:name", "Not Created Ltd");
        browser.click("newOrg:submit");
        browser.waitForText(
                By.cssSelector(".field:has([id='newOrg:code']) .ui-message"),
                "客户组织代码为 2 至 32 个大写字母、数字或连字符，并以字母开头：1BAD");
        selectOne("newContract:organisation", org.name());
        browser.type("newContract:contractNumber", "BACK-" + org.code());
        browser.typeDate("newContract:startDate", "2026-12-01");
        browser.typeDate("newContract:endDate", "2026-11-03");
        browser.driver()
                .findElement(By.cssSelector("#newContract\\:services .ui-chkbox-box"))
                .click();
        browser.type("newContract:monthlyFee_input", "1200");
        browser.type("newContract:currency", "EUR");
        browser.click("newContract:submit");
        browser.waitForText(
                By.cssSelector(".field:has([id='newContract:endDate_input']) .ui-message"),
                "结束日期 2026年11月3日 早于开始日期 2026年12月1日");
        browser.screenshots("contract-ends-before-start");
        assertTrue(
                Fixtures.query("select 1 from client_contract where organisation_id = ?", org.id())
                        .isEmpty(),
                "nothing stored");
    }

    @Test
    void anOpsAdminImportsAShipmentFileAndSeesItsProgressAndRejectedLines() throws Exception {
        Fixtures.Org org = Fixtures.organisation("Imported Ltd");
        Fixtures.User ops = Fixtures.staff(Role.OPS_ADMIN);
        String times = "2026-11-03T08:00:00Z,2026-11-03T09:00:00Z,2026-12-01T08:00:00Z,2026-12-01T09:00:00Z";
        java.nio.file.Path file = java.nio.file.Files.createTempFile("shipments-", ".csv");
        java.nio.file.Files.writeString(
                file,
                "organisation,reference,origin,destination,transport_mode,service_level,"
                        + "pickup_from,pickup_to,delivery_from,delivery_to,ordered_quantity\n"
                        + org.code() + ",UP-1,Shanghai,Hamburg,SEA,STANDARD," + times + ",5\n"
                        + org.code() + ",UP-2,Ningbo,Felixstowe,SEA,STANDARD," + times + ",3\n"
                        + org.code() + ",UP-3,Shenzhen,Rotterdam,HOVERCRAFT,STANDARD," + times + ",1\n");

        browser.signIn(ops.username(), Fixtures.PASSWORD);
        browser.expectHeading("Organisations");
        browser.click("nav:imports");
        browser.expectHeading("Import shipments and tracking events");
        browser.driver()
                .findElement(By.cssSelector("input[type='file'][id^='importForm:file']"))
                .sendKeys(file.toString());
        browser.click("importForm:submit");

        browser.waitForText(By.id("jobStatus"), "Finished");
        assertEquals("2", browser.waitFor(By.id("jobCreated")).getText());
        assertEquals("1", browser.waitFor(By.id("jobRejected")).getText());
        String problems = browser.waitFor(By.id("job:problems")).getText();
        assertTrue(
                problems.contains("4") && problems.contains("transport_mode") && problems.contains("HOVERCRAFT"),
                problems);
        assertEquals(
                2,
                Fixtures.query("select 1 from shipment where organisation_id = ?", org.id())
                        .size());
        assertTrue(
                browser.waitFor(By.id("latest"))
                        .getText()
                        .contains(file.getFileName().toString()),
                "listed among the latest");
        assertEquals(
                "rule.enum.unknown",
                Fixtures.single(
                                "select e.rule_key from import_job_error e join import_job j on j.id = e.job_id"
                                        + " where j.file_name = ?",
                                file.getFileName().toString())
                        .get("rule_key"),
                "the line's rule is kept with its English");

        // the same report for an operations admin who reads Chinese: the line's problem in Chinese, its value as
        // the file had it
        String report = currentUrl();
        Fixtures.update("update user_account set language = ? where id = ?", "zh-CN", ops.id());
        browser.driver().manage().deleteAllCookies();
        browser.signIn(ops.username(), Fixtures.PASSWORD);
        browser.heading();
        browser.driver().get(report);
        browser.waitForText(By.id("job:problems"), "未知的值“HOVERCRAFT”");
        assertFalse(browser.waitFor(By.id("job:problems")).getText().contains("Unknown"), "no English left");
        browser.screenshots("import-report-zh");
        java.nio.file.Files.deleteIfExists(file);
    }

    @Test
    void aClientSeesABreachedKpiAndDrillsDownToItsLateShipments() {
        Fixtures.Org org = Fixtures.organisation("Service Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.slaTerm(org, contract); // on-time delivery, 95 % a month, no tolerance
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        java.time.LocalDate month = java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .withDayOfMonth(1)
                .minusMonths(1);
        java.time.Instant due = month.plusDays(10)
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant()
                .plusSeconds(12 * 3600);
        org.threepl.portal.it.support.ShipmentFeed feed = new org.threepl.portal.it.support.ShipmentFeed();
        for (int i = 1; i <= 4; i++) {
            feed.shipment("LATE-" + i, due, 5).event("LATE-" + i, "late-" + i, "D1", due.plusSeconds(36 * 3600));
        }
        feed.shipment("FINE-1", due, 5)
                .event("FINE-1", "fine-1", "D1", due.minusSeconds(600))
                .send(key);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);
        assertEquals(
                200,
                Http.api(
                                "POST",
                                "sla/recompute?organisation=" + org.id() + "&from=" + month + "&to="
                                        + month.plusMonths(1),
                                tpl.value(),
                                "")
                        .statusCode());
        Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);

        browser.signIn(user.username(), Fixtures.PASSWORD);
        browser.expectHeading(org.name() + ": overview");
        browser.click("nav:sla");
        browser.expectHeading("Service levels of " + org.name());
        browser.waitForText(By.id("breaches"), "On-time delivery");
        String breach = browser.waitFor(By.id("breaches")).getText();
        assertTrue(breach.contains("20 %") && breach.contains("95 %"), "1 of 5 on time against 95 %: " + breach);

        browser.driver().findElement(By.cssSelector("#breaches a")).click();
        browser.expectHeading("Shipments counted against the KPI");
        String late = browser.waitFor(By.id("against")).getText();
        for (int i = 1; i <= 4; i++) {
            assertTrue(late.contains("LATE-" + i), late);
        }
        assertFalse(late.contains("FINE-1"), late);
        assertTrue(late.contains("2160"), "36 hours late, in minutes: " + late);
    }

    @Test
    void anOpsAdminRecordsAnSlaTermAndABadOneIsRefusedInPlace() {
        Fixtures.Org org = Fixtures.organisation("Terms Ltd");
        Fixtures.contract(org);
        Fixtures.User ops = Fixtures.staff(Role.OPS_ADMIN);
        browser.signIn(ops.username(), Fixtures.PASSWORD);
        browser.expectHeading("Organisations");
        browser.open("organisation.xhtml?id=" + org.id());
        browser.expectHeading(org.name());
        browser.click("slaTermsLink");
        browser.expectHeading("Service-level terms");

        browser.type("newTerm:target_input", "97");
        browser.type("newTerm:bonusThreshold_input", "99"); // a bonus band without its percentage
        browser.typeDate("newTerm:effectiveFrom", "2026-12-01");
        browser.click("newTerm:submit");
        browser.waitForText(By.id("newTerm"), "A bonus band needs both a threshold and a percentage");

        browser.type("newTerm:bonusPercent_input", "1.5");
        browser.click("newTerm:submit");
        browser.waitForText(By.id("messages"), "On-time delivery recorded, applying from 1 Dec 2026.");
        String terms = browser.waitFor(By.id("terms")).getText();
        assertTrue(
                terms.contains("97 %")
                        && terms.contains("1 Dec 2026")
                        && terms.contains("Bonus of 1.5 % of the fee at 99 %"),
                terms);
        assertEquals(
                1,
                Fixtures.query("select 1 from sla_term where organisation_id = ?", org.id())
                        .size());
    }

    @Test
    void anAccountManagerCommentsOnABreachAndTheClientSeesTheComment() {
        Fixtures.Org org = Fixtures.organisation("Breached Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        long term = Fixtures.slaTerm(org, contract);
        Fixtures.update(
                "insert into sla_breach (id, term_id, period_start, period_end, organisation_id, kpi, "
                        + "actual, target, opened_at,"
                        + " version) values (?, ?, date '2026-10-01', date '2026-10-31', ?, "
                        + "'ON_TIME_DELIVERY', 80, 95, current_timestamp, 0)",
                term + 1,
                term,
                org.id());
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, org);

        browser.signIn(manager.username(), Fixtures.PASSWORD);
        browser.expectHeading("Your clients");
        browser.open("sla.xhtml?org=" + org.id());
        browser.expectHeading("Service levels of " + org.name());
        // someone else comments meanwhile: this save is refused, theirs stays
        Fixtures.update(
                "update sla_breach set manager_comment = 'Earlier note', commented_by = 'colleague',"
                        + " commented_at = current_timestamp, version = version + 1 where id = ?",
                term + 1);
        browser.type(
                "breachEntries:entries:0:comment", "A strike at the Hamburg terminal; two extra trucks from November.");
        browser.click("breachEntries:entries:0:saveComment");
        browser.waitForText(By.id("messages"), "Someone else changed this since you loaded it");
        assertEquals(
                "Earlier note",
                Fixtures.single("select manager_comment from sla_breach where id = ?", term + 1)
                        .get("manager_comment"));
        // the table now shows the breach as it is: saving again replaces the comment knowingly
        browser.type(
                "breachEntries:entries:0:comment", "A strike at the Hamburg terminal; two extra trucks from November.");
        browser.click("breachEntries:entries:0:saveComment");
        browser.waitForText(By.id("messages"), "Comment saved.");
        assertEquals(
                "A strike at the Hamburg terminal; two extra trucks from November.",
                Fixtures.single("select manager_comment from sla_breach where id = ?", term + 1)
                        .get("manager_comment"));
        browser.close();

        browser = new Browser();
        Fixtures.User client = Fixtures.clientUser(org, Role.CLIENT_USER);
        browser.signIn(client.username(), Fixtures.PASSWORD);
        browser.expectHeading(org.name() + ": overview");
        browser.click("nav:sla");
        browser.waitForText(By.id("breachEntries"), "A strike at the Hamburg terminal");
        assertTrue(
                browser.driver()
                        .findElements(By.id("breachEntries:entries:0:comment"))
                        .isEmpty(),
                "clients read, they do not write");

        // one click turns the breach into an SLA dispute
        browser.click("breachEntries:entries:0:toDispute");
        browser.waitForText(By.id("state"), "Filed");
        assertTrue(browser.pageText().contains("Delay or SLA failure"), browser.pageText());
        assertTrue(
                browser.pageText().contains("SLA breach: ON_TIME_DELIVERY was 80 against a target of 95"),
                browser.pageText());
        assertEquals(
                1,
                Fixtures.query("select 1 from sla_breach where id = ? and dispute_id is not null", term + 1)
                        .size());
    }

    @Test
    void aClientFilesADamageClaimTheAccountManagerOffersTheClientAcceptsAndBothSeeTheCreditNote() throws Exception {
        Fixtures.Org org = Fixtures.organisation("Damaged Goods Ltd");
        Fixtures.contract(org);
        Fixtures.shipment(org, "DMG-1", java.time.Instant.now().minusSeconds(86400 * 4));
        Fixtures.User client = Fixtures.clientUser(org, Role.CLIENT_USER);
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, org);

        browser.signIn(client.username(), Fixtures.PASSWORD);
        browser.expectHeading(org.name() + ": overview");
        browser.click("nav:disputes");
        browser.expectHeading("Your disputes");
        browser.type("file:amount_input", "500");
        browser.type("file:references", "DMG-1");
        browser.type("file:description", "Two pallets arrived crushed; photos with the driver's note.");
        browser.click("file:submit");
        browser.waitForText(By.id("state"), "Filed");
        String claim = browser.heading().replace("Dispute ", "");
        long id = ((Number) Fixtures.single("select id from dispute where claim_number = ?", claim)
                        .get("id"))
                .longValue();
        assertEquals(
                1,
                Fixtures.query(
                                "select 1 from notification where user_id = ? and subject like ?",
                                manager.id(),
                                "Dispute " + claim + " filed%")
                        .size(),
                "the account manager is told");
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("crushed-", ".png");
        java.nio.file.Files.write(photo, Fixtures.TINY_PNG);
        browser.driver()
                .findElement(By.cssSelector("input[type='file'][id^='evidence:file']"))
                .sendKeys(photo.toString());
        browser.click("evidence:attach");
        browser.waitForText(By.id("evidence"), photo.getFileName().toString());
        java.nio.file.Files.deleteIfExists(photo);
        browser.close();

        browser = new Browser();
        browser.signIn(manager.username(), Fixtures.PASSWORD);
        browser.expectHeading("Your clients");
        browser.click("nav:disputes");
        browser.waitForText(By.id("disputeList:list"), claim);
        // the queue filtered by client and state: the claim while filed, none once closed ones are asked for
        selectOne("disputeFilter:client", org.name());
        selectOne("disputeFilter:state", "Closed");
        browser.click("disputeFilter:search");
        browser.waitForText(By.id("disputeList:list"), "No disputes.");
        selectOne("disputeFilter:state", "Filed");
        browser.click("disputeFilter:search");
        browser.waitForText(By.id("disputeList:list"), claim);
        browser.open("dispute.xhtml?id=" + id);
        stepAndWait("ACKNOWLEDGE", "Acknowledged");
        stepAndWait("INVESTIGATE", "Under investigation");
        browser.type("steps:amount_input", "350");
        stepAndWait("OFFER", "In negotiation");
        browser.close();

        browser = new Browser();
        browser.signIn(client.username(), Fixtures.PASSWORD);
        browser.expectHeading(org.name() + ": overview");
        browser.open("dispute.xhtml?id=" + id);
        stepAndWait("ACCEPT_OFFER", "Settled");
        String settlement = browser.waitFor(By.id("settlement")).getText();
        assertTrue(
                settlement.contains("350") && settlement.matches("(?s).*credit note CN-\\d{4}-\\d{6}.*"), settlement);
        String creditNote = settlement.substring(settlement.indexOf("CN-"));
        browser.close();

        browser = new Browser();
        browser.signIn(manager.username(), Fixtures.PASSWORD);
        browser.expectHeading("Your clients");
        browser.open("dispute.xhtml?id=" + id);
        assertTrue(
                browser.waitFor(By.id("settlement")).getText().contains(creditNote),
                "the same credit note on the 3PL's side");
        assertTrue(
                browser.waitFor(By.id("record")).getText().contains("Offer accepted"),
                "the record names the step in words");
    }

    private void stepAndWait(String step, String state) {
        browser.waitFor(By.cssSelector("button.step-" + step)).click();
        browser.waitForText(By.id("state"), state);
    }

    @Test
    void aWrongPasswordIsRefusedOnTheSignInPage() {
        Fixtures.User user = Fixtures.clientUser(Fixtures.organisation("Wrong Ltd"), Role.CLIENT_USER);
        browser.signIn(user.username(), "not-the-password");
        browser.waitForText(By.id("login:messages"), "The username or password is not correct.");
        assertTrue(currentUrl().contains("login.xhtml"), currentUrl());
    }

    @Test
    void aClientUserCannotOpenAnotherOrganisationsPageByUrl() {
        Fixtures.Org mine = Fixtures.organisation("Mine Ltd");
        Fixtures.Org theirs = Fixtures.organisation("Theirs Ltd");
        Fixtures.User user = Fixtures.clientUser(mine, Role.CLIENT_USER);

        browser.signIn(user.username(), Fixtures.PASSWORD);
        browser.heading();
        browser.open("organisation.xhtml?id=" + theirs.id());
        browser.expectHeading("Page not found");
        assertFalse(browser.driver().getPageSource().contains(theirs.name()));
        assertFalse(browser.driver().getPageSource().contains("Exception"), "no stack trace on the error page");

        browser.open("organisation.xhtml?id=" + mine.id());
        browser.expectHeading(mine.name());
    }

    @Test
    void signingOutReturnsToTheSignInPageAndEndsTheSession() {
        Fixtures.User user = Fixtures.clientUser(Fixtures.organisation("Bye Ltd"), Role.CLIENT_USER);
        browser.signIn(user.username(), Fixtures.PASSWORD);
        browser.heading();
        browser.click("nav:logout");
        browser.waitFor(By.id("loggedOut"));
        assertTrue(browser.pageText().contains("You have signed out."));
        browser.open("index.xhtml");
        assertTrue(currentUrl().contains("login.xhtml"), "the home page needs a new sign-in: " + currentUrl());
    }

    @Test
    void anInvitedUserMustChangeTheTemporaryPasswordAtFirstSignIn() {
        Fixtures.Org org = Fixtures.organisation("Invite Journey Ltd");
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        String typed = "nora";
        String username =
                org.code().toLowerCase() + "." + typed; // a client user's name lives in its organisation's namespace

        browser.signIn(admin.username(), Fixtures.PASSWORD);
        browser.heading();
        browser.open("admin/users.xhtml?org=" + org.id());
        browser.type("create:username", typed);
        browser.type("create:displayName", "Nora New");
        browser.type("create:email", "nora@example.com");
        browser.click("create:submit");
        String temporary = passwordShownOnce("Temporary password");
        browser.click("nav:logout");
        browser.waitFor(By.id("loggedOut"));

        browser.signIn(username, temporary);
        browser.expectHeading("Change your password");
        browser.open("index.xhtml");
        browser.expectHeading("Change your password");
        browser.type("pw:current", temporary);
        browser.type("pw:newPassword", "a-new-long-password");
        browser.type("pw:repeat", "a-new-long-password");
        browser.click("pw:submit");
        browser.expectHeading(org.name() + ": overview");
    }

    @Test
    void aClientAdminIssuesAnApiKeyShownOnceAndRevokesIt() {
        Fixtures.Org org = Fixtures.organisation("Key Journey Ltd");
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);

        browser.signIn(admin.username(), Fixtures.PASSWORD);
        browser.heading();
        browser.click("nav:apikeys");
        browser.type("issue:name", "ERP connector");
        browser.click("issue:submit");
        String key = browser.waitFor(By.id("newKey")).getText().trim();
        assertTrue(key.startsWith("tpl_"), key);
        assertEquals(200, Http.get("me", key).statusCode(), "the key works at once");

        browser.open("admin/api-keys.xhtml?org=" + org.id());
        assertFalse(browser.driver().getPageSource().contains(key), "the key is never shown again");
        String table = browser.driver().findElement(By.id("list:keys")).getText();
        assertTrue(table.contains("Read") && !table.contains("READ"), "scopes in words, not codes: " + table);
        browser.driver().findElement(By.cssSelector("button.revoke")).click();
        browser.waitForText(By.id("messages"), "The key was revoked.");
        assertEquals(401, Http.get("me", key).statusCode(), "a revoked key no longer works");
        assertTrue(Fixtures.query(
                                "select 1 from api_credential where organisation_id = ? and scopes = ?",
                                org.id(),
                                ApiScope.READ.name())
                        .size()
                == 1);
    }

    @Test
    void aClientAdminDisablesAUserAndAStaleChangeIsDetected() {
        Fixtures.Org org = Fixtures.organisation("Disable Journey Ltd");
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.User leaver = Fixtures.clientUser(org, Role.CLIENT_USER);

        browser.signIn(admin.username(), Fixtures.PASSWORD);
        browser.heading();
        browser.open("admin/users.xhtml?org=" + org.id());
        // someone else changes the user after this page was loaded
        Fixtures.update(
                "update user_account set display_name = 'Changed elsewhere', version = version + 1 where id = ?",
                leaver.id());
        assertFalse(
                browser.confirmationReturnsAfterAQuickYes(rowButton(leaver.username(), "toggle")),
                "an answered confirmation does not come back");
        browser.waitForText(By.id("messages"), "Someone else changed this");
        assertEquals(
                Boolean.TRUE,
                Fixtures.single("select enabled from user_account where id = ?", leaver.id())
                        .get("enabled"),
                "the stale change was not applied");

        browser.confirmAfterClicking(rowButton(leaver.username(), "toggle")); // the page now shows the current version
        browser.waitForText(By.id("messages"), "Saved.");
        assertEquals(
                Boolean.FALSE,
                Fixtures.single("select enabled from user_account where id = ?", leaver.id())
                        .get("enabled"));
        assertEquals(
                401,
                new Http.WebSession()
                        .login(leaver.username(), Fixtures.PASSWORD)
                        .statusCode(),
                "a disabled user cannot sign in");

        browser.confirmAfterClicking(rowButton(admin.username(), "toggle"));
        browser.waitForText(By.id("messages"), "You cannot disable your own account");
    }

    @Test
    void aClientAdminErasesALeaverAndTheRecordsKeepOnlyThePseudonym() {
        Fixtures.Org org = Fixtures.organisation("Erasure Journey Ltd");
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.User leaver = Fixtures.clientUser(org, Role.CLIENT_USER);
        String pseudonym = "erased-" + leaver.id();
        // what the leaver left behind: a sign-in in the security log, a note, a notification and a saved filter
        assertEquals(
                302,
                new Http.WebSession()
                        .login(leaver.username(), Fixtures.PASSWORD)
                        .statusCode());
        Fixtures.Shipment shipment = Fixtures.shipment(org, "ERASE-" + leaver.id(), java.time.Instant.now());
        Fixtures.update(
                "insert into shipment_note (id, shipment_id, organisation_id, author, author_side, text, created_at, "
                        + "author_kind, author_id) values (nextval('shipment_note_seq'), ?, ?, ?, 'CLIENT', "
                        + "'Left at the back door', now(), 'USER', ?)",
                shipment.id(),
                org.id(),
                leaver.username(),
                leaver.id());
        long dispute = Fixtures.dispute(org, Fixtures.contract(org));
        Fixtures.update(
                "insert into dispute_record (id, dispute_id, organisation_id, recorded_at, actor, side, action, "
                        + "from_state, to_state, ladder_level, note, actor_kind, actor_id) values "
                        + "(nextval('dispute_record_seq'), ?, ?, now(), ?, 'CLIENT', 'ATTACH', 'FILED', 'FILED', 1, "
                        + "'the leaver commented', 'USER', ?)",
                dispute,
                org.id(),
                leaver.username(),
                leaver.id());
        Fixtures.update(
                "insert into notification (id, user_id, subject, body, created_at) values (nextval('notification_seq'),"
                        + " ?, 'For the leaver', 'body', now())",
                leaver.id());
        Fixtures.update(
                "insert into saved_filter (id, user_id, name, definition, created_at) values "
                        + "(nextval('saved_filter_seq'), ?, 'Mine', 'status=DELAYED', now())",
                leaver.id());
        Fixtures.disable(leaver);

        browser.signIn(admin.username(), Fixtures.PASSWORD);
        browser.heading();
        browser.open("admin/users.xhtml?org=" + org.id());
        browser.confirmAfterClicking(rowButton(leaver.username(), "erase"));
        browser.waitForText(By.id("messages"), "is erased");
        browser.waitFor(By.xpath("//span[@class='username' and text()='" + pseudonym + "']"));
        assertEquals(
                java.util.List.of(),
                browser.driver()
                        .findElements(By.xpath("//tr[.//span[@class='username' and text()='" + pseudonym
                                + "']]//button[contains(@class,'erase')]")),
                "erased once: no button to do it again");

        var account = Fixtures.single(
                "select username, display_name, email, erased_at from user_account where id = ?", leaver.id());
        assertEquals(pseudonym, account.get("username"));
        assertEquals(pseudonym, account.get("display_name"));
        assertEquals(pseudonym + "@erased.invalid", account.get("email"));
        assertTrue(account.get("erased_at") != null);
        assertEquals(
                java.util.List.of(),
                Fixtures.query(
                        "select 1 from notification where user_id = ? union all select 1 from saved_filter where "
                                + "user_id = ?",
                        leaver.id(),
                        leaver.id()),
                "what only served the leaver is gone at once");

        // the records that must stay are rewritten by the housekeeping
        Http.postUntilRan(
                "maintenance/housekeeping",
                Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE).value());
        assertEquals(
                pseudonym,
                Fixtures.single("select author from shipment_note where shipment_id = ?", shipment.id())
                        .get("author"));
        assertEquals(
                pseudonym,
                Fixtures.single(
                                "select actor from dispute_record where dispute_id = ? and actor_id = ?",
                                dispute,
                                leaver.id())
                        .get("actor"),
                "the dispute record stays append-only but for the erased name");
        assertEquals(
                java.util.List.of(),
                Fixtures.query(
                        "select 1 from security_event where actor = ? or subject_name = ?",
                        leaver.username(),
                        leaver.username()),
                "the security log keeps the entries, under the pseudonym");
        assertTrue(
                !Fixtures.query("select 1 from security_event where actor_id = ? and actor = ?", leaver.id(), pseudonym)
                        .isEmpty(),
                "the leaver's sign-in is still recorded");
        assertEquals(
                401,
                new Http.WebSession()
                        .login(leaver.username(), Fixtures.PASSWORD)
                        .statusCode());
        assertEquals(
                401, new Http.WebSession().login(pseudonym, Fixtures.PASSWORD).statusCode());
    }

    @Test
    void aClientAdminResetsAPassword() {
        Fixtures.Org org = Fixtures.organisation("Reset Journey Ltd");
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.User forgetful = Fixtures.clientUser(org, Role.CLIENT_USER);

        browser.signIn(admin.username(), Fixtures.PASSWORD);
        browser.heading();
        browser.open("admin/users.xhtml?org=" + org.id());
        browser.confirmAfterClicking(rowButton(forgetful.username(), "reset"));
        String temporary = passwordShownOnce("New temporary password");
        assertEquals(
                401,
                new Http.WebSession()
                        .login(forgetful.username(), Fixtures.PASSWORD)
                        .statusCode(),
                "the old password is gone");
        HttpResponseAssert.redirectsTo(
                new Http.WebSession().login(forgetful.username(), temporary), "change-password.xhtml");
    }

    @Test
    void anOpsAdminAssignsAnAccountManagerWhoThenSeesTheClient() {
        Fixtures.Org org = Fixtures.organisation("Assigned Journey Ltd");
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.User ops = Fixtures.staff(Role.OPS_ADMIN);

        browser.signIn(ops.username(), Fixtures.PASSWORD);
        browser.heading();
        browser.click("nav:staff");
        selectOne("assign:managerId", "Fixture " + manager.username());
        selectOne("assign:organisationId", org.name());
        browser.click("assign:submit");
        browser.waitForText(By.id("messages"), "Assignment saved.");
        assertEquals(
                1,
                Fixtures.query(
                                "select 1 from account_assignment where manager_id = ? and organisation_id = ?",
                                manager.id(),
                                org.id())
                        .size());

        Http.WebSession managerSession = new Http.WebSession();
        managerSession.login(manager.username(), Fixtures.PASSWORD);
        assertTrue(managerSession.get("index.xhtml").body().contains(org.name()), "the manager now sees the client");
        assertEquals(
                200, managerSession.get("organisation.xhtml?id=" + org.id()).statusCode());
    }

    @Test
    void theMenuSwitchesTheLanguageOfTheWholePortal() {
        Fixtures.User user = Fixtures.clientUser(Fixtures.organisation("Language Ltd"), Role.CLIENT_USER);
        browser.signIn(user.username(), Fixtures.PASSWORD);
        browser.heading();
        selectOne("nav:language", "简体中文");
        browser.waitForText(By.id("nav:logout"), "退出登录");
        assertTrue(browser.heading().endsWith("：概览"), browser.heading());
        selectOne("nav:language", "English");
        browser.waitForText(By.id("nav:logout"), "Sign out");
    }

    /** The one-time password in the message that starts with {@code lead}. */
    private String passwordShownOnce(String lead) {
        browser.waitForText(By.id("messages"), lead);
        Matcher m = Pattern.compile("\\(shown once\\): (\\S+)")
                .matcher(browser.waitFor(By.id("messages")).getText());
        assertTrue(m.find(), browser.pageText());
        return m.group(1);
    }

    /** Picks an option of a PrimeFaces selectOneMenu by its label, as a user does: open, then click. */
    private void selectOne(String id, String label) {
        browser.click(id);
        // the panel ignores clicks while it is still opening: wait for the end of its animation
        browser.waitFor(By.cssSelector("[id='" + id + "_panel'].ui-connected-overlay-enter-done"));
        browser.waitFor(By.cssSelector("[id='" + id + "_panel'] li[data-label='" + label + "']"))
                .click();
    }

    /** A button (by CSS class) in the users table row of the given username. */
    private By rowButton(String username, String cssClass) {
        return By.xpath("//tr[.//span[@class='username' and text()='" + username + "']]//button[contains(@class,'"
                + cssClass + "')]");
    }

    /** Assertions on raw HTTP answers used by the journeys above. */
    static final class HttpResponseAssert {
        static void redirectsTo(java.net.http.HttpResponse<String> r, String page) {
            assertEquals(302, r.statusCode(), r.body());
            assertTrue(
                    r.headers().firstValue("Location").orElse("").contains(page),
                    r.headers().toString());
        }
    }

    @Test
    void aClientFiltersTheHistoryOpensAShipmentAndSeesItsTimeline() {
        Fixtures.Org org = Fixtures.organisation("History Ltd");
        Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER);
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        java.time.Instant base = java.time.Instant.parse("2026-10-01T00:00:00Z");
        for (int i = 0; i < 30; i++) {
            Fixtures.shipment(org, "HIST-" + i, base.plus(i, java.time.temporal.ChronoUnit.DAYS));
        }
        Http.api(
                "POST",
                "events",
                key.value(),
                "{\"events\":["
                        + "{\"shipmentReference\":\"HIST-7\",\"eventId\":\"h1\",\"sourceSystem\":\"TMS\",\"s"
                        + "tatusCode\":\"AF\","
                        + "\"occurredAt\":\"2026-10-08T09:00:00+08:00\",\"location\":\"Shanghai\"},"
                        + "{\"shipmentReference\":\"HIST-7\",\"eventId\":\"h2\",\"sourceSystem\":\"TMS\",\"s"
                        + "tatusCode\":\"SD\","
                        + "\"reasonCode\":\"AO\",\"occurredAt\":\"2026-10-09T09:00:00+08:00\",\"location\":"
                        + "\"Singapore\"}]}");

        browser.signIn(user.username(), Fixtures.PASSWORD);
        browser.heading();
        browser.click("nav:shipments");
        browser.expectHeading("Shipments");
        browser.waitForText(By.id("list:shipments"), "HIST-29");
        assertTrue(browser.pageText().contains("1–25 / 30"), "paged in the database, with the total");

        browser.type("filter:reference", "HIST-7");
        browser.click("filter:search");
        waitForRows(1);

        // save the filter, clear it, and bring it back by name
        browser.type("filter:saveAs", "Only seven");
        browser.click("filter:save");
        browser.waitForText(By.id("messages"), "Filters saved as Only seven.");
        browser.click("filter:reset");
        waitForRows(25);
        selectOne("filter:saved", "Only seven");
        waitForRows(1);
        browser.click("filter:exportCsv");
        String csv = browser.downloaded("shipments.csv");
        java.util.List<String> lines = csv.lines().toList();
        assertEquals(2, lines.size(), "the header and exactly the one shipment the filter shows: " + csv);
        assertTrue(lines.get(1).startsWith("HIST-7,"), lines.get(1));
        browser.click("filter:exportXlsx");
        byte[] xlsx = browser.downloadedBytes("shipments.xlsx");
        assertTrue(xlsx.length > 4 && xlsx[0] == 'P' && xlsx[1] == 'K', "an Office Open XML (zip) workbook");

        browser.driver().findElement(By.linkText("HIST-7")).click();

        browser.expectHeading("Shipment HIST-7");
        assertEquals(
                "Delayed", browser.waitFor(By.cssSelector("#status .status")).getText());
        String timeline = browser.waitFor(By.id("timeline")).getText();
        assertTrue(timeline.contains("Departed pick-up location"), timeline);
        assertTrue(timeline.contains("Shipment delayed — Weather or natural disaster"), timeline);
        assertTrue(timeline.indexOf("Departed") < timeline.indexOf("delayed"), "in the order things happened");
        assertEquals(
                1,
                browser.driver()
                        .findElements(By.cssSelector("li.timeline-exception"))
                        .size(),
                "the exception is highlighted");

        browser.type("notes:text", "Please call the warehouse before delivery");
        browser.click("notes:add");
        browser.waitForText(By.id("noteList"), "Please call the warehouse before delivery");
        assertTrue(browser.waitFor(By.id("noteList")).getText().contains("(client)"));
    }

    private void waitForRows(int rows) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("a.shipment-link")).size() == rows);
    }

    @Test
    void theLanguageSwitchesToSimplifiedChinese() {
        browser.open("login.xhtml?lang=zh-CN");
        browser.expectHeading("3PL 客户门户");
        assertEquals(
                "登录",
                browser.driver().findElement(By.id("login:submit")).getText().trim());
        browser.open("login.xhtml?lang=en");
        assertEquals(
                "Sign in",
                browser.driver().findElement(By.id("login:submit")).getText().trim());
    }

    // --- disputes: invoices and procedures ---

    @Test
    void aClientOpensAnInvoiceDisputesALineAndSeesTheDisputeOnTheInvoice() {
        Fixtures.Org org = Fixtures.organisation("Invoiced Ltd");
        Fixtures.contract(org);
        Fixtures.Shipment shipment =
                Fixtures.shipment(org, "INVSHIP-1", java.time.Instant.now().minusSeconds(86400 * 6));
        Fixtures.Invoice invoice =
                Fixtures.invoice(org, shipment); // line 1 freight 1,000.00 EUR, line 2 storage 250.00 EUR
        Fixtures.User client = Fixtures.clientUser(org, Role.CLIENT_USER);

        browser.signIn(client.username(), Fixtures.PASSWORD);
        browser.expectHeading(org.name() + ": overview");
        browser.click("nav:invoices");
        browser.expectHeading("Your invoices");
        browser.waitForText(By.id("list:invoices"), invoice.number());
        assertFalse(browser.pageText().contains("Margin"), "a client sees no margin");
        browser.driver().findElement(By.linkText(invoice.number())).click();
        browser.expectHeading("Invoice " + invoice.number());
        assertTrue(
                browser.waitFor(By.id("gross")).getText().contains("€1,250.00"),
                browser.waitFor(By.id("gross")).getText());
        assertFalse(Fixtures.showsAmount(browser.pageText(), "900"), "nor the 3PL's cost");
        browser.driver().findElements(By.cssSelector(".dispute-line a")).get(0).click();

        browser.expectHeading("Your disputes");
        browser.waitForText(By.id("procedure"), "File within 270 calendar days after the delivery or the invoice.");
        assertEquals(
                "BILLING",
                new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("file:kind_input")))
                        .getFirstSelectedOption()
                        .getAttribute("value"),
                "a billing dispute");
        assertTrue(browser.driver()
                .findElement(By.cssSelector("input[id^='file:lines'][value='" + invoice.freightLine() + "']"))
                .isSelected());
        org.openqa.selenium.WebElement storage = browser.driver()
                .findElement(By.cssSelector("input[id^='file:lines'][value='" + invoice.storageLine() + "']"));
        assertFalse(storage.isSelected(), "the other lines of the invoice are offered, not chosen");
        assertEquals(
                "1,000.00",
                browser.driver().findElement(By.id("file:amount_input")).getAttribute("value"),
                "claims the line's amount");

        retype("file:amount_input", "1200");
        browser.type("file:description", "Freight charged at the air rate; it went by sea.");
        browser.click("file:submit");
        browser.waitForText(
                By.id("file"),
                "A billing dispute claims at most the total of the invoice lines it contests, €1,000.00;"
                        + " this one claims €1,200.00"); // the amounts as the page writes amounts
        assertEquals(
                0,
                Fixtures.query("select 1 from dispute where organisation_id = ?", org.id())
                        .size(),
                "nothing filed");

        // the storage line too (the form was drawn again with the error): the claim follows the lines' total
        browser.driver()
                .findElement(By.cssSelector("input[id^='file:lines'][value='" + invoice.storageLine() + "']"))
                .click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "1,250.00"
                                .equals(d.findElement(By.id("file:amount_input"))
                                        .getAttribute("value"))
                        && Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return PrimeFaces.ajax.Queue.isEmpty();")));
        browser.click("file:submit");
        browser.waitForText(By.id("state"), "Filed");
        String lines = browser.waitFor(By.id("invoiceLines")).getText();
        assertTrue(lines.contains(invoice.number()) && lines.contains("Freight") && lines.contains("Storage"), lines);
        String claim = browser.heading().replace("Dispute ", "");
        assertEquals(
                2,
                Fixtures.query(
                                "select 1 from dispute_invoice_line l join dispute d on d.id = l.dispute_id "
                                        + "where d.claim_number = ?",
                                claim)
                        .size());

        browser.driver().findElement(By.linkText(invoice.number())).click();
        browser.expectHeading("Invoice " + invoice.number());
        assertTrue(
                browser.waitFor(By.id("lines")).getText().contains(claim),
                "each line names the dispute that contests it");
        assertTrue(
                browser.driver().findElements(By.cssSelector(".dispute-line a")).isEmpty(),
                "a contested line is not disputed twice");
    }

    @Test
    void anOpsAdminProposesADisputeProcedureVersionAndTheRefusedFieldsAreShownInPlace() {
        Fixtures.Org org = Fixtures.organisation("Procedure Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.User ops = Fixtures.staff(Role.OPS_ADMIN);
        browser.signIn(ops.username(), Fixtures.PASSWORD);
        browser.expectHeading("Organisations");
        browser.open("organisation.xhtml?id=" + org.id());
        browser.expectHeading(org.name());
        browser.click("proceduresLink");
        browser.expectHeading("Dispute procedures");
        browser.waitForText(By.id("versions"), "standard template");
        assertEquals(
                "Operations contacts",
                browser.waitFor(By.id("procedure:ladder:0:name")).getAttribute("value"),
                "the form starts from the version in force");

        retype("procedure:resolveDays_input", "10"); // shorter than the 30 days to acknowledge
        retype("procedure:ladder:1:days_input", "0"); // only the last level may have no time limit
        browser.typeDate("procedure:effectiveFrom", "2026-12-01");
        browser.click("procedure:submit");
        browser.waitForText(By.id("procedure"), "is not shorter than the time to acknowledge");
        assertTrue(
                browser.waitFor(By.id("procedure:ladder:1:days"))
                        .findElement(By.xpath("./ancestor::td"))
                        .getText()
                        .contains("Only the last level has no time limit"),
                "the row's error is next to its field");

        retype("procedure:resolveDays_input", "60");
        retype("procedure:ladder:1:days_input", "10");
        browser.click("procedure:ladder:4:remove"); // no arbitration in this contract: mediation is the last level
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.findElements(By.id("procedure:ladder:4:name")).isEmpty());
        retype("procedure:ladder:3:days_input", "0");
        browser.type("procedure:evidence:0:text", "The invoice lines and the rate card page");
        browser.click("procedure:submit");
        browser.waitForText(
                By.id("messages"), "Proposal sent for the version from 1 Dec 2026; the other side has been told.");
        String versions = browser.waitFor(By.id("versions")).getText();
        assertTrue(
                versions.contains("1 Dec 2026") && versions.contains("The invoice lines and the rate card page"),
                versions);
        assertEquals(
                1,
                Fixtures.query(
                                "select 1 from dispute_procedure where contract_id = ? and resolve_days = "
                                        + "60 and recorded_by = ?",
                                contract.id(),
                                ops.username())
                        .size());
        assertEquals(
                4,
                Fixtures.query(
                                "select 1 from dispute_ladder_level l join dispute_procedure p on p.id = l.procedure_id"
                                        + " where p.contract_id = ? and p.recorded_by = ?",
                                contract.id(),
                                ops.username())
                        .size());
    }

    /** Replaces what an input holds, as a user does: select all, then type. */
    private void retype(String id, String text) {
        org.openqa.selenium.WebElement e = browser.waitFor(By.id(id));
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }
}
