package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.ClientUserService;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NewUser;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.OrganisationService;
import org.threepl.portal.application.PersonalDataErasure;
import org.threepl.portal.application.UserSecurityService;
import org.threepl.portal.application.view.CreatedUser;
import org.threepl.portal.application.view.OrganisationView;
import org.threepl.portal.application.view.UserView;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** A client organisation's users, for its client admins and for ops admins. */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientUserService users;

    @Inject
    UserSecurityService userSecurity;

    @Inject
    OrganisationService organisations;

    @Inject
    PersonalDataErasure erasure;

    private Long org;
    // views are not serialisable: kept for the request, loaded again when a restored session reads them
    private transient OrganisationView organisation;
    /** The organisation's version the policy form was shown with, kept with the view for the optimistic check. */
    private Integer shownVersion;

    private boolean secondFactorRequired;
    private transient List<UserView> list;
    private final NewUserForm form = new NewUserForm();

    /** The fields of the invitation form. */
    public static class NewUserForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String username;
        private String displayName;
        private String email;
        private Role role = Role.CLIENT_USER;

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
    }

    public void load() {
        try {
            show(organisations.get(org));
            list = users.listUsers(org, 0, 500).items();
        } catch (NotFoundException e) {
            Faces.sendError(404);
        } catch (AccessDeniedException e) {
            Faces.sendError(403);
        }
    }

    public void create() {
        try {
            CreatedUser created =
                    users.createClientUser(org, new NewUser(form.username, form.displayName, form.email, form.role));
            Faces.info(Faces.text("users.created", created.user().username(), created.temporaryPassword()));
            form.username = null;
            form.displayName = null;
            form.email = null;
            refresh();
        } catch (DomainRuleViolation e) {
            Faces.error(e.field() == null ? null : "create:" + e.field(), Faces.refusal(e));
        } catch (IllegalArgumentException e) {
            Faces.error(e.getMessage());
        }
    }

    public void toggle(UserView user) {
        try {
            users.setEnabled(org, user.id(), user.version(), !user.enabled());
            Faces.info(Faces.text("users.saved"));
        } catch (ConcurrentChangeException e) {
            Faces.error(Faces.text("conflict"));
        } catch (DomainRuleViolation e) {
            Faces.error(Faces.refusal(e));
        }
        refresh();
    }

    public void resetPassword(UserView user) {
        Faces.attempt(() -> {
            CreatedUser reset = users.resetPassword(org, user.id(), user.version());
            Faces.info(Faces.text("users.resetDone", reset.user().username(), reset.temporaryPassword()));
        });
        refresh();
    }

    public void erase(UserView user) {
        Faces.attempt(() -> {
            erasure.erase(org, user.id(), user.version());
            Faces.info(Faces.text("users.erase.done", user.username()));
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

    public void savePolicy() {
        try {
            show(organisations.requireSecondFactor(
                    org, shownVersion != null ? shownVersion : getOrganisation().version(), secondFactorRequired));
            Faces.info(Faces.text(secondFactorRequired ? "users.policy.required" : "users.policy.optional"));
        } catch (ConcurrentChangeException e) {
            Faces.error(Faces.text("conflict"));
            show(organisations.get(org));
        } catch (AccessDeniedException e) {
            Faces.error(Faces.refusal(e));
        }
        refresh();
    }

    /** The organisation's namespace for usernames, shown before the name field ("acme."). */
    public String getUsernamePrefix() {
        return getOrganisation() == null ? "" : organisation.code().toLowerCase(java.util.Locale.ROOT) + ".";
    }

    public boolean isSecondFactorRequired() {
        return secondFactorRequired;
    }

    public void setSecondFactorRequired(boolean required) {
        this.secondFactorRequired = required;
    }

    private void refresh() {
        list = users.listUsers(org, 0, 500).items();
    }

    public List<Role> getAssignableRoles() {
        return List.of(Role.CLIENT_USER, Role.CLIENT_ADMIN);
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    private void show(OrganisationView o) {
        organisation = o;
        shownVersion = o.version();
        secondFactorRequired = o.secondFactorRequired();
    }

    public OrganisationView getOrganisation() {
        if (organisation == null && org != null) {
            organisation = organisations.get(org);
        }
        return organisation;
    }

    public List<UserView> getList() {
        if (list == null && org != null) {
            refresh();
        }
        return list;
    }

    public NewUserForm getForm() {
        return form;
    }
}
