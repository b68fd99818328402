package org.threepl.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.threepl.portal.application.signin.PendingSignIn;
import org.threepl.portal.application.signin.SignInService;
import org.threepl.portal.application.signin.SignInStep;

/**
 * The sign-in page: the password, then (for users with an authenticator app, or who must set one up) the second factor.
 * Each step is one call of the application's {@link SignInService}; a sign-in that is half done lives in the session as
 * a {@link PendingSignIn}. When every step has passed, the container is told about exactly that caller, the session
 * gets a new id and its user's session epoch, and the user goes where they were going.
 */
@Named
@RequestScoped
public class LoginBean {

    private static final Logger LOG = Logger.getLogger(LoginBean.class.getName());
    /** Below this many attempts left, the page warns that sign-in will pause. */
    private static final int WARN_BELOW = 3;

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInService signIn;

    @Inject
    Clock clock;

    @Size(max = 150)
    private String username;

    @Size(max = 200)
    private String password;

    @Size(max = 20)
    private String code;

    @Size(max = 1000)
    private String next;

    /** The browser's time zone (our script fills it in), kept for the user until they choose one. */
    @Size(max = 60)
    private String zone;

    @Inject
    org.threepl.portal.application.PreferencesService preferences;

    @Inject
    org.threepl.portal.application.CallerContext callers;

    @Inject
    LocaleBean localeBean;

    /** Which part of the page to show: the password, the code, or setting up the authenticator app. */
    public String getStage() {
        PendingSignIn p = pending();
        return p == null ? "password" : p.enrolling() ? "enrol" : "code";
    }

    public void login() {
        if (blank(username) || blank(password)) {
            Faces.error(Faces.text("login.failed"));
            return;
        }
        answer(signIn.password(username, password.toCharArray(), address()));
    }

    public void verifyCode() {
        answer(signIn.code(pending(), code, address()));
    }

    public void enrol() {
        answer(signIn.enrol(pending(), code, address()));
    }

    /** Back to the password (another account, or a pending step given up). */
    public void startAgain() {
        HttpSession session = session(false);
        if (session != null) {
            session.removeAttribute(SessionKeys.PENDING_SIGN_IN);
        }
        Faces.redirect("/login.xhtml"
                + (LoginTargets.isSafe(next)
                        ? "?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)
                        : ""));
    }

    /** The secret and its QR code while setting up the authenticator app. */
    public String getEnrolmentSecret() {
        PendingSignIn p = pending();
        return p == null || !p.enrolling()
                ? ""
                : org.threepl.portal.domain.model.account.Totp.grouped(p.enrolmentSecret());
    }

    public String getEnrolmentQr() {
        PendingSignIn p = pending();
        return p == null || !p.enrolling()
                ? ""
                : QrCodes.svgDataUri(org.threepl.portal.domain.model.account.Totp.provisioningUri(
                        org.threepl.portal.application.AccountSecurityService.ISSUER,
                        p.username(),
                        p.enrolmentSecret()));
    }

    public String getPendingUsername() {
        PendingSignIn p = pending();
        return p == null ? "" : p.username();
    }

    private void answer(SignInStep step) {
        HttpServletResponse response = response();
        if (step instanceof SignInStep.Blocked b) {
            long minutes =
                    Math.max(1, Duration.between(clock.instant(), b.until()).toSeconds() / 60 + 1);
            response.setStatus(429); // Too Many Requests
            response.setHeader("Retry-After", Long.toString(minutes * 60));
            Faces.error(Faces.text("login.throttled", minutes));
        } else if (step instanceof SignInStep.Refused r) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            // the same answer whether the user is unknown, disabled, or mistyped the password or code
            Faces.error(Faces.text(pending() == null ? "login.failed" : "login.code.failed"));
            if (r.attemptsLeft() > 0 && r.attemptsLeft() < WARN_BELOW) {
                Faces.error(Faces.text("login.attemptsLeft", r.attemptsLeft()));
            }
        } else if (step instanceof SignInStep.StartAgain) {
            session(true).removeAttribute(SessionKeys.PENDING_SIGN_IN);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            Faces.error(Faces.text("login.startAgain"));
        } else if (step instanceof SignInStep.CodeNeeded c) {
            session(true).setAttribute(SessionKeys.PENDING_SIGN_IN, c.pending());
        } else if (step instanceof SignInStep.EnrolmentNeeded e) {
            session(true).setAttribute(SessionKeys.PENDING_SIGN_IN, e.pending());
            session(true).setAttribute(SessionKeys.BROWSER_ZONE, zone == null ? "" : zone);
        } else if (step instanceof SignInStep.SignedIn s) {
            complete(s);
        }
    }

    private void complete(SignInStep.SignedIn signedIn) {
        HttpServletRequest request = request();
        HttpServletResponse response = response();
        HttpSession before = session(false);
        if (before != null) {
            before.removeAttribute(SessionKeys.PENDING_SIGN_IN);
        }
        try {
            if (request.getUserPrincipal() != null) {
                request.logout(); // whoever this request already carries, sign-in starts from nobody
            }
        } catch (ServletException e) {
            LOG.warning("Could not sign out before signing in: " + e);
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new PortalFormAuthentication.Verified(
                                signedIn.username(), signedIn.role().name())));
        Principal p = securityContext.getCallerPrincipal();
        if (status != AuthenticationStatus.SUCCESS || p == null || !p.getName().equalsIgnoreCase(signedIn.username())) {
            // fail closed: never hand out a session of anyone but the person who just proved who they are
            LOG.severe("Sign-in as '" + signedIn.username() + "' resulted in " + status + " and principal '"
                    + (p == null ? null : p.getName()) + "'; refused");
            refuse(request, response);
            return;
        }
        request.changeSessionId(); // no session fixation: the pre-login session id is dead now
        HttpSession session = request.getSession();
        session.setAttribute(
                SessionKeys.SIGNED_IN,
                new PortalFormAuthentication.SignedIn(
                        signedIn.username(), signedIn.role().name()));
        session.setAttribute(SessionKeys.SESSION_EPOCH, signedIn.sessionEpoch());
        // the person's language from before, else this session's; the browser's zone unless one was chosen
        String browserZone = zone != null ? zone : (String) session.getAttribute(SessionKeys.BROWSER_ZONE);
        session.removeAttribute(SessionKeys.BROWSER_ZONE);
        preferences.rememberFirstImpressions(browserZone, localeBean.getLanguage());
        localeBean.adopt(
                callers.signedInUser().flatMap(org.threepl.portal.application.SignedInUsers.SignedInUser::language));
        if (!signedIn.recoveryCodes().isEmpty()) {
            session.setAttribute(SessionKeys.NEW_RECOVERY_CODES, new java.util.ArrayList<>(signedIn.recoveryCodes()));
        }
        if (signedIn.recoveryCodesLeft() >= 0) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Faces.info(Faces.text("login.recoveryCodeUsed", signedIn.recoveryCodesLeft()));
        }
        String target = LoginTargets.isSafe(next) ? next : "/index.xhtml";
        if (!signedIn.recoveryCodes().isEmpty()) {
            Faces.redirect("/recovery-codes.xhtml");
        } else if (signedIn.mustChangePassword()) {
            Faces.redirect("/change-password.xhtml");
        } else {
            Faces.redirect(target);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) {
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.warning("Could not sign out after a refused sign-in: " + e);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        Faces.error(Faces.text("login.failed"));
    }

    private PendingSignIn pending() {
        HttpSession session = session(false);
        return session == null || !(session.getAttribute(SessionKeys.PENDING_SIGN_IN) instanceof PendingSignIn p)
                ? null
                : p;
    }

    private static String address() {
        return request().getRemoteAddr();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }

    private static HttpSession session(boolean create) {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        return (HttpSession) ec.getSession(create);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
