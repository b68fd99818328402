package org.threepl.portal.application;

/** The caller may see the thing but may not do this to it (a role or scope is missing). */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
