package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.threepl.portal.application.metrics.OperationsMetrics;
import org.threepl.portal.domain.model.security.SecurityEvent;
import org.threepl.portal.domain.model.security.SecurityEventType;

/**
 * Writes the security log: an append-only table that operations admins read and export, and the same line in the server
 * log (logger {@code org.threepl.portal.security}) for a log collector. An entry about a change is written in the
 * change's transaction, so it exists exactly when the change does; sign-in outcomes, which change nothing else, get a
 * transaction of their own.
 */
@ApplicationScoped
public class SecurityLog {

    private static final Logger LOG = Logger.getLogger("org.threepl.portal.security");

    @Inject
    SecurityEventRepository events;

    @Inject
    Clock clock;

    @Inject
    OperationsMetrics metrics;

    /** An entry in the current transaction (one is started if there is none). */
    @Transactional
    public void record(SecurityEventType type, UnaryOperator<SecurityEvent.Builder> details) {
        SecurityEvent e = details.apply(SecurityEvent.of(type, clock.instant())).build();
        events.add(e);
        metrics.securityEvent(e.type());
        LOG.info(() -> line(e));
    }

    /**
     * An entry about something refused: in a transaction of its own, so that it stays when the refusal rolls the
     * caller's transaction back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(Caller caller, SecurityEventType type, UnaryOperator<SecurityEvent.Builder> details) {
        record(type, b -> details.apply(b.by(caller.actor())));
    }

    /** An entry about something the caller did, in the current transaction. */
    @Transactional
    public void record(Caller caller, SecurityEventType type, UnaryOperator<SecurityEvent.Builder> details) {
        record(type, b -> details.apply(b.by(caller.actor())));
    }

    private static String line(SecurityEvent e) {
        return "security event=" + e.type() + " actor=" + (e.actor() == null ? "-" : e.actor()) + " subject="
                + (e.subjectUserId() != null
                        ? "user#" + e.subjectUserId()
                        : e.subjectCredentialId() != null ? "credential#" + e.subjectCredentialId() : "-")
                + (e.subjectName() == null ? "" : " '" + e.subjectName() + "'") + " organisation="
                + (e.organisationId() == null ? "-" : e.organisationId())
                + " address=" + (e.address() == null ? "-" : e.address())
                + (e.detail() == null ? "" : " detail='" + e.detail() + "'");
    }
}
