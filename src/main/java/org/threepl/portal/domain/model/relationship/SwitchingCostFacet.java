package org.threepl.portal.domain.model.relationship;

import java.util.Arrays;
import java.util.List;

/** The eight facets of switching cost, each in its group. */
public enum SwitchingCostFacet {
    /** The risk that a new provider serves worse: how well this one performs and what is at stake. */
    ECONOMIC_RISK(SwitchingCostGroup.PROCEDURAL),
    /** The effort of finding and evaluating another provider for what has been arranged here. */
    EVALUATION(SwitchingCostGroup.PROCEDURAL),
    /** The effort of learning another provider's portal and ways of working. */
    LEARNING(SwitchingCostGroup.PROCEDURAL),
    /** The effort of setting up again: integrations, keys, data flows. */
    SETUP(SwitchingCostGroup.PROCEDURAL),
    /** What the client would forfeit by leaving: price incentives, discounts, unused credits, rebates in progress. */
    BENEFIT_LOSS(SwitchingCostGroup.FINANCIAL),
    /** Money the client would have to spend or forfeit: remaining contract, exit fees, dedicated assets. */
    MONETARY_LOSS(SwitchingCostGroup.FINANCIAL),
    /** The people the client works with: account manager, contacts, business reviews. */
    PERSONAL_RELATIONSHIP_LOSS(SwitchingCostGroup.RELATIONAL),
    /** The attachment to the provider itself: tenure and satisfaction. */
    BRAND_RELATIONSHIP_LOSS(SwitchingCostGroup.RELATIONAL);

    private final SwitchingCostGroup group;

    SwitchingCostFacet(SwitchingCostGroup group) {
        this.group = group;
    }

    public SwitchingCostGroup group() {
        return group;
    }

    public static List<SwitchingCostFacet> of(SwitchingCostGroup group) {
        return Arrays.stream(values()).filter(f -> f.group == group).toList();
    }
}
