package org.threepl.portal.it.support;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * The GreenMail SMTP server the test server sends to ({@code test.smtp.port}), with the mail user of
 * src/test/liberty/bootstrap.properties. GreenMail checks the credentials a client signs in with (a wrong password is
 * refused with 535) but cannot refuse a client that does not sign in; MailOutboxIT shows that the portal signs in.
 */
public final class MailServer {

    public static final String USER = "portal";
    public static final String PASSWORD = "portal-mail-password-2026";

    private MailServer() {}

    public static ServerSetup setup() {
        return new ServerSetup(Integer.getInteger("test.smtp.port", 13025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    /** The portal's mail user with this password (the right one, or another to see a sign-in refused). */
    public static GreenMailConfiguration users(String password) {
        return GreenMailConfiguration.aConfig().withUser("portal@localhost", USER, password);
    }

    /** A started server whose mail user has this password. */
    public static GreenMail start(String password) {
        GreenMail server = new GreenMail(setup()).withConfiguration(users(password));
        server.start();
        return server;
    }

    /** The mails received so far whose subject contains {@code text}. */
    public static List<MimeMessage> about(GreenMailOperations server, String text) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> subjectOf(m).contains(text))
                .toList();
    }

    /** Waits up to {@code seconds} for at least {@code count} mails about {@code text}; those received by then. */
    public static List<MimeMessage> await(GreenMailOperations server, String text, int count, int seconds)
            throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        List<MimeMessage> got = about(server, text);
        while (got.size() < count && System.nanoTime() < until) {
            Thread.sleep(200);
            got = about(server, text);
        }
        return got;
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
