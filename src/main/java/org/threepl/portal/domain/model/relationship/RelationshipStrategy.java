package org.threepl.portal.domain.model.relationship;

/**
 * The relationship-marketing strategy for a quadrant of the portfolio (after Payne's matrix, read as the client's value
 * against the depth of the relationship): individualised relationship marketing is the goal for valuable clients.
 */
public enum RelationshipStrategy {
    /** Less valuable, shallow: standard service, self-service, kept efficient. */
    PRODUCT_SALES(false, false),
    /** Less valuable, deep: keep the support efficient and grow the business. */
    SERVICE_SUPPORT(false, true),
    /** Valuable, shallow: deepen the relationship (contacts, reviews, integration) before a rival does. */
    CUSTOMER_MARKETING(true, false),
    /** Valuable, deep: individualised relationship marketing, the ideal for a 3PL. */
    INDIVIDUALISED_RELATIONSHIP_MARKETING(true, true);

    private final boolean valuable;
    private final boolean deep;

    RelationshipStrategy(boolean valuable, boolean deep) {
        this.valuable = valuable;
        this.deep = deep;
    }

    /** The quadrant holds VIP and major clients. */
    public boolean valuable() {
        return valuable;
    }

    /** The quadrant holds proactive and partnership relationships. */
    public boolean deep() {
        return deep;
    }

    /** The strategy for a client of this value segment at this relationship level. */
    public static RelationshipStrategy of(ValueSegment segment, RelationshipLevel level) {
        boolean isValuable = segment.atLeast(ValueSegment.MAJOR);
        for (RelationshipStrategy s : values()) {
            if (s.valuable == isValuable && s.deep == level.deep()) {
                return s;
            }
        }
        throw new IllegalStateException("every quadrant has a strategy");
    }
}
