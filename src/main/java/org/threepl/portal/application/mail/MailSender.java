package org.threepl.portal.application.mail;

/**
 * Hands one plain-text mail to the mail server, outside any transaction (the mail job's port, never called in a
 * change's transaction: mail is queued in {@link MailOutbox} and sent after commit). Mail may be off (no server set);
 * then nothing is queued at all.
 *
 * <p>A port of the application, implemented in infrastructure by {@code SmtpMailSender} (SMTP, from the
 * {@code portal.mail.*} variables).
 */
public interface MailSender {

    /** What became of one mail, and whether trying it again later may help. */
    enum Outcome {
        /** The mail server took the mail. */
        SENT,
        /** Not now (server unreachable, a temporary 4xx answer, sign-in refused): try again later. */
        RETRY,
        /** Refused for good (a permanent 5xx answer, a bad address): trying again would not help. */
        REJECTED
    }

    /** An outcome and, unless sent, why (the server's answer or the error; never the password). */
    record Result(Outcome outcome, String detail) {

        public static Result sent() {
            return new Result(Outcome.SENT, null);
        }
    }

    /** False if mail is off: no mail server is configured. */
    boolean enabled();

    /** Sends one mail now; never throws for a mail that could not be sent, it says so in the result. */
    Result send(String to, String subject, String text);

    /** Sends one mail with a file attached now; never throws for a mail that could not be sent. */
    Result send(String to, String subject, String text, MailAttachment attachment);
}
