package org.threepl.portal.application.scheduledreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.threepl.portal.application.mail.OutgoingMail;

/**
 * The report job's entry points: the due schedules sent one by one ({@link ReportRun}, each its own transaction), a
 * schedule whose report fails paused with the reason; and the expired linked files purged.
 */
@ApplicationScoped
public class ReportRuns {

    private static final Logger LOG = Logger.getLogger(ReportRuns.class.getName());
    /** Schedules sent per run at most, so that a run (and its lease) stays short; the next run takes the rest. */
    static final int BATCH = 20;

    @Inject
    ReportScheduleRepository schedules;

    @Inject
    ReportRun run;

    @Inject
    OutgoingMail mail;

    @Inject
    Clock clock;

    /** False if mail is off: reports are sent by mail only, so there is nothing to do. */
    public boolean enabled() {
        return mail.enabled();
    }

    /** Sends the due schedules, longest due first; how many were sent. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int sendDue() {
        List<Long> due = schedules.dueIds(clock.instant(), BATCH);
        int sent = 0;
        for (Long id : due) {
            try {
                ReportRun.Outcome outcome = run.send(id);
                if (outcome == ReportRun.Outcome.SENT) {
                    sent++;
                } else if (outcome == ReportRun.Outcome.PAUSED) {
                    LOG.info(() -> "Report schedule " + id + " paused: its owner may no longer receive it");
                }
            } catch (RuntimeException e) {
                String why = "The report could not be made: " + e.getClass().getSimpleName() + ": " + e.getMessage();
                LOG.warning(() -> "Report schedule " + id + " paused. " + why);
                run.failed(id, why);
            }
        }
        return sent;
    }

    /** Removes the linked files past their days; how many. */
    @Transactional
    public int purgeExpiredFiles() {
        return schedules.purgeFilesExpiredBefore(clock.instant());
    }
}
