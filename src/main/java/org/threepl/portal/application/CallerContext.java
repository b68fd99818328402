package org.threepl.portal.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.infrastructure.persistence.AccountAssignmentRepository;
import org.threepl.portal.infrastructure.persistence.UserAccountRepository;

import java.security.Principal;
import java.util.Optional;

/**
 * The caller of the current request. The REST layer sets it from an API credential; for the web it
 * is resolved on first use from the signed-in principal. A disabled user, or a user of a suspended
 * organisation, is treated as not signed in.
 */
@RequestScoped
public class CallerContext {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccountRepository users;

    @Inject
    AccountAssignmentRepository assignments;

    private Caller caller;

    /** Called once by the API authentication filter, before any resource runs. */
    public void useApiCaller(Caller apiCaller) {
        if (caller != null) {
            throw new IllegalStateException("The caller of this request is already known");
        }
        this.caller = apiCaller;
    }

    @Transactional
    public Caller current() {
        return find().orElseThrow(() -> new NotAuthenticatedException("Sign in first"));
    }

    @Transactional
    public Optional<Caller> find() {
        if (caller == null) {
            caller = resolveSignedInUser().orElse(null);
        }
        return Optional.ofNullable(caller);
    }

    private Optional<Caller> resolveSignedInUser() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        return users.findByUsername(principal.getName())
                .filter(UserAccount::isEnabled)
                .filter(u -> u.organisation() == null || u.organisation().isActive())
                .map(this::toCaller);
    }

    private Caller toCaller(UserAccount user) {
        Role role = user.role();
        TenantScope scope = switch (role) {
            case OPS_ADMIN -> TenantScope.all();
            case ACCOUNT_MANAGER -> TenantScope.of(assignments.organisationIdsOf(user.id()));
            case CLIENT_ADMIN, CLIENT_USER -> TenantScope.of(java.util.List.of(user.organisation().id()));
        };
        Long organisationId = user.organisation() == null ? null : user.organisation().id();
        return Caller.user(user.id(), user.username().value(), role, organisationId, scope);
    }
}
