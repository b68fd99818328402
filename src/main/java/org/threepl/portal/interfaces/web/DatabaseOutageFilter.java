package org.threepl.portal.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.threepl.portal.interfaces.http.DatabaseUnavailable;

/**
 * A page that fails because the database cannot be reached (down, restarting, failing over) answers 503 with
 * {@code Retry-After} and a short page of its own, in English and Chinese, that needs nothing from the database: the
 * usual error page would itself ask the database for the signed-in user, and fail again. Declared first in web.xml, so
 * that it also covers the filters that read the session's user. Other failures go on to the error pages.
 */
public class DatabaseOutageFilter extends HttpFilter {

    static final String RETRY_AFTER_SECONDS = "5";

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, \
            initial-scale=1"><title>3PL Client Portal: back in a moment</title>
            <style>body{font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;\
            color:#1f2933}h1{font-size:1.4rem}</style></head><body>
            <h1>The portal is back in a moment</h1>
            <p>It cannot reach its database just now, so what you just did did not go through: please try \
            again in a few seconds.</p>
            <h1 lang="zh-CN">门户稍后即可恢复</h1>
            <p lang="zh-CN">门户暂时无法连接数据库，您刚才的操作未能完成：请几秒钟后重试。</p>
            </body></html>
            """;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.causedIt(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.setHeader("Cache-Control", "no-store");
            // reset() dropped the security headers set further out: the page needs no script, nor anything else
            response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(PAGE);
        }
    }
}
