package org.threepl.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.SecurityLog;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.security.SecurityEventType;
import org.threepl.portal.domain.model.shared.Actor;

/** Who is signed in, for the layout and navigation; and signing out. */
@Named("portalUser")
@RequestScoped
public class SessionBean {

    @Inject
    CallerContext callers;

    @Inject
    SecurityLog securityLog;

    private Optional<Caller> caller() {
        return callers.find();
    }

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    public String getName() {
        return caller().map(Caller::name).orElse("");
    }

    public String getRole() {
        return caller().map(c -> c.role() == null ? "" : c.role().name()).orElse("");
    }

    public Long getOrganisationId() {
        return caller().map(Caller::organisationId).orElse(null);
    }

    public boolean isClient() {
        return caller().map(c -> c.role() != null && c.role().isClientRole()).orElse(false);
    }

    public boolean isClientAdmin() {
        return caller().map(c -> c.hasRole(Role.CLIENT_ADMIN)).orElse(false);
    }

    public boolean isAccountManager() {
        return caller().map(c -> c.hasRole(Role.ACCOUNT_MANAGER)).orElse(false);
    }

    public boolean isOpsAdmin() {
        return caller().map(c -> c.hasRole(Role.OPS_ADMIN)).orElse(false);
    }

    /**
     * Whether the signed-in user is this identity ({@code kind} an actor kind's name, as views carry it): by the user
     * account's id, never by name, so a record an API key named like this user wrote is not theirs.
     */
    public boolean isActor(String kind, Long id) {
        if (kind == null || id == null) {
            return false; // the portal itself, or a record older than typed actors: nobody's
        }
        return caller().map(c -> c.actor().sameAs(Actor.stored(Actor.Kind.valueOf(kind), id, "?")))
                .orElse(false);
    }

    /** Ends the sign-in and the session, on this server and (through the SSO cookie's removal) on all. */
    public void logout() throws ServletException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        caller().ifPresent(c -> securityLog.record(
                c,
                SecurityEventType.SIGNED_OUT,
                b -> b.aboutUser(c.userId(), c.name())
                        .organisation(c.organisationId())
                        .from(request.getRemoteAddr())));
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Faces.redirect("/login.xhtml?loggedOut=true");
    }
}
