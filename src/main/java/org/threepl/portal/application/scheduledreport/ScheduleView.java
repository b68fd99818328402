package org.threepl.portal.application.scheduledreport;

import java.io.Serializable;
import java.time.Instant;
import org.threepl.portal.domain.model.report.PauseReason;
import org.threepl.portal.domain.model.report.ReportSchedule;
import org.threepl.portal.domain.model.report.ScheduleState;

/** A schedule as its owner sees it on the page: what it sends, when, and whether (if paused, why). */
public record ScheduleView(
        Long id,
        ScheduleForm form,
        String organisationName,
        ScheduleState state,
        PauseReason pauseReason,
        String pauseDetail,
        Instant nextRunAt,
        Instant lastRunAt)
        implements Serializable {

    static ScheduleView of(ReportSchedule s, String organisationName) {
        var c = s.cadence();
        ScheduleForm form = new ScheduleForm(
                s.title(),
                s.kind(),
                s.organisationId(),
                s.filter(),
                s.format(),
                s.language(),
                s.delivery(),
                c.frequency(),
                c.dayOfWeek(),
                c.dayOfMonth(),
                c.timeOfDay(),
                c.zone().getId());
        return new ScheduleView(
                s.id(),
                form,
                organisationName,
                s.state(),
                s.pauseReason(),
                s.pauseDetail(),
                s.nextRunAt(),
                s.lastRunAt());
    }

    public boolean active() {
        return state == ScheduleState.ACTIVE;
    }
}
