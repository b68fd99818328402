package org.threepl.portal.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.threepl.portal.application.AssignmentService;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NewUser;
import org.threepl.portal.application.OrganisationService;
import org.threepl.portal.application.PersonalDataErasure;
import org.threepl.portal.application.StaffService;
import org.threepl.portal.application.UserSecurityService;
import org.threepl.portal.application.view.AssignmentView;
import org.threepl.portal.application.view.CreatedUser;
import org.threepl.portal.application.view.OrganisationView;
import org.threepl.portal.application.view.UserView;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** Ops admins: the 3PL's staff and which account manager looks after which client. */
@Named
@ViewScoped
public class StaffBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffService staffMembers;

    @Inject
    AssignmentService accountAssignments;

    @Inject
    UserSecurityService userSecurity;

    @Inject
    OrganisationService organisations;

    @Inject
    PersonalDataErasure erasure;

    private String username;
    private String displayName;
    private String email;
    private Role role = Role.ACCOUNT_MANAGER;
    private Long managerId;
    private Long organisationId;

    // views are not serialisable: kept for the request, loaded again when a restored session reads them
    private transient List<UserView> staff;
    private transient List<UserView> managers;
    private transient List<OrganisationView> organisationChoices;
    private transient List<AssignmentView> assignments;

    @PostConstruct
    void refresh() {
        staff = staffMembers.listStaff(0, 500).items();
        managers = staffMembers.accountManagers();
        organisationChoices = organisations.list(0, 1000).items();
        assignments = accountAssignments.assignments();
    }

    public List<UserView> getStaff() {
        if (staff == null) {
            staff = staffMembers.listStaff(0, 500).items();
        }
        return staff;
    }

    public List<UserView> getManagers() {
        if (managers == null) {
            managers = staffMembers.accountManagers();
        }
        return managers;
    }

    public List<OrganisationView> getOrganisations() {
        if (organisationChoices == null) {
            organisationChoices = organisations.list(0, 1000).items();
        }
        return organisationChoices;
    }

    public List<AssignmentView> getAssignments() {
        if (assignments == null) {
            assignments = accountAssignments.assignments();
        }
        return assignments;
    }

    public List<Role> getStaffRoles() {
        return List.of(Role.ACCOUNT_MANAGER, Role.OPS_ADMIN);
    }

    public void create() {
        try {
            CreatedUser created = staffMembers.createStaffMember(new NewUser(username, displayName, email, role));
            Faces.info(Faces.text("users.created", created.user().username(), created.temporaryPassword()));
            refresh();
            username = null;
            displayName = null;
            email = null;
        } catch (DomainRuleViolation e) {
            Faces.error(e.field() == null ? null : "newStaff:" + e.field(), Faces.refusal(e));
        } catch (IllegalArgumentException e) {
            Faces.error(e.getMessage());
        }
    }

    public void toggle(UserView user) {
        try {
            toggleEnabled(user);
        } finally {
            refresh();
        }
    }

    private void toggleEnabled(UserView user) {
        try {
            staffMembers.setStaffEnabled(user.id(), user.version(), !user.enabled());
            Faces.info(Faces.text("users.saved"));
        } catch (ConcurrentChangeException e) {
            Faces.error(Faces.text("conflict"));
        } catch (DomainRuleViolation e) {
            Faces.error(Faces.refusal(e));
        }
    }

    public void erase(UserView user) {
        Faces.attempt(() -> {
            erasure.eraseStaffMember(user.id(), user.version());
            Faces.info(Faces.text("users.erase.done", user.username()));
        });
        refresh();
    }

    public void resetPassword(UserView user) {
        Faces.attempt(() -> {
            CreatedUser reset = staffMembers.resetStaffPassword(user.id(), user.version());
            Faces.info(Faces.text("users.resetDone", reset.user().username(), reset.temporaryPassword()));
        });
        refresh();
    }

    public void endSessions(UserView user) {
        Faces.attempt(() -> {
            userSecurity.endSessionsOf(user.id());
            Faces.info(Faces.text("users.sessionsEnded", user.username()));
        });
        refresh();
    }

    public void resetSecondFactor(UserView user) {
        Faces.attempt(() -> {
            userSecurity.resetSecondFactor(user.id(), user.version());
            Faces.info(Faces.text("users.resetFactor.done", user.username()));
        });
        refresh();
    }

    public void assign() {
        try {
            accountAssignments.assign(managerId, organisationId);
            Faces.info(Faces.text("staff.assigned"));
            refresh();
        } catch (DomainRuleViolation e) {
            Faces.error(e.field() == null ? null : "assign:" + e.field(), Faces.refusal(e));
        }
    }

    public void unassign(AssignmentView a) {
        accountAssignments.unassign(a.managerId(), a.organisationId());
        Faces.info(Faces.text("staff.assigned"));
        refresh();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
