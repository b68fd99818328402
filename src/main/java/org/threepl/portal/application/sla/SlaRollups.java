package org.threepl.portal.application.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.sla.RollupsUpdated;

/** The 3PL's commands on the KPI roll-ups: run the scheduled roll-up now, recompute an organisation's days. */
@ApplicationScoped
@Transactional
public class SlaRollups {

    @Inject
    SlaAccess access;

    @Inject
    KpiRollups rollupJob;

    @Inject
    KpiRollupRepository rollups;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Clock clock;

    @Inject
    Event<RollupsUpdated> updated;

    /**
     * The outcome of a roll-up run asked for by hand: whether this server ran it (another may hold the lease) and how
     * long it took.
     */
    public record RollupRun(boolean ran, long millis) {}

    /**
     * Runs the scheduled roll-up job now, as the scheduler would (the days fed by changed shipments, the last three
     * days, then the alerts), outside any transaction of the caller's.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RollupRun runRollupsNow() {
        AccessPolicy.require(AccessPolicy.mayOperatePortal(access.caller()), "Only the 3PL runs the KPI roll-ups");
        long started = System.nanoTime();
        boolean ran = rollupJob.run();
        return new RollupRun(ran, (System.nanoTime() - started) / 1_000_000);
    }

    /** Recomputes an organisation's daily roll-ups for a range of days (after a correction, or to backfill). */
    public long recompute(Long organisationId, LocalDate from, LocalDate to) {
        Caller caller = access.caller();
        if (organisations.find(caller.tenantScope(), organisationId).isEmpty()) {
            throw new NotFoundException("Organisation " + organisationId);
        }
        AccessPolicy.require(AccessPolicy.mayOperatePortal(caller), "Only the 3PL recomputes KPI roll-ups");
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainRuleViolation(
                    "to", "rule.slaRollups.range", "Give a range of days: from, then to on or after it");
        }
        if (from.plusYears(3).isBefore(to)) {
            throw new DomainRuleViolation("to", "rule.slaRollups.tooLong", "Recompute at most three years at once");
        }
        long read = rollups.recompute(organisationId, from, to, clock.instant());
        updated.fire(new RollupsUpdated(organisationId));
        return read;
    }
}
