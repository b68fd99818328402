package org.threepl.portal.application;

import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;

/**
 * Who may do what, beyond seeing (which {@link TenantScope} decides). Kept in one place so that the web pages and the
 * API apply the same rules, and unit-tested as a table.
 */
public final class AccessPolicy {

    private AccessPolicy() {}

    /**
     * Manage a client organisation's users and API keys: its client admins, ops admins, and (for reading the user list)
     * write credentials; services refuse credentials any change to people.
     */
    public static boolean mayAdministerOrganisation(Caller caller, Long organisationId) {
        if (!caller.tenantScope().includes(organisationId)) {
            return false;
        }
        if (caller.isApiCredential()) {
            return caller.may(ApiScope.WRITE);
        }
        return caller.hasRole(Role.OPS_ADMIN)
                || (caller.hasRole(Role.CLIENT_ADMIN) && organisationId.equals(caller.organisationId()));
    }

    /** Configure the 3PL side: organisations, contracts, staff, assignments, integration keys. */
    public static boolean mayOperatePortal(Caller caller) {
        if (caller.isApiCredential()) {
            return caller.isProvider() && caller.may(ApiScope.WRITE);
        }
        return caller.hasRole(Role.OPS_ADMIN);
    }

    /**
     * Give a role to a user that {@code caller} creates: only a person, and only a role within its own (a client admin
     * gives client roles, an ops admin any). An API key acts for a system and gives none.
     */
    public static boolean mayGrant(Caller caller, Role role) {
        if (!caller.isUser()) {
            return false;
        }
        return caller.role() != null && caller.role().assignableRoles().contains(role);
    }

    public static void require(boolean allowed, String message) {
        if (!allowed) {
            throw new AccessDeniedException(message);
        }
    }
}
