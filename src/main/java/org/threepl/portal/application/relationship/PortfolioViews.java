package org.threepl.portal.application.relationship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.threepl.portal.domain.model.relationship.LoyaltyRules;
import org.threepl.portal.domain.model.relationship.RelationshipSnapshot;
import org.threepl.portal.domain.model.relationship.RelationshipStrategy;
import org.threepl.portal.domain.model.relationship.SwitchingCostGroup;
import org.threepl.portal.domain.model.relationship.SwitchingCostScores;
import org.threepl.portal.domain.model.relationship.ValueFigures;

/** The 3PL's view across its clients: the portfolio and its matrix. */
public final class PortfolioViews {

    private PortfolioViews() {}

    /** One client in the portfolio (its latest figures). */
    public record PortfolioEntry(
            Long organisationId,
            String name,
            String segment,
            String tier,
            String recommendedTier,
            BigDecimal switchingCost,
            BigDecimal procedural,
            BigDecimal financial,
            BigDecimal relational,
            int churnRisk,
            String riskLevel,
            String stage,
            BigDecimal satisfaction,
            String satisfactionLevel,
            String loyaltyType,
            boolean loyaltyAtRisk,
            String relationshipLevel,
            String strategy,
            BigDecimal value,
            BigDecimal lifetimeValue,
            boolean lifetimeValueEstimated,
            String currency,
            LocalDate asOf) {
        static PortfolioEntry of(RelationshipSnapshot s, String name, String tier) {
            SwitchingCostScores sc = s.switchingCost();
            ValueFigures v = s.value();
            return new PortfolioEntry(
                    s.organisationId(),
                    name,
                    v.segment().name(),
                    tier,
                    s.recommendedTier(),
                    sc.overall(),
                    sc.group(SwitchingCostGroup.PROCEDURAL),
                    sc.group(SwitchingCostGroup.FINANCIAL),
                    sc.group(SwitchingCostGroup.RELATIONAL),
                    s.churnRisk(),
                    s.riskLevel().name(),
                    s.stage().name(),
                    s.satisfaction(),
                    s.satisfactionLevel() == null ? null : s.satisfactionLevel().name(),
                    s.loyalty().map(l -> l.type().name()).orElse(null),
                    s.loyalty().map(LoyaltyRules.Loyalty::atRisk).orElse(false),
                    s.relationshipLevel().map(l -> l.level().name()).orElse(null),
                    s.relationshipLevel()
                            .map(l -> RelationshipStrategy.of(v.segment(), l.level())
                                    .name())
                            .orElse(null),
                    v.valueAmount(),
                    v.clv(),
                    Boolean.TRUE.equals(v.marginEstimated()),
                    v.reportingCurrency(),
                    s.asOf());
        }
    }

    /** Clients per value segment (rows, best first) and tier (columns, lowest first). */
    public record PortfolioMatrix(List<String> segments, List<String> tiers, List<Cell> cells, long clients) {
        public record Cell(String segment, String tier, long count) {}

        public long count(String segment, String tier) {
            return cells.stream()
                    .filter(c -> c.segment().equals(segment) && c.tier().equals(tier))
                    .mapToLong(Cell::count)
                    .sum();
        }
    }

    /**
     * The portfolio as the strategy matrix: clients by value (VIP and major against ordinary and small) and by the
     * depth of the relationship (proactive or partnership against basic, reactive and accountable), each quadrant with
     * its strategy.
     */
    public record StrategyMatrix(List<Quadrant> quadrants, long clients) {
        public record Quadrant(String strategy, boolean valuable, boolean deep, long clients) {}

        public Quadrant quadrant(String strategy) {
            return quadrants.stream()
                    .filter(q -> q.strategy().equals(strategy))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
