package org.threepl.portal.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures of API input: a 400 problem listing every invalid field. */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(Response.Status.BAD_REQUEST, "validation-failed", "The request has invalid fields.")
                .withErrors(errors)
                .at(uriInfo.getRequestUri().getRawPath())
                .toResponse();
    }

    /**
     * The name the caller knows: a JSON field of the body (create.body.email → email) or a query parameter (list.limit
     * → limit); "body" when the body itself is missing.
     */
    private static String field(ConstraintViolation<?> v) {
        String property = null;
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case PROPERTY -> property = node.getName();
                case PARAMETER -> parameter = node.getName();
                default -> {}
            }
        }
        if (property != null) {
            return property;
        }
        return parameter != null && !"body".equals(parameter) ? parameter : "body";
    }
}
