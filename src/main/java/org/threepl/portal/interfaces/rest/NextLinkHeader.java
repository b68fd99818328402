package org.threepl.portal.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Adds {@code Link: <next>; rel="next"} (RFC 8288) to every list answer with a next page. */
@Provider
public class NextLinkHeader implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof NextPage page && page.next() != null) {
            response.getHeaders().add(HttpHeaders.LINK, "<" + page.next() + ">; rel=\"next\"");
        }
    }
}
