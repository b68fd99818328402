package org.threepl.portal.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.idempotency.IdempotentRequests;
import org.threepl.portal.application.idempotency.StoredAnswer;

/**
 * {@code Idempotency-Key} on the API's creating POSTs ({@link IdempotentCreate}): the request is hashed (method, path,
 * query and body, as they arrive) while the resource reads it; a retry with the same key and request is answered as the
 * first was (status, Location, ETag, body, and {@code Idempotent-Replayed: true}) without running again. What the rules
 * are is {@link IdempotentRequests}'s; this maps HTTP to them.
 */
@Provider
@IdempotentCreate
@Priority(Priorities.USER)
public class IdempotentCreates implements ContainerRequestFilter, ContainerResponseFilter {

    static final String HEADER = "Idempotency-Key";
    private static final String RUNNING = IdempotentCreates.class.getName() + ".running";
    private static final int LONGEST_STORED_ANSWER = 1_000_000;

    @Inject
    IdempotentRequests requests;

    @Inject
    CallerContext callerContext;

    @Context
    Providers providers;

    /** A request that reserved its key, with the digest its body is read through. */
    private record Running(long credentialId, String key, DigestInputStream body) {}

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        Caller caller = callerContext.current();
        if (key == null || !"POST".equals(request.getMethod()) || !caller.isApiCredential()) {
            return;
        }
        DigestInputStream body = new DigestInputStream(request.getEntityStream(), digestOf(request));
        IdempotentRequests.Start start = requests.start(caller.credentialId(), key);
        if (start instanceof IdempotentRequests.Answered answered) {
            request.abortWith(replay(requests.replay(answered, hashOf(drained(body)))));
        } else if (start instanceof IdempotentRequests.Busy) {
            request.abortWith(Problem.of(
                            Response.Status.CONFLICT,
                            "idempotency-key-in-use",
                            "A request with this Idempotency-Key is still running, or its server stopped before "
                                    + "recording the answer. Retry later; after 24 hours the key is free again.")
                    .toResponse());
        } else {
            request.setEntityStream(body);
            request.setProperty(RUNNING, new Running(caller.credentialId(), key, body));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(RUNNING) instanceof Running running)) {
            return;
        }
        requests.finish(
                running.credentialId(),
                running.key(),
                new StoredAnswer(
                        hashOf(drained(running.body())),
                        response.getStatus(),
                        response.getMediaType() == null
                                ? null
                                : response.getMediaType().toString(),
                        response.getHeaderString(HttpHeaders.LOCATION),
                        response.getHeaderString(HttpHeaders.ETAG),
                        bodyOf(response)));
    }

    private static Response replay(StoredAnswer answer) {
        Response.ResponseBuilder r = Response.status(answer.status()).header("Idempotent-Replayed", "true");
        if (answer.body() != null) {
            r.entity(answer.body())
                    .type(answer.contentType() == null ? MediaType.APPLICATION_JSON : answer.contentType());
        }
        if (answer.location() != null) {
            r.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.entityTag() != null) {
            r.header(HttpHeaders.ETAG, answer.entityTag());
        }
        return r.build();
    }

    /** The answer's body as it will be written, or null if it cannot be kept (then the key is given up). */
    private String bodyOf(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null) {
            return "";
        }
        String text = entity instanceof String s
                ? s
                : providers
                        .getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE)
                        .getContext(entity.getClass())
                        .toJson(entity);
        return text.length() > LONGEST_STORED_ANSWER ? null : text;
    }

    private static MessageDigest digestOf(ContainerRequestContext request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String target = request.getMethod() + " "
                    + request.getUriInfo().getRequestUri().getRawPath() + "?"
                    + request.getUriInfo().getRequestUri().getRawQuery() + "\n";
            digest.update(target.getBytes(StandardCharsets.UTF_8));
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The digest after the rest of the body (what the resource did not read) went through it. A body the container has
     * closed was read to its end.
     */
    private static MessageDigest drained(DigestInputStream body) {
        try {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException closedOrTooLarge) {
            // a body past its limit never gets here: the resource was refused with 413 before
        }
        return body.getMessageDigest();
    }

    private static String hashOf(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
