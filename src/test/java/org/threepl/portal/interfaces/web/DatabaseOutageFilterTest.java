package org.threepl.portal.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageFilterTest {

    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();

    private void failWith(Exception e) throws Exception {
        FilterChain chain = (req, res) -> {
            if (e instanceof ServletException se) {
                throw se;
            }
            throw (RuntimeException) e;
        };
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        new DatabaseOutageFilter().doFilter(request, response, chain);
    }

    @Test
    void aPageThatCannotReachTheDatabaseAnswers503WithAPageOfItsOwn() throws Exception {
        failWith(new ServletException(new RuntimeException(new SQLTransientConnectionException("no connection"))));
        verify(response).reset();
        verify(response).setStatus(503);
        verify(response).setHeader("Retry-After", "5");
        verify(response).setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        assertTrue(body.toString().contains("did not go through"), body.toString());
        assertTrue(body.toString().contains("请几秒钟后重试"), "in Chinese too");
    }

    @Test
    void otherFailuresGoOnToTheErrorPages() {
        ServletException other = new ServletException(new SQLException("duplicate key", "23505"));
        assertSame(other, assertThrows(ServletException.class, () -> failWith(other)));
        IllegalStateException bug = new IllegalStateException("a bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> failWith(bug)));
        verify(response, never()).setStatus(503);
    }

    @Test
    void anAnswerAlreadyUnderWayIsLeftAsItIs() {
        when(response.isCommitted()).thenReturn(true);
        ServletException outage = new ServletException(new SQLException("terminating connection", "57P01"));
        assertSame(outage, assertThrows(ServletException.class, () -> failWith(outage)));
        verify(response, never()).reset();
        assertEquals("", body.toString());
    }
}
