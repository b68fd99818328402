package org.threepl.portal.application.relationship;

import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;

/**
 * Who may do what in relationship management, beyond seeing a client (which the
 * {@link org.threepl.portal.application.TenantScope} decides: an account manager sees only the assigned clients).
 *
 * <ul>
 *   <li>A client (its users, admins and API keys) sees its own tier, benefits, progress, profile summary and surveys,
 *       and nothing internal: never margin, lifetime value, churn risk, the portfolio, facts, contacts, proposals or
 *       tasks.
 *   <li>Client admins (and the client's API keys with WRITE) answer its surveys.
 *   <li>The 3PL's staff (account managers for their clients, ops admins, 3PL integration keys) see the internals;
 *       account managers, ops admins and 3PL keys with WRITE log contacts, record facts, send surveys, propose tier
 *       changes, mark tasks done and recompute their clients.
 *   <li>Ops admins (and 3PL keys with WRITE) decide proposals, change the settings and recompute every client.
 * </ul>
 */
public final class RelationshipAccess {

    private RelationshipAccess() {}

    /** The 3PL's side: internal figures and records. */
    public static boolean maySeeInternals(Caller caller) {
        return caller.isProvider();
    }

    /** Log contacts, record facts, send surveys, propose tiers, mark tasks done, recompute one client. */
    public static boolean mayManage(Caller caller) {
        if (!caller.isProvider()) {
            return false;
        }
        if (caller.isApiCredential()) {
            return caller.may(ApiScope.WRITE);
        }
        return caller.hasRole(Role.ACCOUNT_MANAGER) || caller.hasRole(Role.OPS_ADMIN);
    }

    /** Approve or reject tier proposals, change the settings, recompute everyone. */
    public static boolean mayDecide(Caller caller) {
        return AccessPolicy.mayOperatePortal(caller);
    }

    /** Answer a survey of this organisation. */
    public static boolean mayAnswerSurvey(Caller caller, Long organisationId) {
        if (caller.isProvider() || !organisationId.equals(caller.organisationId())) {
            return false;
        }
        return caller.isApiCredential() ? caller.may(ApiScope.WRITE) : caller.hasRole(Role.CLIENT_ADMIN);
    }
}
