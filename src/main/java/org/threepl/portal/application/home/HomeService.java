package org.threepl.portal.application.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.NotificationService;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.sla.KpiResultView;
import org.threepl.portal.application.sla.SlaDashboards;
import org.threepl.portal.domain.model.account.Role;

/**
 * The first screen after sign-in, one per role: what needs the reader's attention now, each figure a count over current
 * facts or the SLA roll-ups (never a scan of the shipment history), each linking to the list behind it.
 */
@ApplicationScoped
@Transactional
public class HomeService {

    /** Invoices falling due within this many days are "due soon". */
    static final int DUE_SOON_DAYS = 7;
    /** A scheduled job that has not finished a run for this long needs a look. */
    static final Duration JOB_QUIET = Duration.ofHours(25);

    @Inject
    CallerContext callers;

    @Inject
    HomeCounts figures;

    @Inject
    NotificationService notifications;

    @Inject
    SlaDashboards sla;

    @Inject
    Clock clock;

    /** A client's home: its shipments on their way and in trouble, last closed period, disputes, invoices, alerts. */
    public record ClientHome(
            long onTheWay,
            long openExceptions,
            List<KpiResultView> lastClosedPeriod,
            long disputesAwaitingAnswer,
            long invoicesDueSoon,
            long invoicesOverdue,
            long unreadAlerts) {}

    /** An account manager's (or an ops admin's, across every client) work: what is late or waits for them. */
    public record StaffWork(
            long overdueDisputes, long breachesAwaitingComment, long openReminders, long clientsAtRisk) {}

    /** How a scheduled job is doing. */
    public enum JobHealth {
        RUNNING,
        RECENT,
        QUIET,
        NEVER_RUN
    }

    public record JobView(String name, JobHealth health, Instant lastFinished) {}

    /** The operations admin's home: the staff work across all clients, approvals, imports, jobs and sign-in trouble. */
    public record OperationsHome(
            StaffWork work,
            long pendingApprovals,
            long importsRunning,
            long importsWithProblems,
            long failedSignInsToday,
            List<JobView> jobs) {}

    public ClientHome client() {
        Caller caller = callers.current();
        AccessPolicy.require(
                caller.isUser() && caller.role() != null && caller.role().isClientRole(), "This home is a client's");
        Long org = caller.organisationId();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        HomeCounts.InvoicesDue invoices = figures.invoicesDue(org, today, DUE_SOON_DAYS);
        return new ClientHome(
                figures.onTheWay(org),
                figures.openExceptions(org),
                sla.lastClosedPeriods(org),
                figures.disputesAwaitingClient(org),
                invoices.soon(),
                invoices.overdue(),
                notifications.unread());
    }

    /** The work of the caller's clients: an account manager's assigned ones, an ops admin's all. */
    public StaffWork staffWork() {
        Caller caller = callers.current();
        AccessPolicy.require(caller.isUser() && caller.isProvider(), "This home is the 3PL's staff's");
        return work(organisations(caller.tenantScope()));
    }

    public OperationsHome operations() {
        Caller caller = callers.current();
        AccessPolicy.require(caller.isUser() && caller.hasRole(Role.OPS_ADMIN), "This home is the operations admins'");
        Instant now = clock.instant();
        HomeCounts.Imports imports = figures.imports(now.minus(Duration.ofDays(7)));
        List<JobView> jobs = figures.jobs().stream().map(j -> health(j, now)).toList();
        return new OperationsHome(
                work(null),
                figures.pendingTierProposals(),
                imports.running(),
                imports.troubled(),
                figures.failedSignInsSince(now.minus(Duration.ofDays(1))),
                jobs);
    }

    private StaffWork work(Collection<Long> organisations) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return new StaffWork(
                figures.overdueDisputes(organisations, today),
                figures.breachesAwaitingComment(organisations),
                figures.openTasks(organisations),
                figures.clientsAtRisk(organisations));
    }

    /**
     * A lease in the future is a run in progress; one released is when the last run finished; the seed date is "never".
     */
    static JobView health(HomeCounts.JobState j, Instant now) {
        Instant until = j.leasedUntil();
        if (until == null || until.isBefore(Instant.parse("2001-01-01T00:00:00Z"))) {
            return new JobView(j.name(), JobHealth.NEVER_RUN, null);
        }
        if (until.isAfter(now)) {
            return new JobView(j.name(), JobHealth.RUNNING, null);
        }
        return new JobView(
                j.name(),
                Duration.between(until, now).compareTo(JOB_QUIET) > 0 ? JobHealth.QUIET : JobHealth.RECENT,
                until);
    }

    private static Collection<Long> organisations(TenantScope scope) {
        return scope.isUnrestricted() ? null : scope.organisationIds();
    }
}
