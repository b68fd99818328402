package org.threepl.portal.application.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The queue of mails to send. {@link #add} joins the caller's transaction (the mail is sent only if the change
 * commits); the others are the mail job's, each its own short transaction.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaMailOutbox}.
 */
public interface MailOutbox {

    /** Queues one mail, due at once, in the caller's transaction. */
    void add(String recipient, String subject, String text, Instant now);

    /** Queues one mail with a file, due at once, in the caller's transaction. */
    void add(String recipient, String subject, String text, MailAttachment attachment, Instant now);

    /** The file of a queued mail, if it has one. */
    Optional<MailAttachment> attachment(long id);

    /** At most {@code limit} pending mails due by {@code now}, the longest due first. */
    List<QueuedMail> due(Instant now, int limit);

    /** The mail was sent (its attempts counted). */
    void sent(long id, int attempts, Instant at);

    /** The mail could not be sent now: its next attempt and why. */
    void retryAt(long id, int attempts, Instant next, String error);

    /** The mail is given up for good. */
    void failed(long id, int attempts, String error);

    /** Removes the sent and failed mails queued before {@code before}; how many. */
    int purgeFinishedBefore(Instant before);
}
