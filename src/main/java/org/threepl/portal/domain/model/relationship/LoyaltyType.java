package org.threepl.portal.domain.model.relationship;

/**
 * Why a client stays: the six loyalty types of the source text, and {@link #UNDETERMINED} while the data supports none
 * of them. Loyalty is not satisfaction: a client held by a high switching cost while dissatisfied is inertia-loyal, and
 * the first to leave when a rival lowers the cost of changing.
 */
public enum LoyaltyType {
    /** No alternative provider: a fact outside the portal's data, never derived. */
    MONOPOLY(false),
    /** Belongs to the same group as the 3PL: a fact outside the portal's data, never derived. */
    KINSHIP(false),
    /** Stays for the price and the benefits: the financial switching costs outweigh the others. */
    INTEREST(true),
    /** Stays by habit or because changing costs too much, satisfied or not. */
    INERTIA(true),
    /** Satisfied for years with a growing or steady business: the goal. */
    TRUST(true),
    /** Satisfied but not yet bound: would buy more, held back by nothing the portal sees. */
    POTENTIAL(true),
    /** The data supports none of the types yet (no satisfaction measured, a middling switching cost). */
    UNDETERMINED(true);

    private final boolean derived;

    LoyaltyType(boolean derived) {
        this.derived = derived;
    }

    /** Whether the portal can derive the type from its data. */
    public boolean derived() {
        return derived;
    }
}
