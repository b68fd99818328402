package org.threepl.portal.application.scheduledreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.NotFoundException;

/** A report's file kept for the link in its mail: for the signed-in owner, until it expires; anyone else finds none. */
@ApplicationScoped
@Transactional
public class ReportFiles {

    @Inject
    CallerContext callers;

    @Inject
    ReportScheduleRepository schedules;

    @Inject
    Clock clock;

    /** A file to download. */
    public record Download(String fileName, String contentType, byte[] content) {}

    /** The file {@code token} names, if it is the caller's and not expired; otherwise not found, like a wrong token. */
    public Download download(String token) {
        Long caller = callers.current().userId();
        return schedules
                .findFile(token == null ? "" : token)
                .filter(f -> f.availableTo(caller, clock.instant()))
                .map(f -> new Download(f.fileName(), f.contentType(), f.content()))
                .orElseThrow(() -> new NotFoundException("Report file"));
    }
}
