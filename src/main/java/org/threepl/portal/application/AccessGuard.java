package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The two checks that several services start with: "may the caller administer this organisation" (404 when it cannot
 * even see it, 403 when it sees but may not administer) and "is the caller an ops admin signed in as a person".
 */
@ApplicationScoped
public class AccessGuard {

    @Inject
    CallerContext callers;

    @Inject
    OrganisationRepository organisations;

    public Caller requireAdministrable(Long organisationId, String deniedMessage) {
        Caller caller = callers.current();
        if (organisations.find(caller.tenantScope(), organisationId).isEmpty()) {
            throw new NotFoundException("Organisation " + organisationId);
        }
        AccessPolicy.require(AccessPolicy.mayAdministerOrganisation(caller, organisationId), deniedMessage);
        return caller;
    }

    public Caller requireOpsUser(String deniedMessage) {
        Caller caller = callers.current();
        AccessPolicy.require(caller.isUser() && AccessPolicy.mayOperatePortal(caller), deniedMessage);
        return caller;
    }
}
