package org.threepl.portal.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code type} names the kind of problem (documented in docs/api.md), {@code errors}
 * lists field-level problems of invalid input.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://threepl-portal.example/problems/";

    /**
     * One field at fault; {@code rule} names the business rule it breaks ({@code rule.…}, stable across releases and
     * wordings) when it is one, so that a system can act on it without reading the English.
     */
    @JsonbPropertyOrder({"field", "message", "rule"})
    public record FieldError(String field, String message, String rule) {
        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }

    public static Problem of(Response.Status status, String type, String detail) {
        return new Problem(
                URI.create(TYPE_BASE + type), status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
    }

    public static Problem of(int status, String title, String type, String detail) {
        return new Problem(URI.create(TYPE_BASE + type), title, status, detail, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(
                type,
                title,
                status,
                detail,
                instance,
                fieldErrors == null || fieldErrors.isEmpty() ? null : fieldErrors);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
