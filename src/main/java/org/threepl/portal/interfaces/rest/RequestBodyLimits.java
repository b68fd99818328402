package org.threepl.portal.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.threepl.portal.domain.model.dispute.Attachment;

/**
 * Every API request body is bounded while it is read: a declared length over the address's limit is refused before a
 * byte is read (413), and a body that turns out longer fails as it crosses the limit, so no address ever holds or
 * parses more than its limit. Text bodies are checked for the NUL character on the way (422). The limits:
 *
 * <ul>
 *   <li>CSV imports ({@code /imports/…}): {@value #IMPORT} bytes (about 2 million lines);
 *   <li>dispute evidence ({@code /disputes/…/attachments}): the evidence limit, 10 MiB;
 *   <li>proof of delivery ({@code /shipments/…/proof-of-delivery}): {@value #PROOF_OF_DELIVERY} bytes (a 5 MiB document
 *       in Base64);
 *   <li>everything else: {@value #DEFAULT} bytes (a batch of 1,000 events is a few hundred kilobytes).
 * </ul>
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestBodyLimits implements ContainerRequestFilter {

    static final long IMPORT = 256L * 1024 * 1024;
    static final long PROOF_OF_DELIVERY = 8L * 1024 * 1024;
    static final long DEFAULT = 4L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return;
        }
        String path = request.getUriInfo().getPath();
        long limit = limitOf(path);
        int declared = request.getLength();
        if (declared > limit) {
            request.abortWith(Problem.of(
                            413,
                            "Content Too Large",
                            "payload-too-large",
                            "The request body has " + declared + " bytes; this address accepts at most " + limit + ".")
                    .at(request.getUriInfo().getRequestUri().getRawPath())
                    .toResponse());
            return;
        }
        request.setEntityStream(
                new BoundedBody(request.getEntityStream(), limit, kindOf(path, request.getMediaType())));
    }

    static long limitOf(String path) {
        if (path.contains("/imports/")) {
            return IMPORT;
        }
        if (path.contains("/attachments")) {
            return Attachment.MAX_BYTES;
        }
        if (path.endsWith("/proof-of-delivery")) {
            return PROOF_OF_DELIVERY;
        }
        return DEFAULT;
    }

    static BoundedBody.Kind kindOf(String path, MediaType type) {
        if (path.contains("/attachments")) {
            return BoundedBody.Kind.BINARY;
        }
        if (type != null
                && ("csv".equalsIgnoreCase(type.getSubtype()) || "plain".equalsIgnoreCase(type.getSubtype()))) {
            return BoundedBody.Kind.CSV;
        }
        return BoundedBody.Kind.JSON;
    }
}
