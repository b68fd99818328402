package org.threepl.portal.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;
import org.threepl.portal.application.ApiCredentialService;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.RateLimitDecision;
import org.threepl.portal.application.RateLimitExceededException;
import org.threepl.portal.application.RateLimitService;
import org.threepl.portal.domain.model.account.ApiScope;

/**
 * Authenticates every API request by its key ({@code Authorization: Bearer …} or {@code X-API-Key}), makes the
 * credential the request's caller, takes a token from its rate limit ({@link RateLimitService}), and lets only
 * write-scoped keys change anything.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyAuthenticationFilter implements ContainerRequestFilter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    ApiCredentialService credentials;

    @Inject
    CallerContext callerContext;

    @Inject
    RateLimitService rateLimits;

    @jakarta.ws.rs.core.Context
    jakarta.servlet.http.HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        Optional<String> presented = presentedKey(request);
        if (presented.isEmpty()) {
            request.abortWith(unauthorized(
                    path, "This API needs an API key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'."));
            return;
        }
        Optional<Caller> caller = credentials.authenticate(presented.get());
        if (caller.isEmpty()) {
            request.abortWith(unauthorized(
                    path, "The API key is not valid: it is unknown, revoked, or its organisation is suspended."));
            return;
        }
        callerContext.useApiCaller(caller.get());
        credentials.noteAddress(caller.get(), servletRequest.getRemoteAddr());
        RateLimitDecision admitted = rateLimits.admit(caller.get());
        if (!admitted.granted()) {
            request.abortWith(RateLimitHeaders.tooManyRequests(
                    admitted, new RateLimitExceededException(admitted).getMessage(), path));
            return;
        }
        if (!READ_METHODS.contains(request.getMethod()) && !caller.get().may(ApiScope.WRITE)) {
            request.abortWith(Problem.of(
                            Response.Status.FORBIDDEN,
                            "insufficient-scope",
                            "This API key may only read; changing data needs a key with the WRITE scope.")
                    .at(path)
                    .toResponse());
        }
    }

    private static Optional<String> presentedKey(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).trim()).filter(s -> !s.isEmpty());
        }
        return Optional.ofNullable(request.getHeaderString("X-API-Key"))
                .map(String::trim)
                .filter(s -> !s.isEmpty());
    }

    private static Response unauthorized(String path, String detail) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, "unauthenticated", detail)
                        .at(path)
                        .toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"3pl-portal-api\"")
                .build();
    }
}
