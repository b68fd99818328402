package org.threepl.portal.application.home;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The counts behind the home pages' tiles, each over current facts (a shipment's stored status, open disputes, open
 * tasks), never over the history. {@code organisations} null means every organisation (an operations admin).
 */
public interface HomeCounts {

    /** Picked up and not yet delivered or refused. */
    long onTheWay(Long organisationId);

    /** With an exception and not yet delivered or refused. */
    long openExceptions(Long organisationId);

    /** In negotiation, the 3PL's latest offer waiting for the client's answer. */
    long disputesAwaitingClient(Long organisationId);

    /** Unpaid invoices due within {@code days} of {@code today}, and those already past due. */
    record InvoicesDue(long soon, long overdue) {}

    InvoicesDue invoicesDue(Long organisationId, LocalDate today, int days);

    long overdueDisputes(Collection<Long> organisations, LocalDate today);

    long breachesAwaitingComment(Collection<Long> organisations);

    long openTasks(Collection<Long> organisations);

    long clientsAtRisk(Collection<Long> organisations);

    long pendingTierProposals();

    /** Imports queued or running now, and those since {@code since} that failed or rejected lines. */
    record Imports(long running, long troubled) {}

    Imports imports(Instant since);

    long failedSignInsSince(Instant since);

    /** A scheduled job's lease: until when it is held (or when it was last given up), and how far the job got. */
    record JobState(String name, Instant leasedUntil, Instant watermark) {}

    List<JobState> jobs();
}
