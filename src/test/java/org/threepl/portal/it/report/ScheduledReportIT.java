package org.threepl.portal.it.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.MailServer;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * Scheduled reports on the real server with GreenMail: a due schedule is sent once, with the export's file attached (a
 * real CSV with the filtered rows and Chinese headers) or as a link that downloads for its owner alone; a schedule
 * whose owner lost access is paused with the reason and sends nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledReportIT {

    private static final Pattern TOKEN = Pattern.compile("/reports/file\\?token=([0-9a-f]+)");
    private static final Instant PICKUP = Instant.parse("2026-11-02T08:00:00Z");
    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @BeforeAll
    static void mailServer() {
        smtp = MailServer.start(MailServer.PASSWORD);
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Test
    void aDueScheduleSendsOneMailWithTheFilteredCsvInChinese() throws Exception {
        Fixtures.Org org = Fixtures.organisation("Reported Ltd");
        Fixtures.User owner = Fixtures.clientUser(org, Role.CLIENT_USER);
        Fixtures.shipment(org, "RPTA-" + org.code() + "-1", PICKUP);
        Fixtures.shipment(org, "RPTA-" + org.code() + "-2", PICKUP.plusSeconds(3600));
        Fixtures.shipment(org, "RPTB-" + org.code() + "-1", PICKUP);
        String title = "Weekly A lanes " + org.code();
        long id = Fixtures.reportSchedule(
                owner, title, "SHIPMENTS", org, "sort=pickup&reference=RPTA", "CSV", "ZH_CN", "ATTACHMENT");

        List<MimeMessage> got = MailServer.await(smtp, title, 1, 60);
        assertEquals(1, got.size(), "one mail");
        MimeMessage mail = got.get(0);
        assertEquals(owner.username() + "@fixture.example", mail.getAllRecipients()[0].toString());
        BodyPart file = attachment(mail);
        assertTrue(file.getFileName().endsWith(".csv"), file.getFileName());
        String csv = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String[] lines = csv.strip().split("\r?\n");
        assertTrue(lines[0].contains(zh("shipment.reference")), "Chinese headers: " + lines[0]);
        assertTrue(lines[0].contains(zh("shipment.status")), "Chinese headers: " + lines[0]);
        assertEquals(3, lines.length, "header and the two filtered rows: " + csv);
        assertTrue(
                lines[1].contains("RPTA-" + org.code() + "-1") && lines[2].contains("RPTA-" + org.code() + "-2"), csv);
        assertFalse(csv.contains("RPTB-"), "the filter holds: " + csv);

        Map<String, Object> row =
                Fixtures.single("select state, last_run_at, next_run_at from report_schedule where id = ?", id);
        assertEquals("ACTIVE", row.get("state"));
        assertNotNull(row.get("last_run_at"));
        assertTrue(instant(row.get("next_run_at")).isAfter(Instant.now()), "advanced to the next Monday: " + row);
        Thread.sleep(4000); // several more runs of the report and mail jobs
        assertEquals(1, MailServer.about(smtp, title).size(), "sent once, not again");
    }

    @Test
    void aLinkDownloadsForItsOwnerAndIsNotFoundForAnotherOrganisationsUser() throws Exception {
        Fixtures.Org org = Fixtures.organisation("Linked Ltd");
        Fixtures.User owner = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.shipment(org, "LNK-" + org.code(), PICKUP);
        String title = "Monthly link " + org.code();
        Fixtures.reportSchedule(owner, title, "SHIPMENTS", org, null, "XLSX", "EN", "LINK");

        List<MimeMessage> got = MailServer.await(smtp, title, 1, 60);
        assertEquals(1, got.size());
        assertTrue(got.get(0).getContent() instanceof String, "no attachment, a link");
        Matcher link = TOKEN.matcher((String) got.get(0).getContent());
        assertTrue(link.find(), "a link in: " + got.get(0).getContent());
        String path = "reports/file?token=" + link.group(1);

        Http.WebSession mine = signedIn(owner);
        HttpResponse<byte[]> file = bytes(mine, path);
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        assertTrue(sheetText(file.body()).contains("LNK-" + org.code()), "the workbook has the shipment");

        Fixtures.Org other = Fixtures.organisation("Other Ltd");
        Http.WebSession theirs = signedIn(Fixtures.clientUser(other, Role.CLIENT_ADMIN));
        assertEquals(404, bytes(theirs, path).statusCode(), "another organisation's user finds nothing");
        assertEquals(404, bytes(mine, "reports/file?token=0123abcd").statusCode(), "nor does a wrong token");
    }

    @Test
    void aScheduleWhoseOwnerLostAccessIsPausedSayingWhyAndNotSent() throws Exception {
        Fixtures.Org org = Fixtures.organisation("Unassigned Ltd");
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, org);
        Fixtures.update("delete from account_assignment where manager_id = ?", manager.id());
        String slaTitle = "SLA no longer mine " + org.code();
        long sla = Fixtures.reportSchedule(manager, slaTitle, "SLA_PERIOD", org, null, "XLSX", "EN", "ATTACHMENT");

        Fixtures.User gone = Fixtures.clientUser(org, Role.CLIENT_USER);
        Fixtures.disable(gone);
        String goneTitle = "Disabled owner " + org.code();
        long disabled = Fixtures.reportSchedule(gone, goneTitle, "SHIPMENTS", org, null, "CSV", "EN", "ATTACHMENT");

        Map<String, Object> lost = awaitPaused(sla);
        assertEquals("ACCESS_LOST", lost.get("pause_reason"));
        assertTrue(String.valueOf(lost.get("pause_detail")).contains(Long.toString(org.id())), lost.toString());
        assertEquals("OWNER_INACTIVE", awaitPaused(disabled).get("pause_reason"));
        Thread.sleep(3000);
        assertEquals(0, MailServer.about(smtp, slaTitle).size(), "nothing sent");
        assertEquals(0, MailServer.about(smtp, goneTitle).size(), "nothing sent");
        assertEquals(
                0,
                Fixtures.query("select id from mail_outbox where subject like ?", "%" + org.code() + "%")
                        .size(),
                "nothing queued");
    }

    private static Map<String, Object> awaitPaused(long id) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<String, Object> row;
        do {
            Thread.sleep(250);
            row = Fixtures.single(
                    "select state, pause_reason, pause_detail, last_run_at from report_schedule where id = ?", id);
        } while (!"PAUSED".equals(row.get("state")) && System.nanoTime() < until);
        assertEquals("PAUSED", row.get("state"), row.toString());
        assertEquals(null, row.get("last_run_at"), "never sent");
        return row;
    }

    private static BodyPart attachment(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getFileName() != null) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no attachment");
    }

    private static String zh(String key) {
        return ResourceBundle.getBundle("org.threepl.portal.i18n.messages", Locale.forLanguageTag("zh-CN"))
                .getString(key);
    }

    private static Http.WebSession signedIn(Fixtures.User user) {
        Http.WebSession web = new Http.WebSession();
        HttpResponse<String> r = web.login(user.username(), Fixtures.PASSWORD);
        assertEquals(302, r.statusCode(), "signed in: " + r.body());
        return web;
    }

    private static HttpResponse<byte[]> bytes(Http.WebSession web, String path) {
        return Http.send(
                Http.clientWithCookies(web.cookies()),
                HttpRequest.newBuilder(Http.testServer().resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** All the text of a workbook's parts (its sheet and shared strings). */
    private static String sheetText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().startsWith("xl/")) {
                    text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(text.indexOf("<worksheet") >= 0, "a workbook with a worksheet");
        return text.toString();
    }

    private static Instant instant(Object o) {
        return o instanceof java.sql.Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) o).toInstant();
    }
}
