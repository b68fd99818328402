package org.threepl.portal.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.Housekeeping;
import org.threepl.portal.application.NotificationService;
import org.threepl.portal.application.PersonalDataErasure;
import org.threepl.portal.application.idempotency.IdempotentRequests;
import org.threepl.portal.application.mail.OutgoingMail;
import org.threepl.portal.application.scheduledreport.ReportRuns;
import org.threepl.portal.application.shipment.ImportJobService;
import org.threepl.portal.application.webhook.WebhookAttempts;
import org.threepl.portal.infrastructure.persistence.TrackingEventPartitions;
import org.threepl.portal.infrastructure.security.DatabaseLoginThrottle;

/**
 * Removes what is no longer needed: sign-in throttle rows whose window and pause have passed, and the mails sent or
 * given up more than {@code portal.mail.keep.days} (30) ago, the webhook deliveries finished more than
 * {@code portal.webhooks.keep.days} (30) ago with the events no delivery needs, Idempotency-Key records older than 24
 * hours, the scheduled reports' files past their {@code portal.reports.link.days}, notifications read more than
 * {@code portal.notifications.keep.days} (90) ago, file imports finished more than {@code portal.imports.keep.days}
 * (90) ago; it replaces erased people's names in the records with their pseudonyms, and on PostgreSQL it makes the
 * tracking events' partitions of the months ahead ({@link TrackingEventPartitions}). Every
 * {@code portal.housekeeping.minutes} (60), on the server holding the lease.
 */
@ApplicationScoped
public class HousekeepingJob implements Housekeeping {

    static final String JOB = "housekeeping";
    private static final Logger LOG = Logger.getLogger(HousekeepingJob.class.getName());

    @Inject
    DatabaseLoginThrottle throttle;

    @Inject
    OutgoingMail mail;

    @Inject
    WebhookAttempts webhooks;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    ReportRuns reports;

    @Inject
    NotificationService notificationService;

    @Inject
    ImportJobService importJobs;

    @Inject
    PersonalDataErasure erasures;

    @Inject
    TrackingEventPartitions partitions;

    @Inject
    LeasedScheduler scheduler;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.housekeeping.minutes", defaultValue = "60")
    int intervalMinutes;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        scheduler.every(JOB, Duration.ofMinutes(intervalMinutes), Duration.ofSeconds(5), run -> purge().watermark());
    }

    /** One run if this server gets the lease: the throttle rows removed, or -1 if another run holds the lease. */
    @Override
    public int run() {
        return scheduler.runNow(JOB, run -> purge()).orElse(-1);
    }

    private JobRun.Done<Integer> purge() {
        var started = clock.instant();
        int purged = throttle.purge();
        if (purged > 0) {
            LOG.info(() -> purged + " expired sign-in throttle row(s) removed");
        }
        int mails = mail.purge();
        if (mails > 0) {
            LOG.info(() -> mails + " sent or given-up mail(s) removed from the outbox");
        }
        int deliveries = webhooks.purgeFinished();
        if (deliveries > 0) {
            LOG.info(() -> deliveries + " finished webhook deliveries removed from the log");
        }
        int answers = idempotency.purgeExpired();
        if (answers > 0) {
            LOG.info(() -> answers + " Idempotency-Key record(s) older than 24 hours removed");
        }
        int files = reports.purgeExpiredFiles();
        if (files > 0) {
            LOG.info(() -> files + " expired scheduled report file(s) removed");
        }
        int notifications = notificationService.purgeRead();
        if (notifications > 0) {
            LOG.info(() -> notifications + " read notification(s) removed");
        }
        int imports = importJobs.purgeFinished();
        if (imports > 0) {
            LOG.info(() -> imports + " finished import job(s) removed with their problems and rejected lines");
        }
        int erased = erasures.pseudonymiseRecords();
        if (erased > 0) {
            LOG.info(() -> erased + " erased person(s)' names replaced by their pseudonyms in the records");
        }
        var months = partitions.prepareMonths();
        if (!months.isEmpty()) {
            LOG.info(() -> "tracking events' partitions created: " + String.join(", ", months));
        }
        return JobRun.done(purged, started);
    }
}
