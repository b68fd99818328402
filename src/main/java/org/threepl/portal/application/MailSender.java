package org.threepl.portal.application;

/**
 * Sends a plain-text mail. Mail may be off (nothing is sent); a mail that cannot be sent is logged, never thrown: an
 * alert stays recorded and shown in the portal either way.
 *
 * <p>A port of the application, implemented in infrastructure by {@code SmtpMailSender} (SMTP, from the
 * {@code portal.mail.*} variables).
 */
public interface MailSender {
    /** True if the mail was handed to the mail server. */
    boolean send(String to, String subject, String text);
}
