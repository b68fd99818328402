package org.threepl.portal.application.idempotency;

/**
 * An answer as it was given to a request with an Idempotency-Key: replayed byte for byte to a retry of the same
 * request. A reservation (the request is still running, or its server stopped before it could record the answer) has no
 * status yet.
 */
public record StoredAnswer(
        String requestHash, int status, String contentType, String location, String entityTag, String body) {

    static final int RESERVED = 0;

    public static StoredAnswer reservation() {
        return new StoredAnswer(null, RESERVED, null, null, null, null);
    }

    public boolean reserved() {
        return status == RESERVED;
    }
}
