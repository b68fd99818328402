package org.threepl.portal.application;

/**
 * The thing asked for does not exist, or the caller may not see it. The two are deliberately the same answer, so that
 * another organisation's identifiers reveal nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
