package org.threepl.portal.application.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.sla.SlaBreach;

/**
 * Breach entries (a KPI breached over a closed period, opened by the alerts): listed for the client and staff,
 * commented on by the account manager.
 */
@ApplicationScoped
@Transactional
public class SlaBreaches {

    @Inject
    SlaAccess access;

    @Inject
    SlaBreachRepository breachEntries;

    @Inject
    Clock clock;

    /** The organisation's breach entries, newest first. */
    public List<BreachView> breaches(Long organisationId) {
        SlaAccess.Visible v = access.visible(organisationId);
        return breachEntries.ofOrganisation(v.scope(), organisationId).stream()
                .map(BreachView::of)
                .toList();
    }

    /**
     * The account manager's comment on a breach (or an operations admin's); {@code expectedVersion} is the version the
     * writer saw, so that a comment written meanwhile by someone else is not overwritten.
     */
    public BreachView commentOnBreach(Long breachId, int expectedVersion, String text) {
        Caller caller = access.caller();
        SlaBreach b = breachEntries
                .find(caller.tenantScope(), breachId)
                .orElseThrow(() -> new NotFoundException("Breach " + breachId));
        AccessPolicy.require(
                caller.isUser() && (caller.hasRole(Role.ACCOUNT_MANAGER) || caller.hasRole(Role.OPS_ADMIN)),
                "Breaches are commented on by the client's account manager");
        if (b.version() != expectedVersion) {
            throw new ConcurrentChangeException("Breach " + breachId);
        }
        b.comment(text, caller.actor(), clock.instant());
        return BreachView.of(b);
    }
}
