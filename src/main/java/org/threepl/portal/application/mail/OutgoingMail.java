package org.threepl.portal.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.metrics.OperationsMetrics;

/**
 * The portal's outgoing mail: queued in the caller's transaction ({@link #queue}), sent after commit by the mail job
 * ({@link #deliverDue}) with retries ({@link MailRetry}), and the finished ones purged by the housekeeping. With mail
 * off nothing is queued: the portal's notifications are all there is.
 */
@ApplicationScoped
public class OutgoingMail {

    private static final Logger LOG = Logger.getLogger(OutgoingMail.class.getName());
    /** Mails sent per run at most, so that a run (and its lease) stays short; the next run takes the rest. */
    static final int BATCH = 50;
    /**
     * A run stops after this many mails in a row were not sent for a reason worth a retry: the relay is most likely
     * down, and each try may wait for its timeout. The rest stay due for the next runs.
     */
    static final int RETRIES_PER_RUN = 3;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSender sender;

    @Inject
    Clock clock;

    @Inject
    OperationsMetrics metrics;

    @Inject
    @ConfigProperty(name = "portal.mail.retry.seconds", defaultValue = "30")
    long firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.keep.days", defaultValue = "30")
    int keepDays;

    @Inject
    @ConfigProperty(name = "portal.mail.attachment.max-bytes", defaultValue = "5242880")
    int maxAttachmentBytes;

    /** False if mail is off (no mail server is configured). */
    public boolean enabled() {
        return sender.enabled();
    }

    /** Queues one mail in the caller's transaction (nothing if mail is off); it is sent once the change commits. */
    public void queue(String to, String subject, String text) {
        if (sender.enabled()) {
            outbox.add(to, subject, text, clock.instant());
        }
    }

    /**
     * Whether a file of {@code bytes} may be attached ({@code portal.mail.attachment.max-bytes}, 5 MiB): larger files
     * would be refused by many relays and would weigh on the outbox; they go as a link instead.
     */
    public boolean attachable(long bytes) {
        return bytes <= maxAttachmentBytes;
    }

    /**
     * Queues one mail with {@code attachment} in the caller's transaction (nothing if mail is off); a file larger than
     * {@link #attachable} allows is refused.
     */
    public void queue(String to, String subject, String text, MailAttachment attachment) {
        if (!attachable(attachment.size())) {
            throw new IllegalArgumentException("An attachment of " + attachment.size() + " bytes is over the "
                    + maxAttachmentBytes + " bytes a mail may carry");
        }
        if (sender.enabled()) {
            outbox.add(to, subject, text, attachment, clock.instant());
        }
    }

    /**
     * Sends the due mails, longest due first, each outside any transaction, and records each outcome in a short
     * transaction of its own: sent, tried again later, or given up (logged as a warning); stops early when the relay
     * seems down ({@link #RETRIES_PER_RUN}). How many were sent.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int deliverDue() {
        List<QueuedMail> due = outbox.due(clock.instant(), BATCH);
        int sent = 0;
        int retriesInARow = 0;
        for (QueuedMail mail : due) {
            if (retriesInARow >= RETRIES_PER_RUN) {
                LOG.fine(() -> "Mail run stopped after " + RETRIES_PER_RUN + " mails in a row not sent");
                break;
            }
            MailSender.Result result = send(mail);
            int attempts = mail.attempts() + 1;
            Instant now = clock.instant();
            if (result.outcome() == MailSender.Outcome.SENT) {
                outbox.sent(mail.id(), attempts, now);
                metrics.mailSent();
                sent++;
                retriesInARow = 0;
                continue;
            }
            Optional<Instant> next = result.outcome() == MailSender.Outcome.RETRY
                    ? retry().next(
                                    attempts,
                                    mail.createdAt(),
                                    now,
                                    ThreadLocalRandom.current().nextDouble())
                    : Optional.empty();
            retriesInARow = result.outcome() == MailSender.Outcome.RETRY ? retriesInARow + 1 : 0;
            if (next.isPresent()) {
                outbox.retryAt(mail.id(), attempts, next.get(), result.detail());
                metrics.mailRetried();
                LOG.info(() -> "Mail " + mail.id() + " not sent (attempt " + attempts + "), next at " + next.get()
                        + ": " + result.detail());
            } else {
                outbox.failed(mail.id(), attempts, result.detail());
                metrics.mailGivenUp();
                LOG.warning(() -> "Mail " + mail.id() + " to " + mail.recipient() + " given up after " + attempts
                        + " attempt(s): " + result.detail());
            }
        }
        return sent;
    }

    /** Removes the sent and failed mails older than {@code portal.mail.keep.days} (30); how many. */
    @Transactional
    public int purge() {
        return outbox.purgeFinishedBefore(clock.instant().minus(Duration.ofDays(keepDays)));
    }

    private MailSender.Result send(QueuedMail mail) {
        if (!mail.attached()) {
            return sender.send(mail.recipient(), mail.subject(), mail.text());
        }
        return outbox.attachment(mail.id())
                .map(file -> sender.send(mail.recipient(), mail.subject(), mail.text(), file))
                .orElseGet(() -> sender.send(mail.recipient(), mail.subject(), mail.text()));
    }

    MailRetry retry() {
        return MailRetry.standard(Duration.ofSeconds(firstRetrySeconds));
    }
}
