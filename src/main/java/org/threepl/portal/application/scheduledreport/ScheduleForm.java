package org.threepl.portal.application.scheduledreport;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.threepl.portal.domain.model.report.Cadence;
import org.threepl.portal.domain.model.report.ReportDelivery;
import org.threepl.portal.domain.model.report.ReportFormat;
import org.threepl.portal.domain.model.report.ReportKind;
import org.threepl.portal.domain.model.report.ReportLanguage;

/**
 * A schedule as the page states it. {@code filter} is the shipment history's filter as query parameters (as saved
 * filters keep it); {@code organisationId} the report's organisation (the SLA report's; for a client, their own).
 */
public record ScheduleForm(
        String title,
        ReportKind kind,
        Long organisationId,
        String filter,
        ReportFormat format,
        ReportLanguage language,
        ReportDelivery delivery,
        Cadence.Frequency frequency,
        DayOfWeek dayOfWeek,
        Integer dayOfMonth,
        LocalTime timeOfDay,
        String timeZone)
        implements Serializable {

    Cadence cadence() {
        return Cadence.of(frequency, dayOfWeek, dayOfMonth, timeOfDay, timeZone);
    }
}
