package org.threepl.portal.domain.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The loyalty type and the relationship level, each rule at its boundaries (issue 16, item 5). */
class LoyaltyRulesTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** A client with the given index, satisfaction and tenure; group scores balanced, volume steady. */
    private static LoyaltyRules.Inputs client(String index, SatisfactionLevel satisfaction, long tenure) {
        return new LoyaltyRules.Inputs(d(index), d("30"), d("30"), d("30"), satisfaction, tenure, false);
    }

    private static LoyaltyType type(LoyaltyRules.Inputs in) {
        return LoyaltyRules.loyalty(in).type();
    }

    @Test
    void aBoundClientThatIsDissatisfiedIsInertiaAtRisk() {
        LoyaltyRules.Loyalty l = LoyaltyRules.loyalty(client("50", SatisfactionLevel.DISSATISFIED, 60));
        assertEquals(LoyaltyType.INERTIA, l.type());
        assertTrue(l.atRisk());
        assertEquals("explain.loyalty.inertiaAtRisk", l.reason().key());
        assertTrue(
                LoyaltyRules.loyalty(client("80", SatisfactionLevel.UNMET, 1)).atRisk());
        // just under the bound: not held by the cost of changing
        LoyaltyRules.Loyalty free = LoyaltyRules.loyalty(client("49.99", SatisfactionLevel.DISSATISFIED, 60));
        assertEquals(LoyaltyType.UNDETERMINED, free.type());
        assertFalse(free.atRisk());
    }

    @Test
    void trustNeedsSatisfactionTwoYearsAndAVolumeNotFalling() {
        assertEquals(LoyaltyType.TRUST, type(client("70", SatisfactionLevel.HIGHLY_SATISFIED, 24)));
        assertEquals(LoyaltyType.TRUST, type(client("20", SatisfactionLevel.SATISFIED, 30)));
        // 23 months: not yet trust; bound, so inertia (satisfied, so not at risk)
        LoyaltyRules.Loyalty young = LoyaltyRules.loyalty(client("70", SatisfactionLevel.SATISFIED, 23));
        assertEquals(LoyaltyType.INERTIA, young.type());
        assertFalse(young.atRisk());
        LoyaltyRules.Inputs falling =
                new LoyaltyRules.Inputs(d("20"), d("30"), d("30"), d("30"), SatisfactionLevel.SATISFIED, 60, true);
        assertEquals(LoyaltyType.POTENTIAL, type(falling), "satisfied, not bound, but shrinking: no trust");
    }

    @Test
    void interestIsAFinancialHoldThatOutweighsTheOthers() {
        LoyaltyRules.Inputs price =
                new LoyaltyRules.Inputs(d("45"), d("50"), d("49.99"), d("20"), SatisfactionLevel.SATISFIED, 6, false);
        assertEquals(LoyaltyType.INTEREST, type(price));
        LoyaltyRules.Inputs under =
                new LoyaltyRules.Inputs(d("45"), d("49.99"), d("20"), d("20"), SatisfactionLevel.SATISFIED, 6, false);
        assertEquals(LoyaltyType.POTENTIAL, type(under), "financial under 50");
        LoyaltyRules.Inputs tie = new LoyaltyRules.Inputs(d("55"), d("60"), d("60"), d("20"), null, 6, false);
        assertEquals(LoyaltyType.INERTIA, type(tie), "the financial hold does not outweigh the procedural one");
        // dissatisfied and bound: inertia at risk comes first, even when the hold is financial
        LoyaltyRules.Inputs unhappy =
                new LoyaltyRules.Inputs(d("55"), d("90"), d("40"), d("40"), SatisfactionLevel.DISSATISFIED, 6, false);
        assertEquals(LoyaltyType.INERTIA, type(unhappy));
    }

    @Test
    void satisfiedAndNotBoundIsPotentialAndNothingMeasuredIsUndetermined() {
        assertEquals(LoyaltyType.POTENTIAL, type(client("10", SatisfactionLevel.SATISFIED, 3)));
        LoyaltyRules.Loyalty none = LoyaltyRules.loyalty(client("10", null, 3));
        assertEquals(LoyaltyType.UNDETERMINED, none.type());
        assertEquals("explain.loyalty.undetermined", none.reason().key());
        assertEquals(LoyaltyType.INERTIA, type(client("50", null, 3)), "bound, satisfaction unknown");
    }

    @Test
    void monopolyAndKinshipAreNeverDerived() {
        assertFalse(LoyaltyType.MONOPOLY.derived());
        assertFalse(LoyaltyType.KINSHIP.derived());
        for (SatisfactionLevel s : SatisfactionLevel.values()) {
            for (String index : new String[] {"0", "49.99", "50", "100"}) {
                for (long tenure : new long[] {0, 23, 24, 120}) {
                    LoyaltyType t = type(client(index, s, tenure));
                    assertTrue(t.derived(), t + " derived from " + s + ", " + index + ", " + tenure);
                }
            }
        }
    }

    private static RelationshipLevel level(
            boolean manager, long contacts, long reviews, boolean survey, boolean cadence, boolean integrated) {
        return LoyaltyRules.level(new LoyaltyRules.Engagement(manager, contacts, reviews, survey, cadence, integrated))
                .level();
    }

    @Test
    void theRelationshipLevelRisesWithWhatTheThreePlDoesBeyondTheService() {
        assertEquals(RelationshipLevel.BASIC, level(false, 0, 0, false, false, true));
        assertEquals(RelationshipLevel.REACTIVE, level(true, 0, 0, false, false, false));
        assertEquals(RelationshipLevel.REACTIVE, level(false, 1, 0, false, false, false));
        assertEquals(RelationshipLevel.ACCOUNTABLE, level(true, 0, 0, true, false, false));
        assertEquals(RelationshipLevel.ACCOUNTABLE, level(true, 2, 1, false, false, true), "a review, cadence missed");
        assertEquals(RelationshipLevel.ACCOUNTABLE, level(true, 2, 0, true, true, true), "cadence kept, no review");
        assertEquals(RelationshipLevel.PROACTIVE, level(true, 2, 1, false, true, false));
        assertEquals(RelationshipLevel.PROACTIVE, level(true, 2, 1, true, true, true), "one review: not yet partners");
        assertEquals(RelationshipLevel.PARTNERSHIP, level(true, 4, 2, true, true, true));
        assertEquals(RelationshipLevel.PROACTIVE, level(true, 4, 4, true, true, false), "nothing integrated");
    }

    @Test
    void theStrategyIsTheQuadrantOfValueAndDepth() {
        assertEquals(
                RelationshipStrategy.INDIVIDUALISED_RELATIONSHIP_MARKETING,
                RelationshipStrategy.of(ValueSegment.VIP, RelationshipLevel.PARTNERSHIP));
        assertEquals(
                RelationshipStrategy.INDIVIDUALISED_RELATIONSHIP_MARKETING,
                RelationshipStrategy.of(ValueSegment.MAJOR, RelationshipLevel.PROACTIVE));
        assertEquals(
                RelationshipStrategy.CUSTOMER_MARKETING,
                RelationshipStrategy.of(ValueSegment.MAJOR, RelationshipLevel.ACCOUNTABLE));
        assertEquals(
                RelationshipStrategy.SERVICE_SUPPORT,
                RelationshipStrategy.of(ValueSegment.ORDINARY, RelationshipLevel.PROACTIVE));
        assertEquals(
                RelationshipStrategy.PRODUCT_SALES,
                RelationshipStrategy.of(ValueSegment.SMALL, RelationshipLevel.BASIC));
        for (ValueSegment s : ValueSegment.values()) {
            for (RelationshipLevel l : RelationshipLevel.values()) {
                RelationshipStrategy st = RelationshipStrategy.of(s, l);
                assertEquals(s.atLeast(ValueSegment.MAJOR), st.valuable());
                assertEquals(l.deep(), st.deep());
            }
        }
    }
}
