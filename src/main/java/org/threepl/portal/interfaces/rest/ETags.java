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
     * can overwrite someone else's change by accident.
     */
    static int requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.parseInt(tag);
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
