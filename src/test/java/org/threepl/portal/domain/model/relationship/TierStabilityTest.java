package org.threepl.portal.domain.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A tier kept through a small or a short shortfall (issue 16, item 7), on the default tiers: a strategic partner (SLA
 * performance at least 0.98, satisfaction at least 1.00, a structural bond, five bonds, MAJOR or better, switching cost
 * at least 60) that misses one rule.
 */
class TierStabilityTest {

    private static final List<TierDefinition> TIERS =
            RelationshipSettings.defaults().tiers();
    private static final TierRules.Stability STANDARD = TierRules.Stability.standard();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String PARTNER = "STRATEGIC_PARTNER";

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static TierRules.Standing partnerWithSla(String sla) {
        return new TierRules.Standing(
                ValueSegment.VIP, d("75"), TierRulesTest.bonds(true, 4), sla == null ? null : d(sla), d("1.02"));
    }

    private static TierRules.Recommendation partner(TierRules.Standing s, LocalDate shortSince) {
        return TierRules.recommend(TIERS, s, STANDARD, new TierRules.Current(PARTNER, shortSince, TODAY));
    }

    @Test
    void aShortfallWithinTheMarginKeepsThePartnerAndSaysWhatTheRulesGive() {
        TierRules.Recommendation r = partner(partnerWithSla("0.9713"), null);
        assertEquals(PARTNER, r.tier(), "0.0087 short of 0.98 is 0.9 % of it, within 2 %");
        assertEquals("PREFERRED", r.earned());
        assertEquals(TierRules.Hold.WITHIN_MARGIN, r.hold());
        assertNull(r.shortSince(), "a shortfall within the margin does not start the clock");
        assertNull(r.downgradeOn());
        assertEquals(
                "PREFERRED",
                TierRules.recommend(TIERS, partnerWithSla("0.9713")).tier(),
                "unchanged without");
    }

    @Test
    void theMarginIsAShareOfTheRequirementWithItsBoundaryIncluded() {
        // 2 % of 0.98 is 0.0196
        assertEquals(
                TierRules.Hold.WITHIN_MARGIN,
                partner(partnerWithSla("0.9604"), null).hold());
        assertEquals(
                TierRules.Hold.TOO_SHORT,
                partner(partnerWithSla("0.9603"), null).hold());
    }

    @Test
    void aLargerShortfallCountsOnlyOnceItHasLastedTheDays() {
        TierRules.Standing weak = partnerWithSla("0.955");
        TierRules.Recommendation first = partner(weak, null);
        assertEquals(PARTNER, first.tier(), "a single bad assessment does not move a partner down");
        assertEquals(TierRules.Hold.TOO_SHORT, first.hold());
        assertEquals(TODAY, first.shortSince());
        assertEquals(TODAY.plusDays(30), first.downgradeOn());

        TierRules.Recommendation later = partner(weak, TODAY.minusDays(29));
        assertEquals(PARTNER, later.tier());
        assertEquals(TODAY.minusDays(29), later.shortSince(), "the spell keeps its first day");
        assertEquals(TODAY.plusDays(1), later.downgradeOn());

        TierRules.Recommendation lasted = partner(weak, TODAY.minusDays(30));
        assertEquals("PREFERRED", lasted.tier());
        assertEquals(TierRules.Hold.NONE, lasted.hold());
        assertEquals(TODAY.minusDays(30), lasted.shortSince());
        assertNull(lasted.downgradeOn());
    }

    @Test
    void aRuleThatIsNotANumberOrAFigureNotKnownIsNeverWithinTheMargin() {
        TierRules.Standing noStructure =
                new TierRules.Standing(ValueSegment.VIP, d("75"), TierRulesTest.bonds(false, 4), d("0.99"), d("1.02"));
        assertEquals(TierRules.Hold.TOO_SHORT, partner(noStructure, null).hold());
        TierRules.Standing smaller = new TierRules.Standing(
                ValueSegment.ORDINARY, d("75"), TierRulesTest.bonds(true, 4), d("0.99"), d("1.02"));
        assertEquals(TierRules.Hold.TOO_SHORT, partner(smaller, null).hold());
        assertEquals(
                TierRules.Hold.TOO_SHORT, partner(partnerWithSla(null), null).hold());
    }

    @Test
    void everyFailedRuleMustBeWithinTheMargin() {
        TierRules.Standing twoShort =
                new TierRules.Standing(ValueSegment.VIP, d("59.5"), TierRulesTest.bonds(true, 4), d("0.97"), d("1.02"));
        assertEquals(TierRules.Hold.WITHIN_MARGIN, partner(twoShort, null).hold(), "0.5 of 60 and 0.01 of 0.98");
        TierRules.Standing oneFar =
                new TierRules.Standing(ValueSegment.VIP, d("50"), TierRulesTest.bonds(true, 4), d("0.97"), d("1.02"));
        assertEquals(TierRules.Hold.TOO_SHORT, partner(oneFar, null).hold(), "10 of 60 is beyond 2 %");
    }

    @Test
    void aClientIsRecommendedUpAtOnceAndItsSpellEnds() {
        TierRules.Recommendation r = TierRules.recommend(
                TIERS,
                partnerWithSla("0.99"),
                STANDARD,
                new TierRules.Current("PREFERRED", TODAY.minusDays(90), TODAY));
        assertEquals(PARTNER, r.tier());
        assertEquals(TierRules.Hold.NONE, r.hold());
        assertNull(r.shortSince());
    }

    @Test
    void aTierNoLongerConfiguredGivesWayToTheTierEarned() {
        TierRules.Recommendation r = TierRules.recommend(
                TIERS, partnerWithSla("0.955"), STANDARD, new TierRules.Current("PLATINUM", null, TODAY));
        assertEquals("PREFERRED", r.tier());
        assertEquals(TierRules.Hold.NONE, r.hold());
    }

    @Test
    void noDaysAndNoMarginMeanTheTierEarnedAtOnce() {
        TierRules.Recommendation r = TierRules.recommend(
                TIERS,
                partnerWithSla("0.9713"),
                new TierRules.Stability(BigDecimal.ZERO, 0),
                new TierRules.Current(PARTNER, null, TODAY));
        assertEquals("PREFERRED", r.tier());
        assertEquals(TODAY, r.shortSince());
    }

    @Test
    void aSpellDatedAfterTheDayAssessedStartsThatDay() {
        TierRules.Recommendation r = partner(partnerWithSla("0.955"), TODAY.plusDays(3));
        assertEquals(TODAY, r.shortSince());
        assertEquals(TODAY.plusDays(30), r.downgradeOn());
    }

    @Test
    void eachRuleSaysHowFarItIsFromFlipping() {
        TierRules.Evaluation e = partner(partnerWithSla("0.9713"), null).of(PARTNER);
        TierRules.Check cost = e.checks().get(1);
        assertEquals(d("15.00"), cost.headroom(), "75 against 60: 15 points to spare");
        assertNull(cost.gap());
        TierRules.Check sla = e.checks().get(4);
        assertEquals(d("0.0087"), sla.gap());
        assertNull(sla.headroom());
        assertEquals(d("0.98"), sla.threshold());
        assertEquals(d("2"), e.checks().get(2).headroom(), "seven bonds against five");
        assertNull(e.checks().get(0).headroom(), "the segment is not a number");
    }

    @Test
    void theStabilitySettingsAreBounded() {
        new TierRules.Stability(BigDecimal.ZERO, 0);
        new TierRules.Stability(d("0.2"), 365);
        assertEquals(
                "tierStability.holdMargin",
                assertThrows(DomainRuleViolation.class, () -> new TierRules.Stability(d("-0.01"), 30))
                        .field());
        assertEquals(
                "tierStability.holdMargin",
                assertThrows(DomainRuleViolation.class, () -> new TierRules.Stability(d("0.21"), 30))
                        .field());
        assertEquals(
                "tierStability.holdMargin",
                assertThrows(DomainRuleViolation.class, () -> new TierRules.Stability(null, 30))
                        .field());
        assertEquals(
                "tierStability.downgradeAfterDays",
                assertThrows(DomainRuleViolation.class, () -> new TierRules.Stability(d("0.02"), 366))
                        .field());
        assertEquals(
                "tierStability.downgradeAfterDays",
                assertThrows(DomainRuleViolation.class, () -> new TierRules.Stability(d("0.02"), -1))
                        .field());
    }
}
