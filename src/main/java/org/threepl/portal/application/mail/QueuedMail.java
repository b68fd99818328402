package org.threepl.portal.application.mail;

import java.time.Instant;

/**
 * A mail in the outbox, as the mail job reads it: the attempts made so far, when it was queued, and whether it has an
 * attachment (read only when the mail is sent, so that a batch of due mails stays small).
 */
public record QueuedMail(
        long id, String recipient, String subject, String text, Instant createdAt, int attempts, boolean attached) {

    /** A mail without an attachment. */
    public QueuedMail(long id, String recipient, String subject, String text, Instant createdAt, int attempts) {
        this(id, recipient, subject, text, createdAt, attempts, false);
    }
}
