package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.threepl.portal.application.view.CreatedUser;
import org.threepl.portal.application.view.Page;
import org.threepl.portal.application.view.UserView;
import org.threepl.portal.domain.model.account.EmailAddress;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.TemporaryPasswords;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.account.Username;
import org.threepl.portal.domain.model.security.SecurityEventType;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A client organisation's users, managed by its client admins and by the 3PL's operations admins: listed, added,
 * enabled or disabled, given a new temporary password. The client's admins are told when the 3PL did it.
 */
@ApplicationScoped
@Transactional
public class ClientUserService {

    @Inject
    UserAdministration admin;

    @Inject
    UserAccountRepository users;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityLog securityLog;

    @Inject
    Clock clock;

    public Page<UserView> listUsers(Long organisationId, int offset, int limit) {
        Caller caller = admin.administrable(organisationId);
        return new Page<>(
                users.listOfOrganisation(caller.tenantScope(), organisationId, offset, limit).stream()
                        .map(UserView::of)
                        .toList(),
                users.countOfOrganisation(caller.tenantScope(), organisationId));
    }

    public UserView getUser(Long organisationId, Long userId) {
        Caller caller = admin.administrable(organisationId);
        return UserView.of(admin.clientUser(caller, organisationId, userId));
    }

    /**
     * A new user of a client organisation, by a signed-in person who may give the role. The username lives in the
     * organisation's own namespace ({@code <code>.<name>}, see {@link Username#withinOrganisation}), so "already taken"
     * can only ever be about a user of the same organisation.
     */
    public CreatedUser createClientUser(Long organisationId, NewUser cmd) {
        Caller caller = admin.administrable(organisationId);
        UserAdministration.requirePerson(caller);
        if (cmd.role() == null || !cmd.role().isClientRole()) {
            throw new DomainRuleViolation(
                    "role",
                    "rule.clientUser.role",
                    "A client organisation's user is a client administrator or a client user");
        }
        if (!AccessPolicy.mayGrant(caller, cmd.role())) {
            securityLog.recordRefusal(
                    caller,
                    SecurityEventType.ROLE_GRANT_REFUSED,
                    b -> b.organisation(organisationId).detail("tried to give " + cmd.role()));
            throw new AccessDeniedException("You may not give the role " + cmd.role());
        }
        Organisation org = organisations
                .find(caller.tenantScope(), organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation " + organisationId));
        // "jane" becomes "acme.jane"; "acme.jane" stays
        Username username = admin.uniqueUsername(
                Username.withinOrganisation(org.code(), cmd.username()).value());
        String password = TemporaryPasswords.generate();
        UserAccount user = UserAccount.clientUser(
                org,
                username,
                cmd.displayName(),
                EmailAddress.of(cmd.email()),
                cmd.role(),
                hasher.hash(password.toCharArray()),
                clock.instant());
        user.assignTemporaryPassword(user.passwordHash());
        users.add(user);
        users.flush();
        securityLog.record(
                caller,
                SecurityEventType.USER_CREATED,
                b -> b.aboutUser(user.id(), user.username().value())
                        .organisation(organisationId)
                        .detail(user.role().name()));
        return new CreatedUser(UserView.of(user), password);
    }

    public UserView setEnabled(Long organisationId, Long userId, int expectedVersion, boolean enabled) {
        Caller caller = admin.administrable(organisationId);
        UserAdministration.requirePerson(caller);
        UserAccount user = admin.clientUser(caller, organisationId, userId);
        Versions.require(user.version(), expectedVersion, "The user");
        if (!enabled && user.id().equals(caller.userId())) {
            throw new DomainRuleViolation(null, "rule.user.disableSelf", "You cannot disable your own account");
        }
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        users.flush();
        securityLog.record(
                caller,
                enabled ? SecurityEventType.USER_ENABLED : SecurityEventType.USER_DISABLED,
                b -> b.aboutUser(user.id(), user.username().value()).organisation(organisationId));
        admin.tellClientAdminsIfThe3plActed(caller, user, enabled ? "ENABLED" : "DISABLED");
        return UserView.of(user);
    }

    public CreatedUser resetPassword(Long organisationId, Long userId, int expectedVersion) {
        Caller caller = admin.administrable(organisationId);
        UserAdministration.requirePerson(caller);
        UserAccount user = admin.clientUser(caller, organisationId, userId);
        Versions.require(user.version(), expectedVersion, "The user");
        String password = TemporaryPasswords.generate();
        user.assignTemporaryPassword(hasher.hash(password.toCharArray()));
        users.flush();
        securityLog.record(
                caller,
                SecurityEventType.PASSWORD_RESET,
                b -> b.aboutUser(user.id(), user.username().value()).organisation(organisationId));
        admin.tellClientAdminsIfThe3plActed(caller, user, "PASSWORD_RESET");
        return new CreatedUser(UserView.of(user), password);
    }
}
