package org.threepl.portal.it.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.Http;
import org.threepl.portal.it.support.MailServer;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * Mail goes through the outbox: sent after the change commits, signed in to the mail server, never for a change that
 * rolled back, and kept and tried again while the mail server is down or refuses the portal's sign-in. A client's
 * message in a dispute is the action: its account manager is told by mail.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    /** A dispute of a new client whose account manager wants mail, and the client's key. */
    private record Claim(long dispute, String claim, Fixtures.Key key, String managerEmail) {

        static Claim open(String name) {
            Fixtures.Org org = Fixtures.organisation(name);
            long dispute = Fixtures.dispute(org, Fixtures.contract(org));
            Fixtures.User manager = Fixtures.staff(Role.ACCOUNT_MANAGER);
            Fixtures.assign(manager, org);
            String email = (String) Fixtures.single("select email from user_account where id = ?", manager.id())
                    .get("email");
            return new Claim(dispute, "CL-FX-" + dispute, Fixtures.apiKey(org, ApiScope.READ, ApiScope.WRITE), email);
        }

        int write(String text) {
            return Http.api("POST", "disputes/" + dispute + "/messages", key.value(), "{\"text\":\"" + text + "\"}")
                    .statusCode();
        }

        List<Map<String, Object>> outbox() {
            return Fixtures.query(
                    "select state, attempts, last_error, sent_at from mail_outbox where subject like ? order by id",
                    "%" + claim + "%");
        }
    }

    @Test
    void aMailQueuedByAChangeArrivesAfterItCommitsSignedIn() throws Exception {
        GreenMail smtp = MailServer.start(MailServer.PASSWORD);
        try {
            Claim t = Claim.open("Mailed Ltd");
            assertEquals(201, t.write("The pallet arrived wet."));

            List<MimeMessage> got = MailServer.await(smtp, t.claim(), 1, 30);
            assertEquals(1, got.size(), "the account manager is told once");
            assertEquals(t.managerEmail(), got.get(0).getAllRecipients()[0].toString());
            assertTrue(((String) got.get(0).getContent()).contains("The pallet arrived wet."));
            Map<String, Object> row = awaitState(t, "SENT");
            assertEquals(1, ((Number) row.get("attempts")).intValue());
            assertTrue(row.get("sent_at") != null && row.get("last_error") == null, row.toString());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aChangeThatRollsBackSendsNoMail() throws Exception {
        // a deferred trigger refuses the message at commit: after the message, its notification and its mail were
        // written in the transaction
        Fixtures.update("create or replace function mail_outbox_it_refuse() returns trigger language plpgsql as $$"
                + " begin if new.text like '%REFUSED AT COMMIT%' then raise exception 'refused by MailOutboxIT';"
                + " end if; return new; end; $$");
        Fixtures.update("create constraint trigger mail_outbox_it_refuse after insert on dispute_message"
                + " deferrable initially deferred for each row execute function mail_outbox_it_refuse()");
        GreenMail smtp = MailServer.start(MailServer.PASSWORD);
        try {
            Claim t = Claim.open("Rolled Back Ltd");
            int status = t.write("REFUSED AT COMMIT");
            assertTrue(status >= 400, "the change failed at commit: " + status);
            assertEquals(201, t.write("A message that commits."));

            assertEquals(1, MailServer.await(smtp, t.claim(), 1, 30).size(), "the committed message's mail");
            Thread.sleep(3000); // three more runs of the mail job
            List<MimeMessage> got = MailServer.about(smtp, t.claim());
            assertEquals(1, got.size(), "no mail for the message that rolled back");
            assertTrue(((String) got.get(0).getContent()).contains("A message that commits."));
            assertEquals(1, t.outbox().size(), "no row of the rolled-back change stays in the outbox");
        } finally {
            smtp.stop();
            Fixtures.update("drop trigger mail_outbox_it_refuse on dispute_message");
            Fixtures.update("drop function mail_outbox_it_refuse()");
        }
    }

    @Test
    void aMailKeepsWhileTheMailServerIsDownAndArrivesOnceWhenItIsBack() throws Exception {
        Claim t = Claim.open("Waiting Ltd");
        assertEquals(201, t.write("Sent while the relay is down."), "a change never waits for the mail server");

        Map<String, Object> row = awaitAttempts(t, 1);
        assertEquals("PENDING", row.get("state"));
        assertNotEquals(null, row.get("last_error"), "why it was not sent");

        GreenMail smtp = MailServer.start(MailServer.PASSWORD);
        try {
            assertEquals(1, MailServer.await(smtp, t.claim(), 1, 60).size());
            awaitState(t, "SENT");
            Thread.sleep(2000);
            assertEquals(1, MailServer.about(smtp, t.claim()).size(), "delivered once");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void theMailServerRefusingThePortalsSignInKeepsTheMailUntilTheSignInWorks() throws Exception {
        GreenMail wrong = MailServer.start("not-the-portals-password");
        Claim t = Claim.open("Signed In Ltd");
        try {
            assertEquals(201, t.write("Only for those who sign in."));
            Map<String, Object> row = awaitAttempts(t, 1);
            assertEquals("PENDING", row.get("state"));
            assertTrue(String.valueOf(row.get("last_error")).contains("AuthenticationFailed"), row.toString());
            assertEquals(0, MailServer.about(wrong, t.claim()).size(), "nothing sent without signing in");
        } finally {
            wrong.stop();
        }
        GreenMail smtp = MailServer.start(MailServer.PASSWORD);
        try {
            assertEquals(1, MailServer.await(smtp, t.claim(), 1, 60).size());
            awaitState(t, "SENT");
        } finally {
            smtp.stop();
        }
    }

    private static Map<String, Object> awaitState(Claim t, String state) throws InterruptedException {
        return await(t, row -> state.equals(row.get("state")), "state " + state);
    }

    private static Map<String, Object> awaitAttempts(Claim t, int attempts) throws InterruptedException {
        return await(t, row -> ((Number) row.get("attempts")).intValue() >= attempts, attempts + " attempt(s)");
    }

    private static Map<String, Object> await(
            Claim t, java.util.function.Predicate<Map<String, Object>> done, String what) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        while (true) {
            List<Map<String, Object>> rows = t.outbox();
            if (rows.size() == 1 && done.test(rows.get(0))) {
                return rows.get(0);
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("the outbox row of " + t.claim() + " did not reach " + what + ": " + rows);
            }
            Thread.sleep(200);
        }
    }
}
