package org.threepl.portal.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Keeps a user who signed in with a temporary password on the change-password page until the
 * password is changed. The flag is set at sign-in ({@link LoginBean}) and cleared on change.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PasswordChangeFilter extends HttpFilter {

    static final String MUST_CHANGE = "portal.mustChangePassword";
    private static final String PAGE = "/change-password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getServletPath();
        if (session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE))
                && !PAGE.equals(path) && !path.startsWith("/error/") && !"/login.xhtml".equals(path)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
