package org.threepl.portal.application;

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
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.infrastructure.persistence.AccountAssignmentRepository;
import org.threepl.portal.infrastructure.persistence.OrganisationRepository;
import org.threepl.portal.infrastructure.persistence.UserAccountRepository;
import org.threepl.portal.infrastructure.security.PasswordHasher;
import org.threepl.portal.infrastructure.security.PasswordPolicy;
import org.threepl.portal.infrastructure.security.TemporaryPasswords;

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

    public CreatedUser createClientUser(Long organisationId, NewUser cmd) {
        Caller caller = administrable(organisationId);
        if (cmd.role() == null || !cmd.role().isClientRole()) {
            throw new DomainRuleViolation("role", "A client organisation's user is a CLIENT_ADMIN or a CLIENT_USER");
        }
        AccessPolicy.require(AccessPolicy.mayGrant(caller, cmd.role()), "You may not give the role " + cmd.role());
        Organisation org = organisations.find(caller.tenantScope(), organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation " + organisationId));
        Username username = uniqueUsername(cmd.username());
        String password = TemporaryPasswords.generate();
        UserAccount user = UserAccount.clientUser(org, username, cmd.displayName(), email(cmd.email()), cmd.role(),
                hasher.hash(password.toCharArray()), clock.instant());
        user.assignTemporaryPassword(user.passwordHash());
        users.add(user);
        users.flush();
        return new CreatedUser(UserView.of(user), password);
    }

    public UserView setEnabled(Long organisationId, Long userId, int expectedVersion, boolean enabled) {
        Caller caller = administrable(organisationId);
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
        return UserView.of(user);
    }

    public CreatedUser resetPassword(Long organisationId, Long userId, int expectedVersion) {
        Caller caller = administrable(organisationId);
        UserAccount user = clientUser(caller, organisationId, userId);
        Versions.require(user.version(), expectedVersion, "The user");
        String password = TemporaryPasswords.generate();
        user.assignTemporaryPassword(hasher.hash(password.toCharArray()));
        users.flush();
        return new CreatedUser(UserView.of(user), password);
    }

    /** The signed-in user changes its own password, proving it knows the current one. */
    public void changeOwnPassword(char[] currentPassword, String newPassword) {
        Caller caller = callers.current();
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
        String password = TemporaryPasswords.generate();
        UserAccount user = UserAccount.staffMember(username, cmd.displayName(), email(cmd.email()), cmd.role(),
                hasher.hash(password.toCharArray()), clock.instant());
        user.assignTemporaryPassword(user.passwordHash());
        users.add(user);
        users.flush();
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
        return UserView.of(user);
    }

    public CreatedUser resetStaffPassword(Long userId, int expectedVersion) {
        requireOps();
        UserAccount user = users.findById(userId).filter(u -> u.role().isStaffRole())
                .orElseThrow(() -> new NotFoundException("Staff member " + userId));
        Versions.require(user.version(), expectedVersion, "The staff member");
        String password = TemporaryPasswords.generate();
        user.assignTemporaryPassword(hasher.hash(password.toCharArray()));
        users.flush();
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
        return AssignmentView.of(a);
    }

    public void unassign(Long managerId, Long organisationId) {
        requireOps();
        assignments.remove(assignments.find(managerId, organisationId)
                .orElseThrow(() -> new NotFoundException("Assignment")));
    }

    private Caller requireOps() {
        return guard.requireOpsUser("Only operations administrators manage staff and assignments");
    }

    private Caller administrable(Long organisationId) {
        return guard.requireAdministrable(organisationId, "Only the organisation's administrators manage its users");
    }

    private UserAccount clientUser(Caller caller, Long organisationId, Long userId) {
        return users.findClientUser(caller.tenantScope(), organisationId, userId)
                .orElseThrow(() -> new NotFoundException("User " + userId));
    }

    private Username uniqueUsername(String raw) {
        Username username;
        try {
            username = Username.of(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainRuleViolation("username", e.getMessage());
        }
        if (users.usernameTaken(username.value())) {
            throw new DomainRuleViolation("username", "The username " + username + " is already taken");
        }
        return username;
    }

    private static EmailAddress email(String raw) {
        try {
            return EmailAddress.of(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainRuleViolation("email", e.getMessage());
        }
    }
}
