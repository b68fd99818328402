package org.threepl.portal.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/**
 * Answers a GET whose {@code If-None-Match} names the current ETag with {@code 304 Not Modified} and no body, for every
 * resource that sends an ETag. If-None-Match compares weakly (RFC 9110, 13.1.2), and {@code *} matches any.
 */
@Provider
public class ConditionalGet implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        EntityTag current = response.getEntityTag();
        if (ifNoneMatch == null
                || current == null
                || response.getStatus() != Response.Status.OK.getStatusCode()
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return;
        }
        if (matches(ifNoneMatch, current.getValue())) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    static boolean matches(String ifNoneMatch, String currentValue) {
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals("\"" + currentValue + "\""));
    }
}
