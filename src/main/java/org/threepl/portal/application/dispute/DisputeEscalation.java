package org.threepl.portal.application.dispute;

import java.time.LocalDate;

/**
 * The escalation of overdue disputes (with the deadline reminders) run now, on demand, under the same lease as its
 * scheduled runs, so that a dispute goes up one level once however many servers and requests run it. The scheduled job
 * calls {@link DisputeDeadlines} for the work.
 *
 * <p>A port of the application, implemented in infrastructure by the job itself ({@code DisputeEscalationJob}).
 */
public interface DisputeEscalation {

    /** One run as of {@code day}: the number escalated, or -1 if another server holds the lease. */
    int run(LocalDate day);
}
