package org.threepl.portal.application;

/** Someone else changed the thing since the caller read it; the caller must reload and retry. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else since you loaded it. Reload it and apply your change again.");
    }
}
