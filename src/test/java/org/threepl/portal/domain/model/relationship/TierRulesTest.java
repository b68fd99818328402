package org.threepl.portal.domain.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** The default tiers' entry rules, the recommendation and the progress towards the next tier. */
class TierRulesTest {

    private static final List<TierDefinition> TIERS =
            RelationshipSettings.defaults().tiers();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** Bonds with {@code n} in place (structural ones last). */
    static RetentionBonds bonds(boolean structural, int financialAndSocial) {
        ContactCadence.Assessment met = ContactCadence.assess(TODAY, TODAY, TODAY, 30, 90, TODAY);
        return RetentionBonds.assess(new RetentionBonds.Facts(
                financialAndSocial >= 1 ? d("2") : null,
                financialAndSocial >= 2 ? d("1") : null,
                financialAndSocial >= 3 ? List.of("am") : List.of(),
                financialAndSocial >= 4 ? met : null,
                structural ? 1 : 0,
                structural ? 1 : 0,
                0,
                structural ? "racks" : null));
    }

    @Test
    void aClientWithNothingIsTransactional() {
        TierRules.Recommendation r = TierRules.recommend(
                TIERS, new TierRules.Standing(ValueSegment.SMALL, BigDecimal.ZERO, bonds(false, 0), null, null));
        assertEquals("TRANSACTIONAL", r.tier());
        TierRules.Evaluation preferred = r.nextAbove("TRANSACTIONAL").orElseThrow();
        assertEquals("PREFERRED", preferred.tier());
        assertFalse(preferred.eligible());
        assertEquals(0, preferred.passed());
        assertEquals(4, preferred.checks().size());
        TierRules.Check sla = preferred.checks().stream()
                .filter(c -> c.rule() == TierRules.Rule.SLA_PERFORMANCE)
                .findFirst()
                .orElseThrow();
        assertEquals("not known", sla.actual(), "an unknown figure fails its rule");
        assertNull(sla.gap());
        assertTrue(r.of("TRANSACTIONAL").eligible());
        assertTrue(r.of("TRANSACTIONAL").checks().isEmpty());
    }

    @Test
    void preferredNeedsSwitchingCostBondsPerformanceAndSatisfactionButNoSize() {
        TierRules.Standing s =
                new TierRules.Standing(ValueSegment.SMALL, d("40.00"), bonds(false, 3), d("0.95"), d("0.95"));
        TierRules.Recommendation r = TierRules.recommend(TIERS, s);
        assertEquals("PREFERRED", r.tier(), "every rule met exactly at its threshold");
        TierRules.Evaluation strategic = r.nextAbove("PREFERRED").orElseThrow();
        assertFalse(strategic.eligible());
        assertEquals(
                List.of(
                        TierRules.Rule.SEGMENT,
                        TierRules.Rule.SWITCHING_COST,
                        TierRules.Rule.BONDS,
                        TierRules.Rule.STRUCTURAL_BOND,
                        TierRules.Rule.SLA_PERFORMANCE,
                        TierRules.Rule.SATISFACTION),
                strategic.checks().stream().map(TierRules.Check::rule).toList());
        TierRules.Check cost = strategic.checks().get(1);
        assertEquals("at least 60", cost.required());
        assertEquals("40", cost.actual());
        assertEquals(d("20.00"), cost.gap(), "20 points short");
        assertEquals(d("2"), strategic.checks().get(2).gap(), "two bonds short");
        assertEquals(d("0.0300"), strategic.checks().get(4).gap());
        assertEquals("SMALL", strategic.checks().get(0).actual());
        assertTrue(r.nextAbove("STRATEGIC_PARTNER").isEmpty());
    }

    @Test
    void oneFailedRuleKeepsAClientOutOfATier() {
        TierRules.Standing justUnder =
                new TierRules.Standing(ValueSegment.VIP, d("39.99"), bonds(true, 4), d("1.2"), d("1.2"));
        assertEquals("TRANSACTIONAL", TierRules.recommend(TIERS, justUnder).tier());
    }

    @Test
    void strategicPartnersAreValuableDeeplyBoundAndWellServed() {
        TierRules.Standing s = new TierRules.Standing(ValueSegment.MAJOR, d("61"), bonds(true, 4), d("1.0"), d("1.0"));
        assertEquals(7, s.bonds().inPlace());
        TierRules.Recommendation r = TierRules.recommend(TIERS, s);
        assertEquals("STRATEGIC_PARTNER", r.tier());
        assertTrue(r.of("PREFERRED").eligible());
        TierRules.Standing ordinary =
                new TierRules.Standing(ValueSegment.ORDINARY, d("61"), bonds(true, 4), d("1.0"), d("1.0"));
        assertEquals("PREFERRED", TierRules.recommend(TIERS, ordinary).tier(), "too small for a strategic partnership");
        TierRules.Standing noStructure =
                new TierRules.Standing(ValueSegment.VIP, d("90"), bonds(false, 4), d("1.0"), d("1.0"));
        TierRules.Recommendation r2 = TierRules.recommend(TIERS, noStructure);
        assertEquals("PREFERRED", r2.tier());
        assertEquals("none in place", r2.of("STRATEGIC_PARTNER").checks().get(3).actual());
    }

    @Test
    void theHighestTierWhoseRulesAllPassWinsEvenIfAMiddleOneFails() {
        TierDefinition low = new TierDefinition(
                "BASIC", "Basic", 0, null, null, null, false, null, null, false, 365, 90, 0, false, BigDecimal.ZERO);
        TierDefinition mid = new TierDefinition(
                "SILVER",
                "Silver",
                1,
                null,
                null,
                null,
                false,
                d("1.5"),
                null,
                false,
                180,
                60,
                1,
                false,
                BigDecimal.ONE);
        TierDefinition top = new TierDefinition(
                "GOLD", "Gold", 2, ValueSegment.VIP, null, null, false, null, null, true, 90, 30, 2, true, d("3"));
        TierRules.Recommendation r = TierRules.recommend(
                List.of(top, low, mid),
                new TierRules.Standing(ValueSegment.VIP, BigDecimal.ZERO, bonds(false, 0), d("1"), null));
        assertEquals("GOLD", r.tier());
        assertEquals(
                List.of("BASIC", "SILVER", "GOLD"),
                r.evaluations().stream().map(TierRules.Evaluation::tier).toList(),
                "lowest rank first");
    }

    @Test
    void tierSetsAreChecked() {
        TierDefinition a = new TierDefinition(
                "A1", "A", 0, null, null, null, false, null, null, false, 365, 90, 0, false, BigDecimal.ZERO);
        TierDefinition sameCode = new TierDefinition(
                "A1", "A again", 1, null, null, null, false, null, null, false, 365, 90, 0, false, BigDecimal.ZERO);
        TierDefinition sameRank = new TierDefinition(
                "B1", "B", 0, null, null, null, false, null, null, false, 365, 90, 0, false, BigDecimal.ZERO);
        TierDefinition lowWithRules = new TierDefinition(
                "C1",
                "C",
                0,
                ValueSegment.SMALL,
                null,
                null,
                false,
                null,
                null,
                false,
                365,
                90,
                0,
                false,
                BigDecimal.ZERO);
        assertThrows(DomainRuleViolation.class, () -> TierRules.validate(List.of()));
        assertThrows(DomainRuleViolation.class, () -> TierRules.validate(List.of(a, sameCode)));
        assertThrows(DomainRuleViolation.class, () -> TierRules.validate(List.of(a, sameRank)));
        DomainRuleViolation e =
                assertThrows(DomainRuleViolation.class, () -> TierRules.validate(List.of(lowWithRules)));
        assertTrue(e.getMessage().contains("every client has a tier"), e.getMessage());
    }

    @Test
    void tierDefinitionsAreChecked() {
        assertThrows(DomainRuleViolation.class, () -> tier("lower", 0, d("0")));
        assertThrows(DomainRuleViolation.class, () -> tier("X", 0, d("0")), "one letter is too short");
        assertThrows(DomainRuleViolation.class, () -> tier("OK", 10, d("0")));
        assertThrows(DomainRuleViolation.class, () -> tier("OK", 0, d("51")));
        assertThrows(DomainRuleViolation.class, () -> tier("OK", 0, null));
        assertThrows(
                DomainRuleViolation.class,
                () -> new TierDefinition(
                        "OK",
                        "Ok",
                        1,
                        null,
                        d("101"),
                        null,
                        false,
                        null,
                        null,
                        false,
                        365,
                        90,
                        0,
                        false,
                        BigDecimal.ZERO));
        assertThrows(
                DomainRuleViolation.class,
                () -> new TierDefinition(
                        "OK", "Ok", 1, null, null, 8, false, null, null, false, 365, 90, 0, false, BigDecimal.ZERO));
        assertThrows(
                DomainRuleViolation.class,
                () -> new TierDefinition(
                        "OK", "Ok", 1, null, null, null, false, null, null, false, 6, 90, 0, false, BigDecimal.ZERO));
        assertThrows(
                DomainRuleViolation.class,
                () -> new TierDefinition(
                        "OK", "Ok", 1, null, null, null, false, null, null, false, 90, 90, 10, false, BigDecimal.ZERO));
        assertTrue(tier("OK_2", 0, d("0")).code().equals("OK_2"));
    }

    private static TierDefinition tier(String code, int rank, BigDecimal incentive) {
        return new TierDefinition(
                code, "Name", rank, null, null, null, false, null, null, false, 365, 90, 0, false, incentive);
    }
}
