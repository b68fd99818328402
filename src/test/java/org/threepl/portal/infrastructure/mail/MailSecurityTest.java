package org.threepl.portal.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.mail.MailSender.Outcome;

class MailSecurityTest {

    @Test
    void theSettingIsReadInAnyCaseAndEmptyMeansNone() {
        assertEquals(MailSecurity.NONE, MailSecurity.parse(null));
        assertEquals(MailSecurity.NONE, MailSecurity.parse(" "));
        assertEquals(MailSecurity.NONE, MailSecurity.parse("none"));
        assertEquals(MailSecurity.STARTTLS, MailSecurity.parse("StartTLS"));
        assertEquals(MailSecurity.TLS, MailSecurity.parse(" tls "));
    }

    @Test
    void anUnknownSettingIsRefusedWithTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MailSecurity.parse("ssl"));
        assertTrue(
                e.getMessage().contains("\"ssl\"") && e.getMessage().contains("none, starttls, tls"), e.getMessage());
    }

    @Test
    void startTlsIsRequiredAndTlsIsFromTheFirstByteBothCheckingTheServersName() {
        Properties starttls = new Properties();
        MailSecurity.STARTTLS.configure(starttls);
        assertEquals("true", starttls.get("mail.smtp.starttls.enable"));
        assertEquals("true", starttls.get("mail.smtp.starttls.required"));
        assertEquals("true", starttls.get("mail.smtp.ssl.checkserveridentity"));
        assertFalse(starttls.containsKey("mail.smtp.ssl.enable"));

        Properties tls = new Properties();
        MailSecurity.TLS.configure(tls);
        assertEquals("true", tls.get("mail.smtp.ssl.enable"));
        assertFalse(tls.containsKey("mail.smtp.starttls.enable"));

        Properties none = new Properties();
        MailSecurity.NONE.configure(none);
        assertTrue(none.isEmpty());
    }

    @Test
    void temporaryFailuresAreTriedAgainAndPermanentOnesAreNot() {
        assertEquals(
                Outcome.RETRY,
                SmtpMailSender.outcomeOf(new MessagingException(
                                "Couldn't connect to host, port: localhost, 13025; timeout 10000",
                                new ConnectException("Connection refused")))
                        .outcome());
        assertEquals(
                Outcome.RETRY,
                SmtpMailSender.outcomeOf(new MessagingException("451 4.3.0 Try again later"))
                        .outcome());
        assertEquals(
                Outcome.RETRY,
                SmtpMailSender.outcomeOf(new AuthenticationFailedException("535 5.7.8 credentials invalid"))
                        .outcome(),
                "a refused sign-in is the relay's settings, which may be mended");
        SendFailedException unknown = new SendFailedException("Invalid Addresses");
        unknown.setNextException(new MessagingException("550 5.1.1 <x@example.com>: user unknown"));
        assertEquals(Outcome.REJECTED, SmtpMailSender.outcomeOf(unknown).outcome());
        assertEquals(
                Outcome.REJECTED,
                SmtpMailSender.outcomeOf(new AddressException("Illegal address", "a b@c"))
                        .outcome());
    }
}
