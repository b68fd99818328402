package org.threepl.portal.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.scheduledreport.ReportRuns;

/**
 * Sends the due scheduled reports every {@code portal.reports.poll.seconds} (30), on the server holding the lease: two
 * servers never send one report at once. Not scheduled when mail is off, since reports go by mail only.
 */
@ApplicationScoped
public class ScheduledReportJob {

    static final String JOB = "scheduled-reports";
    private static final Logger LOG = Logger.getLogger(ScheduledReportJob.class.getName());

    @Inject
    ReportRuns reports;

    @Inject
    LeasedScheduler scheduler;

    @Inject
    @ConfigProperty(name = "portal.reports.poll.seconds", defaultValue = "30")
    int pollSeconds;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!reports.enabled()) {
            LOG.info("Scheduled reports: off, since mail is off");
            return;
        }
        scheduler.every(JOB, Duration.ofSeconds(pollSeconds), Duration.ofSeconds(pollSeconds), run -> {
            int sent = reports.sendDue();
            if (sent > 0) {
                LOG.fine(() -> sent + " scheduled report(s) sent");
            }
            return null;
        });
    }
}
