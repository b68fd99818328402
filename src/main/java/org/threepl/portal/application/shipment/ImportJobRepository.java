package org.threepl.portal.application.shipment;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.threepl.portal.domain.model.shipment.ImportJob;

/**
 * Import jobs. Every change commits at once, so that every server sees a job's progress as it happens.
 *
 * <p>A port of the application, implemented in infrastructure by {@code JpaImportJobRepository}.
 */
public interface ImportJobRepository {
    Long add(ImportJob job);

    /** Applies a change to the job in a transaction of its own. */
    void change(Long id, Consumer<ImportJob> change);

    Optional<ImportJob> find(Long id);

    /** The job with its problems and rejected lines as written. */
    Optional<ImportJob> findWithRejectedLines(Long id);

    List<ImportJob> latest(int count);

    /** Removes the jobs that finished (done or failed) before the time, with their problems and rejected lines. */
    int purgeFinishedBefore(java.time.Instant before);
}
