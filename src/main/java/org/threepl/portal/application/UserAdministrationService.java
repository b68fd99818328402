package org.threepl.portal.application;

import org.threepl.portal.domain.model.shared.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.threepl.portal.application.view.AssignmentView;
import org.threepl.portal.application.view.CreatedUser;
import org.threepl.portal.application.view.Page;
import org.threepl.portal.application.view.UserView;
import org.threepl.portal.domain.model.account.AccountAssignment;
import org.threepl.portal.domain.model.account.EmailAddress;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.account.Username;
import org.threepl.portal.domain.model.security.SecurityEventType;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.account.PasswordPolicy;
import org.threepl.portal.domain.model.account.TemporaryPasswords;

import java.time.Clock;
import java.util.List;

/**
 * Users and who looks after whom: client admins manage their organisation's users; ops admins
 * manage every organisation's users, the 3PL's staff and account-manager assignments.
 */
@ApplicationScoped
@Transactional
public class UserAdministrationService {

    @Inject
    CallerContext callers;

    @Inject
    UserAccountRepository users;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountAssignmentRepository assignments;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccessGuard guard;

    @Inject
    Clock clock;

    @Inject
    SecurityLog securityLog;

    @Inject
    Notifier notifier;

    /** A new user's details; the password is generated and shown once. */
    public record NewUser(String username, String displayName, String email, Role role) {
    }

    public Page<UserView> listUsers(Long organisationId, int offset, int limit) {
        Caller caller = administrable(organisationId);
        return new Page<>(users.listOfOrganisation(caller.tenantScope(), organisationId, offset, limit).stream()
                .map(UserView::of).toList(), users.countOfOrganisation(caller.tenantScope(), organisationId));
    }

    public UserView getUser(Long organisationId, Long userId) {
        Caller caller = administrable(organisationId);
        return UserView.of(clientUser(caller, organisationId, userId));
    }

    /**
     * A new user of a client organisation, by a signed-in person who may give the role. The username lives
     * in the organisation's own namespace ({@code <code>.<name>}, see {@link Username#withinOrganisation}), so
     * "already taken" can only ever be about a user of the same organisation.
     */
    public CreatedUser createClientUser(Long organisationId, NewUser cmd) {
        Caller caller = administrable(organisationId);
        requirePerson(caller);
        if (cmd.role() == null || !cmd.role().isClientRole()) {
            throw new DomainRuleViolation("role", "A client organisation's user is a CLIENT_ADMIN or a CLIENT_USER");
        }
        if (!AccessPolicy.mayGrant(caller, cmd.role())) {
            securityLog.recordRefusal(caller, SecurityEventType.ROLE_GRANT_REFUSED, b -> b.organisation(organisationId)
                    .detail("tried to give " + cmd.role()));
            throw new AccessDeniedException("You may not give the role " + cmd.role());
        }
        Organisation org = organisations.find(caller.tenantScope(), organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation " + organisationId));
        Username username = uniqueUsername(withinOrganisation(org, cmd.username()));
        String password = TemporaryPasswords.generate();
        UserAccount user = UserAccount.clientUser(org, username, cmd.displayName(), email(cmd.email()), cmd.role(),
                hasher.hash(password.toCharArray()), clock.instant());
        user.assignTemporaryPassword(user.passwordHash());
        users.add(user);
        users.flush();
        securityLog.record(caller, SecurityEventType.USER_CREATED, b -> b.aboutUser(user.id(), user.username().value())
                .organisation(organisationId).detail(user.role().name()));
        return new CreatedUser(UserView.of(user), password);
    }

    public UserView setEnabled(Long organisationId, Long userId, int expectedVersion, boolean enabled) {
        Caller caller = administrable(organisationId);
        requirePerson(caller);
        UserAccount user = clientUser(caller, organisationId, userId);
        Versions.require(user.version(), expectedVersion, "The user");
        if (!enabled && user.id().equals(caller.userId())) {
            throw new DomainRuleViolation("You cannot disable your own account");
        }
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        users.flush();
        securityLog.record(caller, enabled ? SecurityEventType.USER_ENABLED : SecurityEventType.USER_DISABLED,
                b -> b.aboutUser(user.id(), user.username().value()).organisation(organisationId));
        tellClientAdminsIfThe3plActed(caller, user, enabled ? "ENABLED" : "DISABLED");
        return UserView.of(user);
    }

    public CreatedUser resetPassword(Long organisationId, Long userId, int expectedVersion) {
        Caller caller = administrable(organisationId);
        requirePerson(caller);
        UserAccount user = clientUser(caller, organisationId, userId);
        Versions.require(user.version(), expectedVersion, "The user");
        String password = TemporaryPasswords.generate();
        user.assignTemporaryPassword(hasher.hash(password.toCharArray()));
        users.flush();
        securityLog.record(caller, SecurityEventType.PASSWORD_RESET, b -> b.aboutUser(user.id(), user.username().value())
                .organisation(organisationId));
        tellClientAdminsIfThe3plActed(caller, user, "PASSWORD_RESET");
        return new CreatedUser(UserView.of(user), password);
    }

    /**
     * Removes a user's authenticator app (lost phone): an operations admin's act, logged; the user sets up
     * a new one at the next sign-in if one is required, and all their sessions end.
     */
    public UserView resetSecondFactor(Long userId, int expectedVersion) {
        Caller caller = requireOps();
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("User " + userId));
        Versions.require(user.version(), expectedVersion, "The user");
        user.resetSecondFactor();
        users.flush();
        Long org = user.organisation() == null ? null : user.organisation().id();
        securityLog.record(caller, SecurityEventType.SECOND_FACTOR_RESET, b -> b.aboutUser(user.id(), user.username().value()).organisation(org));
        tellClientAdminsIfThe3plActed(caller, user, "SECOND_FACTOR_RESET");
        return UserView.of(user);
    }

    /**
     * Signs a user out of every session (an administrator's act: a stolen device, a departure): a client's admins
     * for their organisation's users, operations admins for anyone. Logged; the client's admins are told when the 3PL did it.
     */
    public UserView endSessionsOf(Long userId) {
        Caller caller = callers.current();
        requirePerson(caller);
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("User " + userId));
        boolean allowed = AccessPolicy.mayOperatePortal(caller)
                || (user.organisation() != null && AccessPolicy.mayAdministerOrganisation(caller, user.organisation().id()));
        if (!allowed) {
            throw new NotFoundException("User " + userId); // the same answer as for a user one cannot see
        }
        user.endSessions();
        users.flush();
        Long org = user.organisation() == null ? null : user.organisation().id();
        securityLog.record(caller, SecurityEventType.SESSION_ENDED, b -> b.aboutUser(user.id(), user.username().value()).organisation(org)
                .detail("all sessions, by an administrator"));
        tellClientAdminsIfThe3plActed(caller, user, "SIGNED_OUT");
        return UserView.of(user);
    }

    /** When the 3PL changes a client user's account, the client's admins are told (they did not do it themselves). */
    private void tellClientAdminsIfThe3plActed(Caller caller, UserAccount user, String change) {
        if (!caller.isProvider() || user.organisation() == null) {
            return;
        }
        List<UserAccount> admins = notifier.clientAdminsOf(user.organisation().id()).stream().filter(a -> !a.id().equals(user.id())).toList();
        notifier.tell(admins, Message.of("account.changedBy3pl.subject", Message.text(user.displayName())),
                Message.of("account.changedBy3pl.body", Message.text(user.username().value()), Message.text(user.displayName()),
                        Message.term("account.change." + change), Message.text(caller.name())),
                "/admin/users.xhtml?org=" + user.organisation().id());
    }

    /**
     * The signed-in user changes its own password, proving it knows the current one. Every other session
     * of the user ends; the new session epoch is returned for the session that made the change.
     */
    public int changeOwnPassword(char[] currentPassword, String newPassword) {
        Caller caller = callers.current();
        requirePerson(caller);
        UserAccount user = users.findById(caller.userId()).orElseThrow(() -> new NotFoundException("User"));
        if (!hasher.verify(currentPassword, user.passwordHash())) {
            throw new DomainRuleViolation("currentPassword", "The current password is not correct");
        }
        PasswordPolicy.problemWith(newPassword, user.username().value()).ifPresent(p -> {
            throw new DomainRuleViolation("newPassword", p);
        });
        if (hasher.verify(newPassword.toCharArray(), user.passwordHash())) {
            throw new DomainRuleViolation("newPassword", "Choose a password different from the current one");
        }
        user.changePassword(hasher.hash(newPassword.toCharArray()));
        securityLog.record(caller, SecurityEventType.PASSWORD_CHANGED, b -> b.aboutUser(user.id(), user.username().value())
                .organisation(caller.organisationId()));
        return user.sessionEpoch();
    }

    public boolean passwordChangeRequired() {
        Caller caller = callers.current();
        return caller.isUser() && users.findById(caller.userId()).map(UserAccount::passwordChangeRequired).orElse(false);
    }

    // --- the 3PL's staff and assignments (ops admins) ---

    public Page<UserView> listStaff(int offset, int limit) {
        requireOps();
        return new Page<>(users.listStaff(offset, limit).stream().map(UserView::of).toList(), users.countStaff());
    }

    public List<UserView> accountManagers() {
        requireOps();
        return users.listByRole(Role.ACCOUNT_MANAGER).stream().map(UserView::of).toList();
    }

    public CreatedUser createStaffMember(NewUser cmd) {
        requireOps();
        if (cmd.role() == null || !cmd.role().isStaffRole()) {
            throw new DomainRuleViolation("role", "A staff member is an ACCOUNT_MANAGER or an OPS_ADMIN");
        }
        Username username = uniqueUsername(cmd.username());
        Username.organisationPrefix(username).flatMap(organisations::findByCode).ifPresent(o -> {
            throw new DomainRuleViolation("username", "Usernames starting with '" + o.code().value().toLowerCase(java.util.Locale.ROOT)
                    + ".' belong to the users of " + o.name() + "; choose another");
        });
        String password = TemporaryPasswords.generate();
        UserAccount user = UserAccount.staffMember(username, cmd.displayName(), email(cmd.email()), cmd.role(),
                hasher.hash(password.toCharArray()), clock.instant());
        user.assignTemporaryPassword(user.passwordHash());
        users.add(user);
        users.flush();
        securityLog.record(callers.current(), SecurityEventType.USER_CREATED, b -> b.aboutUser(user.id(), user.username().value())
                .detail(user.role().name()));
        return new CreatedUser(UserView.of(user), password);
    }

    public UserView setStaffEnabled(Long userId, int expectedVersion, boolean enabled) {
        Caller caller = requireOps();
        UserAccount user = users.findById(userId).filter(u -> u.role().isStaffRole())
                .orElseThrow(() -> new NotFoundException("Staff member " + userId));
        Versions.require(user.version(), expectedVersion, "The staff member");
        if (!enabled && user.id().equals(caller.userId())) {
            throw new DomainRuleViolation("You cannot disable your own account");
        }
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        users.flush();
        securityLog.record(caller, enabled ? SecurityEventType.USER_ENABLED : SecurityEventType.USER_DISABLED,
                b -> b.aboutUser(user.id(), user.username().value()));
        return UserView.of(user);
    }

    public CreatedUser resetStaffPassword(Long userId, int expectedVersion) {
        Caller caller = requireOps();
        UserAccount user = users.findById(userId).filter(u -> u.role().isStaffRole())
                .orElseThrow(() -> new NotFoundException("Staff member " + userId));
        Versions.require(user.version(), expectedVersion, "The staff member");
        String password = TemporaryPasswords.generate();
        user.assignTemporaryPassword(hasher.hash(password.toCharArray()));
        users.flush();
        securityLog.record(caller, SecurityEventType.PASSWORD_RESET, b -> b.aboutUser(user.id(), user.username().value()));
        return new CreatedUser(UserView.of(user), password);
    }

    public List<AssignmentView> assignments() {
        requireOps();
        return assignments.all().stream().map(AssignmentView::of).toList();
    }

    public AssignmentView assign(Long managerId, Long organisationId) {
        Caller caller = requireOps();
        UserAccount manager = users.findById(managerId).filter(u -> u.role() == Role.ACCOUNT_MANAGER)
                .orElseThrow(() -> new DomainRuleViolation("managerId", "Choose an account manager"));
        Organisation org = organisations.find(caller.tenantScope(), organisationId)
                .orElseThrow(() -> new DomainRuleViolation("organisationId", "Choose an organisation"));
        if (assignments.find(managerId, organisationId).isPresent()) {
            throw new DomainRuleViolation(manager.displayName() + " already looks after " + org.name());
        }
        AccountAssignment a = new AccountAssignment(manager, org, clock.instant());
        assignments.add(a);
        securityLog.record(caller, SecurityEventType.ASSIGNMENT_ADDED, b -> b.aboutUser(manager.id(), manager.username().value())
                .organisation(org.id()));
        return AssignmentView.of(a);
    }

    public void unassign(Long managerId, Long organisationId) {
        Caller caller = requireOps();
        AccountAssignment a = assignments.find(managerId, organisationId).orElseThrow(() -> new NotFoundException("Assignment"));
        assignments.remove(a);
        securityLog.record(caller, SecurityEventType.ASSIGNMENT_REMOVED, b -> b.aboutUser(managerId, a.manager().username().value())
                .organisation(organisationId));
    }

    private Caller requireOps() {
        return guard.requireOpsUser("Only operations administrators manage staff and assignments");
    }

    /** People are administered by people: an API key acts for a system, never adds, resets or promotes anyone. */
    private static void requirePerson(Caller caller) {
        AccessPolicy.require(caller.isUser(), "API keys act for systems: adding, changing or resetting people is done by a signed-in "
                + "administrator in the portal");
    }

    /** A client user's username in its organisation's namespace: "jane" becomes "acme.jane"; "acme.jane" stays. */
    private static String withinOrganisation(Organisation org, String raw) {
        return Username.withinOrganisation(org.code(), raw).value();
    }

    private Caller administrable(Long organisationId) {
        return guard.requireAdministrable(organisationId, "Only the organisation's administrators manage its users");
    }

    private UserAccount clientUser(Caller caller, Long organisationId, Long userId) {
        return users.findClientUser(caller.tenantScope(), organisationId, userId)
                .orElseThrow(() -> new NotFoundException("User " + userId));
    }

    private Username uniqueUsername(String raw) {
        Username username = Username.of(raw);
        if (users.usernameTaken(username.value())) {
            throw new DomainRuleViolation("username", "The username " + username + " is already taken");
        }
        return username;
    }

    private static EmailAddress email(String raw) {
        return EmailAddress.of(raw);
    }
}
