package org.threepl.portal.application;

/** There is no signed-in user and no valid API credential behind the request. */
public class NotAuthenticatedException extends RuntimeException {

    public NotAuthenticatedException(String message) {
        super(message);
    }
}
