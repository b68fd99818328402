package org.threepl.portal.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NotAuthenticatedException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.RateLimitExceededException;
import org.threepl.portal.application.paging.InvalidCursorException;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.interfaces.http.DatabaseUnavailable;

/**
 * Turns every failure of an API call into problem+json. Expected failures say what went wrong; unexpected ones say only
 * that something did, with an incident id that is also in the log, so no stack trace or internal detail ever reaches a
 * caller.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

    /** A database restart or fail-over takes a few seconds (a PostgreSQL restart measured 6 s). */
    static final int RETRY_AFTER_SECONDS = 5;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof RateLimitExceededException r) {
            return RateLimitHeaders.tooManyRequests(r.decision(), r.getMessage(), path());
        }
        if (DatabaseUnavailable.causedIt(e)) {
            LOG.warning(() -> "Database unreachable at " + path() + ": " + e);
            return Response.fromResponse(Problem.of(
                                    Response.Status.SERVICE_UNAVAILABLE,
                                    "database-unavailable",
                                    "The portal cannot reach its database just now. Send the request again in a few"
                                            + " seconds; with the same Idempotency-Key (or, for events, the same event"
                                            + " ids) it is stored once.")
                            .at(path())
                            .toResponse())
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        return problemFor(e).at(path()).toResponse();
    }

    private Problem problemFor(Throwable e) {
        BoundedBody.TooLarge tooLarge = cause(e, BoundedBody.TooLarge.class);
        if (tooLarge != null) {
            return Problem.of(
                    413,
                    "Content Too Large",
                    "payload-too-large",
                    "The request body is larger than the " + tooLarge.limit + " bytes this address accepts.");
        }
        if (cause(e, BoundedBody.NulCharacter.class) != null) {
            return Problem.of(
                    422,
                    "Unprocessable Content",
                    "forbidden-character",
                    "Texts may not contain the NUL character (U+0000); remove it and send the request again.");
        }
        if (e instanceof BatchTooLarge b) {
            return Problem.of(413, "Content Too Large", "batch-too-large", b.getMessage())
                    .withErrors(List.of(new Problem.FieldError("events", b.getMessage())));
        }
        Problem badParameter = badParameter(e);
        if (badParameter != null) {
            return badParameter;
        }
        Throwable jsonError = jsonCause(e);
        if (jsonError != null) {
            return Problem.of(
                    Response.Status.BAD_REQUEST,
                    "malformed-json",
                    "The request body is not valid JSON for this resource: " + firstLine(jsonError.getMessage()));
        }
        if (e instanceof NotFoundException) {
            return Problem.of(Response.Status.NOT_FOUND, "not-found", e.getMessage());
        }
        if (e instanceof AccessDeniedException) {
            return Problem.of(Response.Status.FORBIDDEN, "forbidden", e.getMessage());
        }
        if (e instanceof NotAuthenticatedException) {
            return Problem.of(Response.Status.UNAUTHORIZED, "unauthenticated", e.getMessage());
        }
        if (e instanceof ConcurrentChangeException || e instanceof OptimisticLockException) {
            return Problem.of(
                    Response.Status.PRECONDITION_FAILED,
                    "stale-version",
                    "The resource was changed since you read it (its ETag no longer matches). GET it again and retry.");
        }
        if (e instanceof org.threepl.portal.application.PreconditionRequiredException) {
            return Problem.of(428, "Precondition Required", "if-match-required", e.getMessage());
        }
        if (e instanceof DomainRuleViolation v) {
            Problem p = Problem.of(422, "Unprocessable Content", "rule-violation", v.getMessage());
            List<Problem.FieldError> errors = v.problems().stream()
                    .filter(x -> x.field() != null)
                    .map(x -> new Problem.FieldError(x.field(), x.message(), x.key()))
                    .toList();
            return p.withErrors(errors);
        }
        if (isUniqueViolation(e)) {
            // two requests raced to create the same thing; the loser retries and finds it
            return Problem.of(
                    Response.Status.CONFLICT,
                    "conflict",
                    "A concurrent request stored the same item at the same moment. Send the request again.");
        }
        if (e instanceof InvalidCursorException c) {
            return Problem.of(Response.Status.BAD_REQUEST, "invalid-parameter", c.getMessage())
                    .withErrors(List.of(new Problem.FieldError(c.field(), c.getMessage())));
        }
        if (e instanceof IllegalArgumentException) {
            return Problem.of(Response.Status.BAD_REQUEST, "invalid-input", e.getMessage());
        }
        String dataError = dataException(e);
        if (dataError != null) {
            // the database refused a value (too long, out of range, not representable) that no check before it caught:
            // still the caller's input, so a 422 that says so (the statement itself stays in the log only)
            LOG.log(
                    Level.WARNING,
                    "A value refused by the database reached it at " + path() + " (SQLState " + dataError + ")",
                    e);
            return Problem.of(
                    422,
                    "Unprocessable Content",
                    "invalid-value",
                    "A value in the request is out of the range or form this field accepts (too long, too "
                            + "large, or not representable).");
        }
        if (e instanceof WebApplicationException w) {
            Response r = w.getResponse();
            int status = r.getStatus();
            String title = r.getStatusInfo().getReasonPhrase();
            if (status >= 500) {
                return incident(e);
            }
            return Problem.of(status, title, "http-" + status, describe(status));
        }
        return incident(e);
    }

    private Problem incident(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API incident " + incident + " at " + path(), e);
        return Problem.of(
                Response.Status.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Something went wrong on our side. Quote incident " + incident + " to support.");
    }

    private static String describe(int status) {
        return switch (status) {
            case 404 -> "There is no resource at this address.";
            case 405 -> "This resource does not support that HTTP method.";
            case 406 -> "This resource answers in application/json only.";
            case 415 -> "Send the request body as application/json.";
            default -> "The request could not be processed.";
        };
    }

    /**
     * A query or header parameter that could not be read as its type (JAX-RS answers those as 404, as if the address
     * did not exist): a 400 naming it. An unreadable path parameter stays a 404: there is no resource at that address.
     */
    private static Problem badParameter(Throwable e) {
        if (!(e instanceof jakarta.ws.rs.NotFoundException || e instanceof jakarta.ws.rs.BadRequestException)
                || e.getCause() == null) {
            return null;
        }
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "(QueryParam|HeaderParam|FormParam)\\(\"([^\"]+)\"\\)")
                .matcher(message);
        String name = m.find() ? m.group(2) : null;
        if (name == null) {
            return null;
        }
        Throwable cause = e.getCause();
        String label = name == null ? "a parameter" : "'" + name + "'";
        return Problem.of(
                        Response.Status.BAD_REQUEST,
                        "invalid-parameter",
                        "The parameter " + label + " has a value that cannot be read"
                                + (cause instanceof NumberFormatException ? " as a whole number in range" : "") + ".")
                .withErrors(name == null ? List.of() : List.of(new Problem.FieldError(name, "Not a valid value")));
    }

    /** The SQLState of a PostgreSQL data exception (class 22: a value the column cannot take), if that is the cause. */
    private static String dataException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Throwable jsonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException) {
                return t;
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private String path() {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }
}
