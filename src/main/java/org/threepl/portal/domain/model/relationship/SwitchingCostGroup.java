package org.threepl.portal.domain.model.relationship;

/** The three kinds of switching cost (Burnham, Frels and Mahajan 2003). */
public enum SwitchingCostGroup {
    /** Time and effort: economic risk, evaluation, learning, set-up. */
    PROCEDURAL,
    /** Lost money and benefits: benefit loss, monetary loss. */
    FINANCIAL,
    /** Lost bonds with people and the brand: personal-relationship loss, brand-relationship loss. */
    RELATIONAL
}
