package org.threepl.portal.application.view;

import java.time.Instant;
import java.util.List;
import org.threepl.portal.domain.model.shipment.ImportJob;

/**
 * An import job as the portal shows it; {@code startedByKind}: whether a person (USER) or an API key (CREDENTIAL)
 * started it; {@code interrupted}: running, but its server has gone quiet; {@code outcome}: how it ended (none while
 * under way); {@code rejectedLinesKept}: its rejected lines can be downloaded as a file.
 */
public record ImportJobView(
        Long id,
        ImportJob.Kind kind,
        String fileName,
        String startedBy,
        String startedByKind,
        ImportJob.Status status,
        boolean interrupted,
        boolean finished,
        int percent,
        long linesRead,
        long created,
        long updated,
        long rejected,
        String method,
        String failure,
        List<ImportJob.LineProblem> problems,
        boolean problemsTruncated,
        Instant queuedAt,
        Instant finishedAt,
        ImportJob.Outcome outcome,
        boolean rejectedLinesKept) {

    public static ImportJobView of(ImportJob j, Instant now, boolean withProblems) {
        return new ImportJobView(
                j.id(),
                j.kind(),
                j.fileName(),
                j.startedBy().name(),
                j.startedBy().kind().name(),
                j.status(),
                j.isInterrupted(now),
                j.isFinished(),
                j.percent(),
                j.linesRead(),
                j.created(),
                j.updated(),
                j.rejected(),
                j.method(),
                j.failure(),
                withProblems ? j.problems() : List.of(),
                j.errorsTruncated(),
                j.queuedAt(),
                j.finishedAt(),
                j.outcome(),
                j.headerLine() != null && j.rejected() > 0);
    }

    /**
     * Where it stands, in one word for the page ({@code imports.status.} + it): {@code QUEUED}, {@code RUNNING},
     * {@code INTERRUPTED}, or its outcome {@code FINISHED}, {@code FINISHED_WITH_ERRORS}, {@code FAILED}.
     */
    public String state() {
        if (interrupted) {
            return "INTERRUPTED";
        }
        return outcome != null ? outcome.name() : status.name();
    }

    /**
     * The colour of its state: {@code success}, {@code warning} (some lines rejected), {@code danger}, {@code info}
     * (under way).
     */
    public String severity() {
        return switch (state()) {
            case "FINISHED" -> "success";
            case "FINISHED_WITH_ERRORS" -> "warning";
            case "FAILED", "INTERRUPTED" -> "danger";
            default -> "info";
        };
    }
}
