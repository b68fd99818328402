package org.threepl.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.threepl.portal.application.RateLimitDecision;
import org.threepl.portal.application.RateLimitState;
import org.threepl.portal.domain.model.account.RateLimit;

/**
 * The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers) on every answer to an API key, and the 429
 * answer of a key over its limit. The bucket is advertised as a quota of {@code burst} requests earned back in the
 * seconds a full burst takes to refill ({@code w}); {@code RateLimit} gives the requests left now ({@code r}) and the
 * seconds until the bucket is full again ({@code t}).
 */
@Provider
public class RateLimitHeaders implements ContainerResponseFilter {

    static final String POLICY = "RateLimit-Policy";
    static final String STATE = "RateLimit";
    static final String RETRY_AFTER = "Retry-After";

    /** The policy's name in both fields. */
    private static final String NAME = "\"per-key\"";

    @Inject
    RateLimitState state;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        RateLimitDecision d = state.latest();
        if (d != null) {
            response.getHeaders().putSingle(POLICY, policy(d.limit()));
            response.getHeaders().putSingle(STATE, NAME + ";r=" + d.remaining() + ";t=" + d.secondsUntilFull());
        }
    }

    static String policy(RateLimit limit) {
        return NAME + ";q=" + limit.burst() + ";w=" + limit.windowSeconds();
    }

    /** The 429 problem of a refused request; the RateLimit fields are added by the filter. */
    static Response tooManyRequests(RateLimitDecision d, String message, String path) {
        return Response.fromResponse(problem(message).at(path).toResponse())
                .header(RETRY_AFTER, d.retryAfterSeconds())
                .build();
    }

    static Problem problem(String message) {
        return Problem.of(429, "Too Many Requests", "rate-limited", message);
    }
}
