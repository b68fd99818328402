package org.threepl.portal.application.paging;

/** A {@code cursor} parameter that is not one this portal wrote for the list and order asked for (a 400 naming it). */
public class InvalidCursorException extends IllegalArgumentException {

    /** The query parameter concerned. */
    public static final String FIELD = "cursor";

    public InvalidCursorException(String message) {
        super(message);
    }

    public String field() {
        return FIELD;
    }
}
