package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Housekeeping on demand, for the 3PL: the scheduled run, now, under the same lease. */
@ApplicationScoped
public class MaintenanceService {

    @Inject
    CallerContext callers;

    @Inject
    Housekeeping housekeeping;

    /** What a run did: whether this server ran it (another may hold the lease) and the throttle rows it removed. */
    public record HousekeepingRun(boolean ran, int throttleRowsRemoved) {}

    public HousekeepingRun runHousekeeping() {
        AccessPolicy.require(AccessPolicy.mayOperatePortal(callers.current()), "Only the 3PL runs the housekeeping");
        int removed = housekeeping.run();
        return new HousekeepingRun(removed >= 0, Math.max(0, removed));
    }
}
