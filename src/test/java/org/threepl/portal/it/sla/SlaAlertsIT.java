package org.threepl.portal.it.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.MailServer;
import org.threepl.portal.it.support.PortalDeployment;
import org.threepl.portal.it.support.ShipmentFeed;

/** A breached KPI tells the client admins and account managers once, in the portal and by e-mail as each chose. */
@ExtendWith(ArquillianExtension.class)
class SlaAlertsIT {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(MailServer.setup()).withConfiguration(MailServer.users(MailServer.PASSWORD));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @Test
    void aBreachIsAnnouncedOnceToTheClientAdminsAndAccountManagersByTheirChosenWay() throws Exception {
        Fixtures.Org org = Fixtures.organisation("Alerted Ltd");
        Fixtures.Contract contract = Fixtures.contract(org);
        Fixtures.slaTerm(org, contract); // on-time delivery, 95 % a month
        Fixtures.User admin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.User quietAdmin = Fixtures.clientUser(org, Role.CLIENT_ADMIN);
        Fixtures.update("update user_account set alerts_by_email = false where id = ?", quietAdmin.id());
        Fixtures.User user = Fixtures.clientUser(org, Role.CLIENT_USER); // not an admin: not told
        Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
        Fixtures.assign(manager, org);
        Fixtures.Key key = Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE);
        Fixtures.Key tpl = Fixtures.apiKey(null, ApiScope.READ, ApiScope.WRITE);

        LocalDate month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(1);
        Instant due = month.plusDays(5).atStartOfDay(ZoneOffset.UTC).toInstant();
        new ShipmentFeed()
                .shipment("ALR-1", due, 3)
                .event("ALR-1", "alr-1", "D1", due.plusSeconds(3 * 86400))
                .shipment("ALR-2", due, 3)
                .event("ALR-2", "alr-2", "D1", due.minusSeconds(60))
                .send(key);
        String recompute = "sla/recompute?organisation=" + org.id() + "&from=" + month + "&to=" + month.plusMonths(1);
        assertEquals(200, Http.api("POST", recompute, tpl.value(), "").statusCode());

        // the mails are sent after the change commits, by the mail job (every second in the tests)
        MailServer.await(SMTP, org.name(), 2, 30);
        List<String> to = mailsTo(org);
        assertEquals(
                List.of(email(admin), email(manager)).stream().sorted().toList(),
                to.stream().sorted().toList(),
                "the admin who wants e-mail and the account manager; not the quiet admin, not the user");
        MimeMessage first = MailServer.about(SMTP, org.name()).get(0);
        assertTrue(
                first.getSubject().contains("breached") && first.getSubject().contains(org.name()), first.getSubject());
        String body = (String) first.getContent();
        assertTrue(body.contains("1 of 2") && body.contains("/sla.xhtml?org=" + org.id()), body);

        List<Map<String, Object>> notes =
                Fixtures.query("select user_id from notification where subject like ?", "%" + org.name() + "%");
        assertEquals(3, notes.size(), "the two admins and the manager see it in the portal");
        assertTrue(notes.stream().noneMatch(n -> ((Number) n.get("user_id")).longValue() == user.id()));

        // the breach opened an entry that awaits the account manager's comment
        jakarta.json.JsonArray entries = jakarta.json.Json.createReader(new java.io.StringReader(
                        Http.api("GET", "sla/breaches", key.value(), null).body()))
                .readObject()
                .getJsonArray("items");
        assertEquals(1, entries.size(), entries.toString());
        assertEquals(month.toString(), entries.getJsonObject(0).getString("periodStart"));
        assertTrue(
                !entries.getJsonObject(0).containsKey("comment")
                        || entries.getJsonObject(0).isNull("comment"),
                entries.toString());

        // the same figures again: nothing new
        assertEquals(200, Http.api("POST", recompute, tpl.value(), "").statusCode());
        Thread.sleep(3000); // three runs of the mail job: time for a second mail, were there one
        assertEquals(to.size(), mailsTo(org).size(), "once per KPI and period");
        assertEquals(
                3,
                Fixtures.query("select 1 from notification where subject like ?", "%" + org.name() + "%")
                        .size());
    }

    private static String email(Fixtures.User u) {
        return (String) Fixtures.single("select email from user_account where id = ?", u.id())
                .get("email");
    }

    /** The recipients of the mails about this organisation received so far. */
    private static List<String> mailsTo(Fixtures.Org org) throws Exception {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().contains(org.name());
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(m -> {
                    try {
                        return m.getAllRecipients()[0].toString();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
