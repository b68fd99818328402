package org.threepl.portal.application.relationship;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.threepl.portal.domain.model.relationship.RelationshipSnapshot;
import org.threepl.portal.domain.model.relationship.SwitchingCostGroup;
import org.threepl.portal.domain.model.relationship.SwitchingCostScores;

/** A client's figures day by day: the staff's full trend, and the satisfaction the client itself may see. */
public final class TrendViews {

    private TrendViews() {}

    /** One day of a client's history. */
    public record TrendPoint(
            LocalDate asOf,
            BigDecimal switchingCost,
            BigDecimal procedural,
            BigDecimal financial,
            BigDecimal relational,
            BigDecimal satisfaction,
            BigDecimal surveyC,
            BigDecimal slaRatio,
            int churnRisk,
            String stage,
            String segment,
            BigDecimal value,
            BigDecimal lifetimeValue,
            String recommendedTier) {
        static TrendPoint of(RelationshipSnapshot s) {
            SwitchingCostScores sc = s.switchingCost();
            return new TrendPoint(
                    s.asOf(),
                    sc.overall(),
                    sc.group(SwitchingCostGroup.PROCEDURAL),
                    sc.group(SwitchingCostGroup.FINANCIAL),
                    sc.group(SwitchingCostGroup.RELATIONAL),
                    s.satisfaction(),
                    s.surveyC(),
                    s.slaRatio(),
                    s.churnRisk(),
                    s.stage().name(),
                    s.value().segment().name(),
                    s.value().valueAmount(),
                    s.value().clv(),
                    s.recommendedTier());
        }
    }

    /** One day of a client's satisfaction, as the client may see it. */
    public record SatisfactionPoint(
            LocalDate asOf, BigDecimal surveyC, BigDecimal slaRatio, BigDecimal combined, String level) {
        static SatisfactionPoint of(RelationshipSnapshot s) {
            return new SatisfactionPoint(
                    s.asOf(),
                    s.surveyC(),
                    s.slaRatio(),
                    s.satisfaction(),
                    s.satisfactionLevel() == null ? null : s.satisfactionLevel().name());
        }
    }
}
