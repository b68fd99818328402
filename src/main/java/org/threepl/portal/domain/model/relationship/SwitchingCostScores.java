package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * The scores of a {@link RelationshipSnapshot}'s switching-cost profile: the index, its three groups and eight facets
 * (the explanation behind them is kept apart, as {@link ContributionLine}s of the latest snapshot only).
 */
@Embeddable
public class SwitchingCostScores {

    @Column(name = "switching_cost", nullable = false, precision = 7, scale = 2)
    private BigDecimal overall;

    @Column(name = "procedural", nullable = false, precision = 7, scale = 2)
    private BigDecimal procedural;

    @Column(name = "financial", nullable = false, precision = 7, scale = 2)
    private BigDecimal financial;

    @Column(name = "relational", nullable = false, precision = 7, scale = 2)
    private BigDecimal relational;

    @Column(name = "economic_risk", nullable = false, precision = 7, scale = 2)
    private BigDecimal economicRisk;

    @Column(name = "evaluation", nullable = false, precision = 7, scale = 2)
    private BigDecimal evaluation;

    @Column(name = "learning", nullable = false, precision = 7, scale = 2)
    private BigDecimal learning;

    @Column(name = "setup", nullable = false, precision = 7, scale = 2)
    private BigDecimal setup;

    @Column(name = "benefit_loss", nullable = false, precision = 7, scale = 2)
    private BigDecimal benefitLoss;

    @Column(name = "monetary_loss", nullable = false, precision = 7, scale = 2)
    private BigDecimal monetaryLoss;

    @Column(name = "personal_loss", nullable = false, precision = 7, scale = 2)
    private BigDecimal personalLoss;

    @Column(name = "brand_loss", nullable = false, precision = 7, scale = 2)
    private BigDecimal brandLoss;

    protected SwitchingCostScores() {
        // for JPA
    }

    SwitchingCostScores(SwitchingCostProfile p) {
        overall = p.overall();
        procedural = p.group(SwitchingCostGroup.PROCEDURAL).score();
        financial = p.group(SwitchingCostGroup.FINANCIAL).score();
        relational = p.group(SwitchingCostGroup.RELATIONAL).score();
        economicRisk = p.facet(SwitchingCostFacet.ECONOMIC_RISK).score();
        evaluation = p.facet(SwitchingCostFacet.EVALUATION).score();
        learning = p.facet(SwitchingCostFacet.LEARNING).score();
        setup = p.facet(SwitchingCostFacet.SETUP).score();
        benefitLoss = p.facet(SwitchingCostFacet.BENEFIT_LOSS).score();
        monetaryLoss = p.facet(SwitchingCostFacet.MONETARY_LOSS).score();
        personalLoss = p.facet(SwitchingCostFacet.PERSONAL_RELATIONSHIP_LOSS).score();
        brandLoss = p.facet(SwitchingCostFacet.BRAND_RELATIONSHIP_LOSS).score();
    }

    /** The switching-cost index. */
    public BigDecimal overall() {
        return overall;
    }

    public BigDecimal group(SwitchingCostGroup g) {
        return switch (g) {
            case PROCEDURAL -> procedural;
            case FINANCIAL -> financial;
            case RELATIONAL -> relational;
        };
    }

    public BigDecimal facet(SwitchingCostFacet f) {
        return switch (f) {
            case ECONOMIC_RISK -> economicRisk;
            case EVALUATION -> evaluation;
            case LEARNING -> learning;
            case SETUP -> setup;
            case BENEFIT_LOSS -> benefitLoss;
            case MONETARY_LOSS -> monetaryLoss;
            case PERSONAL_RELATIONSHIP_LOSS -> personalLoss;
            case BRAND_RELATIONSHIP_LOSS -> brandLoss;
        };
    }
}
