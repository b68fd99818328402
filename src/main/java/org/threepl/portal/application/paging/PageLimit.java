package org.threepl.portal.application.paging;

/**
 * The bounds of every paged list, written once: a page holds at least one row and at most the list's maximum (a larger
 * {@code limit} is cut to it, not refused, so a client asking for "everything" still gets pages), and an offset below
 * zero starts at the first row.
 */
public final class PageLimit {

    /** The largest page of most lists (disputes, invoices, relationships). */
    public static final int MAX = 200;

    private PageLimit() {}

    /** {@code limit} within 1..{@link #MAX}. */
    public static int clamp(int limit) {
        return clamp(limit, MAX);
    }

    /** {@code limit} within 1..{@code max}. */
    public static int clamp(int limit, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("A page holds at least one row: max " + max);
        }
        return Math.min(Math.max(1, limit), max);
    }

    /** {@code offset}, or 0 when negative. */
    public static int offset(int offset) {
        return Math.max(0, offset);
    }
}
