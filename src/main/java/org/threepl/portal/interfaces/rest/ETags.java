package org.threepl.portal.interfaces.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** Entity tags from optimistic-lock versions, and the If-Match precondition for changes. */
final class ETags {

    private ETags() {}

    static EntityTag of(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /**
     * The version the client read, from its If-Match header; a change without one is refused (428), so that no client
     * can overwrite someone else's change by accident. If-Match compares strongly (RFC 9110, 13.1.1): a weak tag, "*"
     * or a tag this API never gave never matches, so the change is refused with 412.
     */
    static int requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        String tag = ifMatch.trim();
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw new org.threepl.portal.application.ConcurrentChangeException("The resource");
        }
        try {
            return Integer.parseInt(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            throw new org.threepl.portal.application.ConcurrentChangeException("The resource");
        }
    }

    static final class PreconditionRequired extends jakarta.ws.rs.WebApplicationException {
        PreconditionRequired() {
            super(Problem.of(
                            428,
                            "Precondition Required",
                            "if-match-required",
                            "Send the ETag you read in an If-Match header, so that concurrent changes are detected.")
                    .toResponse());
        }
    }

    static Response.ResponseBuilder ok(Object entity, int version) {
        return Response.ok(entity).tag(of(version));
    }
}
