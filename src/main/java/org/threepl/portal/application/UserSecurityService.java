package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.threepl.portal.application.view.UserView;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.security.SecurityEventType;

/**
 * An administrator's security acts on another person's account: signing them out everywhere, removing their
 * authenticator app. Each is logged, and the client's admins are told when the 3PL did it. (A person's own sign-in
 * security is {@link AccountSecurityService}.)
 */
@ApplicationScoped
@Transactional
public class UserSecurityService {

    @Inject
    UserAdministration admin;

    @Inject
    UserAccountRepository users;

    @Inject
    SecurityLog securityLog;

    /**
     * Removes a user's authenticator app (lost phone): an operations admin's act, logged; the user sets up a new one at
     * the next sign-in if one is required, and all their sessions end.
     */
    public UserView resetSecondFactor(Long userId, int expectedVersion) {
        Caller caller = admin.requireOps();
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("User " + userId));
        Versions.require(user.version(), expectedVersion, "The user");
        user.resetSecondFactor();
        users.flush();
        Long org = user.organisation() == null ? null : user.organisation().id();
        securityLog.record(
                caller,
                SecurityEventType.SECOND_FACTOR_RESET,
                b -> b.aboutUser(user.id(), user.username().value()).organisation(org));
        admin.tellClientAdminsIfThe3plActed(caller, user, "SECOND_FACTOR_RESET");
        return UserView.of(user);
    }

    /**
     * Signs a user out of every session (an administrator's act: a stolen device, a departure): a client's admins for
     * their organisation's users, operations admins for anyone. Logged; the client's admins are told when the 3PL did
     * it.
     */
    public UserView endSessionsOf(Long userId) {
        Caller caller = admin.caller();
        UserAdministration.requirePerson(caller);
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("User " + userId));
        boolean allowed = AccessPolicy.mayOperatePortal(caller)
                || (user.organisation() != null
                        && AccessPolicy.mayAdministerOrganisation(
                                caller, user.organisation().id()));
        if (!allowed) {
            throw new NotFoundException("User " + userId); // the same answer as for a user one cannot see
        }
        user.endSessions();
        users.flush();
        Long org = user.organisation() == null ? null : user.organisation().id();
        securityLog.record(
                caller,
                SecurityEventType.SESSION_ENDED,
                b -> b.aboutUser(user.id(), user.username().value())
                        .organisation(org)
                        .detail("all sessions, by an administrator"));
        admin.tellClientAdminsIfThe3plActed(caller, user, "SIGNED_OUT");
        return UserView.of(user);
    }
}
