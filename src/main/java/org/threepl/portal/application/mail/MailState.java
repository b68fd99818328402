package org.threepl.portal.application.mail;

/** Where a queued mail stands. */
public enum MailState {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Taken by the mail server. */
    SENT,
    /** Given up: refused for good, or still not sent when its time for retries ran out. */
    FAILED
}
