package org.threepl.portal.application.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;

/** The relationship figures recomputed when asked for, as the scheduler would: one client, or all. */
@ApplicationScoped
public class Recomputations {

    @Inject
    RelationshipCallers access;

    @Inject
    RelationshipRecompute job;

    /**
     * The outcome of a recomputation asked for: whether this server ran it (another may hold the lease), what it did.
     */
    public record RecomputeRun(boolean ran, LocalDate asOf, int clients, int snapshots, int tasks, long millis) {}

    /**
     * Runs the computation now, as the scheduler would: one client (its account managers may ask) or all (ops admins
     * and 3PL keys); outside the caller's transaction.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RecomputeRun recompute(Long organisationId) {
        Caller caller = access.current();
        if (organisationId != null) {
            access.internal(organisationId);
            AccessPolicy.require(
                    RelationshipAccess.mayManage(caller),
                    "Only the client's account managers and the 3PL's operations admins"
                            + " recompute its relationship figures");
        } else {
            AccessPolicy.require(
                    RelationshipAccess.mayDecide(caller), "Only the 3PL's operations admins recompute every client");
        }
        long started = System.nanoTime();
        Optional<RelationshipComputation.Result> r = job.run(organisationId);
        long ms = (System.nanoTime() - started) / 1_000_000;
        return r.map(x -> new RecomputeRun(true, x.asOf(), x.clients(), x.snapshots(), x.tasks(), ms))
                .orElse(new RecomputeRun(false, access.today(), 0, 0, 0, ms));
    }
}
