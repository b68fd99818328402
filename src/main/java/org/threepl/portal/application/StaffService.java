package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.threepl.portal.application.view.CreatedUser;
import org.threepl.portal.application.view.Page;
import org.threepl.portal.application.view.UserView;
import org.threepl.portal.domain.model.account.EmailAddress;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.account.TemporaryPasswords;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.account.Username;
import org.threepl.portal.domain.model.security.SecurityEventType;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** The 3PL's staff (account managers and operations admins), managed by operations admins in person. */
@ApplicationScoped
@Transactional
public class StaffService {

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

    public Page<UserView> listStaff(int offset, int limit) {
        admin.requireOps();
        return new Page<>(
                users.listStaff(offset, limit).stream().map(UserView::of).toList(), users.countStaff());
    }

    public List<UserView> accountManagers() {
        admin.requireOps();
        return users.listByRole(Role.ACCOUNT_MANAGER).stream().map(UserView::of).toList();
    }

    /** A new staff member; a username in a client organisation's namespace ({@code <code>.…}) is that client's. */
    public CreatedUser createStaffMember(NewUser cmd) {
        admin.requireOps();
        if (cmd.role() == null || !cmd.role().isStaffRole()) {
            throw new DomainRuleViolation(
                    "role", "rule.staff.role", "A staff member is an account manager or an operations administrator");
        }
        Username username = admin.uniqueUsername(cmd.username());
        Username.organisationPrefix(username).flatMap(organisations::findByCode).ifPresent(o -> {
            throw new DomainRuleViolation(
                    "username",
                    "rule.staff.username.organisationPrefix",
                    "Usernames starting with '{0}.' belong to the users of {1}; choose another",
                    o.code().value().toLowerCase(Locale.ROOT),
                    o.name());
        });
        String password = TemporaryPasswords.generate();
        UserAccount user = UserAccount.staffMember(
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
                admin.caller(),
                SecurityEventType.USER_CREATED,
                b -> b.aboutUser(user.id(), user.username().value())
                        .detail(user.role().name()));
        return new CreatedUser(UserView.of(user), password);
    }

    public UserView setStaffEnabled(Long userId, int expectedVersion, boolean enabled) {
        Caller caller = admin.requireOps();
        UserAccount user = staffMember(userId);
        Versions.require(user.version(), expectedVersion, "The staff member");
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
                b -> b.aboutUser(user.id(), user.username().value()));
        return UserView.of(user);
    }

    public CreatedUser resetStaffPassword(Long userId, int expectedVersion) {
        Caller caller = admin.requireOps();
        UserAccount user = staffMember(userId);
        Versions.require(user.version(), expectedVersion, "The staff member");
        String password = TemporaryPasswords.generate();
        user.assignTemporaryPassword(hasher.hash(password.toCharArray()));
        users.flush();
        securityLog.record(
                caller,
                SecurityEventType.PASSWORD_RESET,
                b -> b.aboutUser(user.id(), user.username().value()));
        return new CreatedUser(UserView.of(user), password);
    }

    private UserAccount staffMember(Long userId) {
        return users.findById(userId)
                .filter(u -> u.role().isStaffRole())
                .orElseThrow(() -> new NotFoundException("Staff member " + userId));
    }
}
