package org.threepl.portal.application.scheduledreport;

import java.util.Optional;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.domain.model.report.ReportKind;

/**
 * Who may receive which report: the same people who may download it. Asked when a schedule is made and again at each
 * run, since roles, assignments and accounts change in between.
 */
final class ReportAccess {

    private ReportAccess() {}

    /**
     * Why {@code caller} may not receive {@code kind} of {@code organisationId} (none: all they see); empty if they
     * may.
     */
    static Optional<String> refusal(Caller caller, ReportKind kind, Long organisationId) {
        if (!caller.isUser()) {
            return Optional.of("Reports are scheduled by people, not API keys");
        }
        if (organisationId != null && !caller.tenantScope().includes(organisationId)) {
            return Optional.of("The owner may no longer see organisation " + organisationId);
        }
        if (kind == ReportKind.DISPUTE_STATISTICS && !AccessPolicy.mayOperatePortal(caller)) {
            return Optional.of("Dispute statistics are for the 3PL's operations admins");
        }
        return Optional.empty();
    }

    /** The organisation a report of {@code caller} is of: a client's own, whatever was asked; the 3PL's choice. */
    static Long organisationFor(Caller caller, Long asked) {
        return caller.isProvider() ? asked : caller.organisationId();
    }
}
