package org.threepl.portal.domain.model.relationship;

/**
 * Value segments (source text): VIP ≈ top 1 %, major ≈ next 4 %, ordinary ≈ next 15 %, small ≈ the rest. Best first.
 */
public enum ValueSegment {
    VIP,
    MAJOR,
    ORDINARY,
    SMALL;

    /** At least as valuable a segment as {@code other}. */
    public boolean atLeast(ValueSegment other) {
        return ordinal() <= other.ordinal();
    }
}
