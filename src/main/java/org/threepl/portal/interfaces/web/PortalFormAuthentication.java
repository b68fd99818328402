package org.threepl.portal.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Form sign-in through the portal's own login page ({@link LoginBean}). The page runs the sign-in steps (password, then
 * the second factor) through the application's {@code SignInService}; only when they are all passed does it hand this
 * mechanism a {@link Verified} credential, which exists nowhere else and which the mechanism turns into the container's
 * login for exactly that caller.
 *
 * <p>The portal's own mechanism rather than the built-in custom-form one because the built-in one, and
 * {@code @AutoApplySession}, answer a sign-in with whatever principal the request already appears to carry, without
 * looking at the submitted credentials. On Liberty that was, now and then, the user of an earlier request. Here a
 * sign-in is decided by the verified caller alone; only requests without credentials continue the session registered at
 * sign-in: Liberty's single sign-on cookie on the server that made it, the session itself ({@link SignedIn}) on any
 * other server of a cluster (Liberty finds the cookie's caller only in the memory of the server that made it).
 * {@link SessionGuardFilter} holds every request's caller to its session's. A protected page asked for without a
 * sign-in goes to the login page, which returns there afterwards.
 */
@ApplicationScoped
public class PortalFormAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    /** A caller whose password (and second factor) the sign-in steps have just verified. */
    record Verified(String username, String role) implements Credential {}

    /** Who signed in to a session, kept in it (with the session in the database when servers share sessions). */
    record SignedIn(String username, String role) implements Serializable {}

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        AuthenticationParameters parameters = context.getAuthParameters();
        Credential credential = parameters == null ? null : parameters.getCredential();
        if (credential != null) {
            if (!(credential instanceof Verified verified)) {
                return context.responseUnauthorized();
            }
            context.setRegisterSession(verified.username(), Set.of(verified.role()));
            context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
            return context.notifyContainerAboutLogin(verified.username(), Set.of(verified.role()));
        }
        if (request.getUserPrincipal() != null) {
            return AuthenticationStatus.SUCCESS; // the session registered at sign-in continues
        }
        SignedIn continued = signedIn(request);
        if (continued != null) {
            // a session signed in on another server (which died or was left by the balancer): Liberty's sign-in
            // cookie names a caller only on the server that made it, the session says who it is everywhere
            context.setRegisterSession(continued.username(), Set.of(continued.role()));
            return context.notifyContainerAboutLogin(continued.username(), Set.of(continued.role()));
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + nextParameter(request));
        }
        return context.doNothing();
    }

    /** Who signed in to the request's session, if it has one and someone did. */
    static SignedIn signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        try {
            return session.getAttribute(SessionKeys.SIGNED_IN) instanceof SignedIn s ? s : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /** The page asked for (a GET of a portal page), to return to after sign-in. */
    private static String nextParameter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "";
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String query = request.getQueryString();
        String target = path + (query == null ? "" : "?" + query);
        return LoginTargets.isSafe(target) ? "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8) : "";
    }
}
