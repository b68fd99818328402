package org.threepl.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.threepl.portal.application.UserAdministrationService;
import org.threepl.portal.infrastructure.security.LoginThrottle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The sign-in form: throttled per account and per address, and a fresh session after success. */
@Named
@RequestScoped
public class LoginBean {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(LoginBean.class.getName());

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginThrottle throttle;

    @Inject
    UserAdministrationService users;

    @Inject
    Clock clock;

    @NotBlank
    @Size(max = 150)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    public void login() throws jakarta.servlet.ServletException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        HttpServletResponse response = (HttpServletResponse) ec.getResponse();
        String address = request.getRemoteAddr();

        Optional<Instant> blocked = throttle.blockedUntil(username, address);
        if (blocked.isPresent()) {
            long minutes = Math.max(1, Duration.between(clock.instant(), blocked.get()).toSeconds() / 60 + 1);
            response.setStatus(429); // Too Many Requests
            response.setHeader("Retry-After", Long.toString(minutes * 60));
            Faces.error(Faces.text("login.throttled", minutes));
            return;
        }
        if (request.getUserPrincipal() != null) {
            request.logout(); // whoever this request already carries, sign-in starts from nobody
        }
        AuthenticationStatus status = authenticate(request, response);
        switch (status) {
            case SUCCESS -> {
                if (!signedInAs(username)) {
                    // fail closed: never hand out a session of anyone but the person who just proved who they are
                    java.security.Principal p = securityContext.getCallerPrincipal();
                    LOG.severe("Sign-in as '" + username + "' resulted in principal '" + (p == null ? null : p.getName())
                            + "'; refused");
                    refuse(request, response);
                    return;
                }
                throttle.recordSuccess(username);
                request.changeSessionId(); // no session fixation: the pre-login session id is dead now
                if (users.passwordChangeRequired()) {
                    request.getSession().setAttribute(PasswordChangeFilter.MUST_CHANGE, Boolean.TRUE);
                    Faces.redirect("/change-password.xhtml");
                } else {
                    Faces.redirect("/index.xhtml");
                }
            }
            case SEND_CONTINUE -> fc.responseComplete();
            default -> {
                throttle.recordFailure(username, address);
                // the same answer whether the user is unknown, disabled or mistyped its password
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                Faces.error(Faces.text("login.failed"));
            }
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response) {
        return securityContext.authenticate(request, response, AuthenticationParameters.withParams().newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    }

    private boolean signedInAs(String name) {
        java.security.Principal p = securityContext.getCallerPrincipal();
        return p != null && p.getName().equalsIgnoreCase(name.trim());
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) {
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            LOG.warning("Could not sign out after a refused sign-in: " + e);
        }
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        Faces.error(Faces.text("login.failed"));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
