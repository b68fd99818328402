package org.threepl.portal.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.SecurityLog;
import org.threepl.portal.application.SignedInUsers;
import org.threepl.portal.domain.model.security.SecurityEventType;

/**
 * Holds every signed-in page request to what the database says about its user now (read once per request, with the
 * caller):
 *
 * <ul>
 *   <li>a session is signed out when its user is disabled or suspended, or when its epoch is behind the user's (the
 *       password was changed or reset, the second factor reset: every other session ends), or when it has no epoch at
 *       all (a sign-in token outliving its session, e.g. after the idle timeout);
 *   <li>a request is refused (403) when its caller is not who signed in to its session;
 *   <li>a user who must change the password sees only the change-password page until they have.
 * </ul>
 */
@WebFilter(urlPatterns = {"*.xhtml", "/documents/*"})
public class SessionGuardFilter extends HttpFilter {

    private static final String CHANGE_PASSWORD = "/change-password.xhtml";
    /** Pages a user who must change the password may still open. */
    private static final Set<String> ALLOWED_BEFORE_CHANGE =
            Set.of(CHANGE_PASSWORD, "/login.xhtml", "/recovery-codes.xhtml");

    @Inject
    CallerContext callers;

    @Inject
    SecurityLog securityLog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (request.getUserPrincipal() == null || path.startsWith("/error/")) {
            chain.doFilter(request, response);
            return;
        }
        PortalFormAuthentication.SignedIn owner = PortalFormAuthentication.signedIn(request);
        if (owner != null
                && !owner.username().equalsIgnoreCase(request.getUserPrincipal().getName())) {
            // one user's sign-in with another's session: neither is handed to the other, and the session's owner
            // keeps it
            callers.signedInUser()
                    .ifPresent(u -> securityLog.record(
                            SecurityEventType.SESSION_REFUSED,
                            b -> b.aboutUser(u.caller().userId(), u.caller().name())
                                    .organisation(u.caller().organisationId())
                                    .from(request.getRemoteAddr())
                                    .detail("presented the session of another user")));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<SignedInUsers.SignedInUser> user = callers.signedInUser();
        HttpSession session = request.getSession(false);
        Object epoch = session == null ? null : session.getAttribute(SessionKeys.SESSION_EPOCH);
        if (user.isEmpty() || !(epoch instanceof Integer e) || e != user.get().sessionEpoch()) {
            user.ifPresent(u -> securityLog.record(
                    SecurityEventType.SESSION_ENDED,
                    b -> b.aboutUser(u.caller().userId(), u.caller().name())
                            .organisation(u.caller().organisationId())
                            .from(request.getRemoteAddr())
                            .detail(
                                    epoch == null
                                            ? "no session (idle timeout or a sign-in token alone)"
                                            : "signed out elsewhere: password or second factor changed")));
            signOut(request, session);
            response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
            return;
        }
        if (user.get().passwordChangeRequired() && !ALLOWED_BEFORE_CHANGE.contains(path)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void signOut(HttpServletRequest request, HttpSession session) throws ServletException {
        request.logout();
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // nothing left to end
            }
        }
    }
}
