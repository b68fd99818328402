package org.threepl.portal.interfaces.rest;

/** A batch with more items than a request may carry, noticed while it was read (the rest is never parsed). */
final class BatchTooLarge extends RuntimeException {

    BatchTooLarge(String message) {
        super(message);
    }
}
