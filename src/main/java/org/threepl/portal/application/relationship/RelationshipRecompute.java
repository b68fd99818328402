package org.threepl.portal.application.relationship;

import java.util.Optional;

/**
 * The recomputation of the relationship figures run now, on demand, under the same lease as its scheduled runs, so that
 * two runs never overlap. The scheduled job calls {@link RelationshipComputation} for the work.
 *
 * <p>A port of the application, implemented in infrastructure by the job itself ({@code RelationshipRecomputeJob}).
 */
public interface RelationshipRecompute {

    /** One run (every client, or one), if this server gets the lease; empty if another run holds it. */
    Optional<RelationshipComputation.Result> run(Long onlyOrganisation);
}
