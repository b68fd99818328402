package org.threepl.portal.application;

/**
 * A change to something that exists was asked for without saying which version the caller read (no If-Match): refused,
 * so that nobody overwrites someone else's change by accident.
 */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String what) {
        super(what + " exists already: send the ETag you read in an If-Match header to replace it.");
    }
}
