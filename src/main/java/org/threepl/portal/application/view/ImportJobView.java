package org.threepl.portal.application.view;

import org.threepl.portal.domain.model.shipment.ImportJob;

import java.time.Instant;
import java.util.List;

/**
 * An import job as the portal shows it; {@code startedByKind}: whether a person (USER) or an API key (CREDENTIAL)
 * started it; {@code interrupted}: running, but its server has gone quiet.
 */
public record ImportJobView(Long id, ImportJob.Kind kind, String fileName, String startedBy, String startedByKind, ImportJob.Status status,
                            boolean interrupted, boolean finished, int percent, long linesRead, long created, long updated,
                            long rejected, String method, String failure, List<ImportJob.LineProblem> problems,
                            boolean problemsTruncated, Instant queuedAt, Instant finishedAt) {

    public static ImportJobView of(ImportJob j, Instant now, boolean withProblems) {
        return new ImportJobView(j.id(), j.kind(), j.fileName(), j.startedBy().name(), j.startedBy().kind().name(), j.status(), j.isInterrupted(now),
                j.isFinished(), j.percent(), j.linesRead(), j.created(), j.updated(), j.rejected(), j.method(), j.failure(),
                withProblems ? j.problems() : List.of(), j.errorsTruncated(), j.queuedAt(), j.finishedAt());
    }
}
