package org.threepl.portal.application.scheduledreport;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.domain.model.report.ReportFile;
import org.threepl.portal.domain.model.report.ReportSchedule;

/**
 * Report schedules and the files kept for their links, in the caller's transaction.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaReportScheduleRepository}.
 */
public interface ReportScheduleRepository {

    ReportSchedule add(ReportSchedule schedule);

    Optional<ReportSchedule> find(Long id);

    /** A schedule to change in this transaction, locked against the report job sending it meanwhile. */
    Optional<ReportSchedule> lock(Long id);

    /** The schedules of one user, by title. */
    List<ReportSchedule> ownedBy(Long ownerId);

    /** The ids of at most {@code limit} active schedules due by {@code now}, the longest due first. */
    List<Long> dueIds(Instant now, int limit);

    void remove(ReportSchedule schedule);

    ReportFile addFile(ReportFile file);

    Optional<ReportFile> findFile(String token);

    /** Removes the files that expired before {@code now}; how many. */
    int purgeFilesExpiredBefore(Instant now);
}
