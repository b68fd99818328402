package org.threepl.portal.application;

import java.util.List;
import java.util.Optional;

/**
 * What the health checks ask about this server beyond the database: whether it has started (schema migrated and
 * validated, initial data loaded) and whether its scheduled jobs still run.
 *
 * <p>A port of the application, implemented in infrastructure by {@code ServerStateProbe}.
 */
public interface ServerState {

    /** The schema version once the database is migrated, the mapping validated and the initial data loaded. */
    Optional<String> startedAtSchemaVersion();

    /**
     * The jobs whose timer has stopped for good while the application runs (a run ended by an error the timer could not
     * survive): a server that no longer does its share of the work.
     */
    List<String> stoppedJobs();
}
