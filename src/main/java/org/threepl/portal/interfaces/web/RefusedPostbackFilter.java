package org.threepl.portal.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * A form posted back without the page's CSP nonce (PrimeFaces puts it into every form of the page; a forged or stale
 * post lacks it) is refused by PrimeFaces with an exception: that is a bad request (400, the portal's own error page),
 * not a server error.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class RefusedPostbackFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RefusedPostbackFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            if (!refusedNonce(e) || response.isCommitted()) {
                throw e;
            }
            LOG.info(() -> "Refused a postback of " + request.getServletPath() + " from " + request.getRemoteAddr()
                    + ": no or another CSP nonce");
            response.reset();
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static boolean refusedNonce(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals("org.primefaces.csp.CspException")) {
                return true;
            }
        }
        return false;
    }
}
