package org.threepl.portal.application.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.Notifier;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.dispute.Change;
import org.threepl.portal.domain.model.dispute.Dispute;
import org.threepl.portal.domain.model.dispute.DisputeProcedure;
import org.threepl.portal.domain.model.dispute.DisputeRecord;
import org.threepl.portal.domain.model.dispute.DisputeState;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.Message;

/**
 * Deadlines and escalation: reminders of deadlines coming up, and overdue ladder levels escalated; the deadline job's
 * entry points, and its run asked for by the 3PL.
 */
@ApplicationScoped
@Transactional
public class DisputeDeadlines {

    /** The portal's own job escalating overdue disputes, as it appears on their records. */
    static final Actor DEADLINE_JOB = Actor.system("system");

    /** Days before a deadline at which the 3PL's account managers are reminded of it. */
    static final int REMIND_DAYS_BEFORE = 3;

    @Inject
    DisputeAccess access;

    @Inject
    DisputeRepository disputes;

    @Inject
    DisputeEscalation escalationJob;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    /** Escalates every open dispute whose ladder level has run out of time on {@code day}; returns how many. */
    public int escalateOverdue(LocalDate day) {
        int n = 0;
        Map<Long, DisputeProcedure> procedures = new HashMap<>();
        for (DisputeRepository.OpenDeadlines o : disputes.openDeadlines()) {
            DisputeProcedure p = procedures.computeIfAbsent(
                    o.procedureId(),
                    id -> disputes.procedure(id)
                            .orElseThrow(() ->
                                    new IllegalStateException("The procedure of dispute " + o.id() + " is gone")));
            LocalDate due = p.escalatesOn(o.level(), o.levelSince());
            if (due == null || !day.isAfter(due)) {
                continue; // only the overdue ones are loaded (and then checked again by the dispute itself)
            }
            Dispute d = disputes.find(TenantScope.all(), o.id()).orElse(null);
            if (d != null && d.levelOverdue(p, day)) {
                Change c = d.escalate(
                        null,
                        p,
                        "the time limit of " + p.ladder().get(d.level()).name() + " ran out",
                        day);
                disputes.add(new DisputeRecord(d, c, DEADLINE_JOB, null, clock.instant()));
                n++;
            }
        }
        return n;
    }

    /**
     * Reminds the account managers of every open dispute whose deadline (to acknowledge while filed, to resolve
     * afterwards) falls within {@value #REMIND_DAYS_BEFORE} days of {@code day}, once per deadline; returns how many
     * reminders went out.
     */
    public int remindOfDeadlines(LocalDate day) {
        int n = 0;
        for (DisputeRepository.OpenDeadlines o : disputes.openDeadlines()) {
            boolean filed = o.state() == DisputeState.FILED;
            LocalDate due = filed ? o.acknowledgeBy() : o.resolveBy();
            if (day.isAfter(due) || day.plusDays(REMIND_DAYS_BEFORE).isBefore(due)) {
                continue;
            }
            String deadline = filed ? "ACKNOWLEDGE" : "RESOLVE";
            if (disputes.remindOnce(o.id(), deadline, due, clock.instant())) {
                Dispute d = disputes.find(TenantScope.all(), o.id()).orElseThrow();
                notifier.tell(
                        notifier.accountManagersOf(d.organisationId()),
                        Message.of(
                                "dispute.deadline." + deadline + ".subject",
                                Message.text(d.claimNumber()),
                                Message.day(due)),
                        Message.of(
                                "dispute.deadline." + deadline + ".body",
                                Message.text(d.claimNumber()),
                                Message.term("dispute.kind.", d.kind()),
                                Message.amount(d.amountClaimed()),
                                Message.term("dispute.state.", d.state()),
                                Message.day(due)),
                        "/dispute.xhtml?id=" + d.id());
                n++;
            }
        }
        return n;
    }

    /**
     * The deadline job's run asked for by the 3PL (e.g. its own scheduler, or to catch up for a day), under the job's
     * lease like the scheduled runs: the number escalated, or -1 if another server is running it. Outside any
     * transaction: each step commits before the lease is given up.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int escalateOverdueAsAsked(LocalDate day) {
        Caller caller = access.caller();
        AccessPolicy.require(
                AccessPolicy.mayOperatePortal(caller), "Only the 3PL runs the escalation of overdue disputes");
        return escalationJob.run(day == null ? access.today() : day);
    }
}
