package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.account.UserAccount;

/**
 * The caller behind a signed-in principal: a disabled user, or a user of a suspended organisation, is treated as not
 * signed in. Used by {@link CallerContext} once per request that needs it.
 */
@ApplicationScoped
@Transactional
public class SignedInUsers {

    @Inject
    UserAccountRepository users;

    @Inject
    AccountAssignmentRepository assignments;

    /**
     * A signed-in user as the current request sees it, with the facts its session is held to.
     *
     * @param sessionEpoch the epoch a session must carry to stay signed in (see {@link UserAccount#endSessions()})
     * @param passwordChangeRequired whether the user must choose a new password before anything else
     */
    public record SignedInUser(
            Caller caller,
            int sessionEpoch,
            boolean passwordChangeRequired,
            java.util.Optional<String> language,
            java.util.Optional<java.time.ZoneId> zone) {}

    public Optional<Caller> callerNamed(String username) {
        return find(username).map(SignedInUser::caller);
    }

    public Optional<SignedInUser> find(String username) {
        return users.findByUsername(username)
                .filter(UserAccount::isEnabled)
                .filter(u -> u.organisation() == null || u.organisation().isActive())
                .map(u -> new SignedInUser(
                        toCaller(u), u.sessionEpoch(), u.passwordChangeRequired(), u.language(), u.timeZone()));
    }

    private Caller toCaller(UserAccount user) {
        Role role = user.role();
        TenantScope scope = switch (role) {
            case OPS_ADMIN -> TenantScope.all();
            case ACCOUNT_MANAGER -> TenantScope.of(assignments.organisationIdsOf(user.id()));
            case CLIENT_ADMIN, CLIENT_USER ->
                TenantScope.of(List.of(user.organisation().id()));
        };
        Long organisationId =
                user.organisation() == null ? null : user.organisation().id();
        return Caller.user(user.id(), user.username().value(), role, organisationId, scope);
    }
}
