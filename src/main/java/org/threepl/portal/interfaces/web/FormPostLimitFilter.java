package org.threepl.portal.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * A page's form post is bounded before the container parses it: a urlencoded form over {@value #MAX_FORM} bytes (no
 * page has one a hundredth of that size) is refused with 413, and one without a declared length with 411. File uploads
 * (multipart) are bounded by the Faces servlet's multipart limits in web.xml, and each page checks its own, smaller
 * limit by the part's size before reading it.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class FormPostLimitFilter extends HttpFilter {

    static final long MAX_FORM = 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())) {
            String type = request.getContentType() == null
                    ? ""
                    : request.getContentType().toLowerCase(Locale.ROOT);
            if (type.startsWith("application/x-www-form-urlencoded")) {
                long length = request.getContentLengthLong();
                if (length < 0) {
                    response.sendError(411); // Length Required
                    return;
                }
                if (length > MAX_FORM) {
                    response.sendError(413); // Content Too Large
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
