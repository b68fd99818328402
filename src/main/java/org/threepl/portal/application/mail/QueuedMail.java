package org.threepl.portal.application.mail;

import java.time.Instant;

/** A mail in the outbox, as the mail job reads it: the attempts made so far and when it was queued. */
public record QueuedMail(long id, String recipient, String subject, String text, Instant createdAt, int attempts) {}
