package org.threepl.portal.domain.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threepl.portal.application.i18n.InEnglish;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** Stages from tenure, churn signals from trends, churn risk and decline. */
class LifecycleTest {

    private static final Lifecycle.Policy POLICY = Lifecycle.Policy.standard();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Lifecycle.Window NONE = new Lifecycle.Window(0, 0);
    private static final Lifecycle.Window STEADY = new Lifecycle.Window(100, 100);

    private static Lifecycle.Facts facts(long tenure) {
        return new Lifecycle.Facts(tenure, STEADY, STEADY, STEADY, NONE, NONE, true, null, null, TODAY);
    }

    private static Lifecycle.Check check(Lifecycle.Assessment a, ChurnSignal s) {
        return a.checks().stream().filter(c -> c.signal() == s).findFirst().orElseThrow();
    }

    @Test
    void aBrandNewClientWithNoDataIsExploringWithoutRisk() {
        Lifecycle.Assessment a =
                Lifecycle.assess(new Lifecycle.Facts(0, NONE, NONE, NONE, NONE, NONE, true, null, null, TODAY), POLICY);
        assertEquals(LifecycleStage.EXPLORATION, a.stage());
        assertEquals(0, a.churnRisk());
        assertEquals(Lifecycle.RiskLevel.LOW, a.riskLevel());
        assertTrue(a.fired().isEmpty());
        assertEquals(ChurnSignal.values().length, a.checks().size(), "every signal is checked and listed");
        assertTrue(InEnglish.of(check(a, ChurnSignal.VOLUME_DOWN).detail())
                .contains("below the minimum base of 10, not judged"));
    }

    @ParameterizedTest(name = "{0} months: {1}")
    @CsvSource({"0, EXPLORATION", "5, EXPLORATION", "6, FORMATION", "23, FORMATION", "24, STABILITY", "240, STABILITY"})
    void withoutRiskTheStageFollowsTenure(long months, LifecycleStage stage) {
        assertEquals(stage, Lifecycle.assess(facts(months), POLICY).stage());
    }

    @ParameterizedTest(name = "volume {1} after {0}: fires {2}")
    @CsvSource({
        "100, 75, true",
        "100, 76, false",
        "10, 7, true",
        "10, 8, false",
        "9, 0, false",
        "100, 0, true",
        "100, 150, false"
    })
    void aFallSignalsFromTheDropThresholdWithEnoughBase(long previous, long recent, boolean fires) {
        Lifecycle.Facts f = new Lifecycle.Facts(
                36, new Lifecycle.Window(recent, previous), STEADY, STEADY, NONE, NONE, true, null, null, TODAY);
        Lifecycle.Check c = check(Lifecycle.assess(f, POLICY), ChurnSignal.VOLUME_DOWN);
        assertEquals(fires, c.fired(), InEnglish.of(c.detail()));
        assertEquals(fires ? 30 : 0, c.points());
    }

    @ParameterizedTest(name = "disputes {1} after {0}: fires {2}")
    @CsvSource({
        "0, 1, false",
        "0, 2, true",
        "1, 2, true",
        "2, 2, false",
        "4, 5, false",
        "4, 6, true",
        "10, 14, false",
        "10, 15, true"
    })
    void aRiseSignalsFromTheRiseThresholdWithAMinimum(long previous, long recent, boolean fires) {
        Lifecycle.Facts f = new Lifecycle.Facts(
                36, STEADY, STEADY, STEADY, new Lifecycle.Window(recent, previous), NONE, true, null, null, TODAY);
        assertEquals(
                fires,
                check(Lifecycle.assess(f, POLICY), ChurnSignal.DISPUTES_UP).fired());
    }

    @Test
    void aContractEndingWithinTheWindowOrNoneInForceSignals() {
        Lifecycle.Facts ending =
                new Lifecycle.Facts(36, STEADY, STEADY, STEADY, NONE, NONE, true, TODAY.plusDays(89), null, TODAY);
        assertTrue(check(Lifecycle.assess(ending, POLICY), ChurnSignal.CONTRACT_ENDING)
                .fired());
        Lifecycle.Facts later =
                new Lifecycle.Facts(36, STEADY, STEADY, STEADY, NONE, NONE, true, TODAY.plusDays(90), null, TODAY);
        assertFalse(check(Lifecycle.assess(later, POLICY), ChurnSignal.CONTRACT_ENDING)
                .fired());
        Lifecycle.Facts none = new Lifecycle.Facts(36, STEADY, STEADY, STEADY, NONE, NONE, false, null, null, TODAY);
        Lifecycle.Check c = check(Lifecycle.assess(none, POLICY), ChurnSignal.CONTRACT_ENDING);
        assertTrue(c.fired());
        assertEquals("no contract in force", InEnglish.of(c.detail()));
        assertEquals(
                "open-ended contract in force",
                InEnglish.of(check(Lifecycle.assess(facts(36), POLICY), ChurnSignal.CONTRACT_ENDING)
                        .detail()));
    }

    @Test
    void aDissatisfiedSurveySignals() {
        for (SatisfactionLevel level : SatisfactionLevel.values()) {
            Lifecycle.Facts f = new Lifecycle.Facts(36, STEADY, STEADY, STEADY, NONE, NONE, true, null, level, TODAY);
            boolean low = level == SatisfactionLevel.DISSATISFIED || level == SatisfactionLevel.UNMET;
            assertEquals(
                    low,
                    check(Lifecycle.assess(f, POLICY), ChurnSignal.SATISFACTION_LOW)
                            .fired(),
                    level.name());
        }
    }

    @Test
    void riskAddsTheFiredSignalsPointsAndDeclineStartsAtTheThreshold() {
        // volume down (30) + disputes up (15) = 45: medium, not yet decline
        Lifecycle.Facts f45 = new Lifecycle.Facts(
                36,
                new Lifecycle.Window(50, 100),
                STEADY,
                STEADY,
                new Lifecycle.Window(3, 0),
                NONE,
                true,
                null,
                null,
                TODAY);
        Lifecycle.Assessment a45 = Lifecycle.assess(f45, POLICY);
        assertEquals(45, a45.churnRisk());
        assertEquals(Lifecycle.RiskLevel.MEDIUM, a45.riskLevel());
        assertEquals(LifecycleStage.STABILITY, a45.stage());
        // ... plus fewer sign-ins (10) = 55: decline, even for a young client
        Lifecycle.Facts f55 = new Lifecycle.Facts(
                2,
                new Lifecycle.Window(50, 100),
                STEADY,
                new Lifecycle.Window(10, 40),
                new Lifecycle.Window(3, 0),
                NONE,
                true,
                null,
                null,
                TODAY);
        Lifecycle.Assessment a55 = Lifecycle.assess(f55, POLICY);
        assertEquals(55, a55.churnRisk());
        assertEquals(LifecycleStage.DECLINE, a55.stage());
        assertEquals(3, a55.fired().size());
        assertTrue(
                InEnglish.of(a55.reason()).contains("churn risk 55 reaches the decline threshold of 50"),
                InEnglish.of(a55.reason()));
        Map<ChurnSignal, Integer> p = new EnumMap<>(POLICY.points());
        Lifecycle.Policy at45 =
                new Lifecycle.Policy(90, POLICY.dropThreshold(), POLICY.riseThreshold(), 10, 2, p, 45, 6, 24);
        assertEquals(LifecycleStage.DECLINE, Lifecycle.assess(f45, at45).stage(), "exactly at the threshold");
    }

    @Test
    void riskIsCappedAtAHundred() {
        Lifecycle.Window down = new Lifecycle.Window(0, 1000);
        Lifecycle.Window up = new Lifecycle.Window(1000, 0);
        Lifecycle.Assessment a = Lifecycle.assess(
                new Lifecycle.Facts(100, down, down, down, up, up, false, null, SatisfactionLevel.UNMET, TODAY),
                POLICY);
        assertEquals(ChurnSignal.values().length, a.fired().size());
        assertEquals(100, a.churnRisk(), "125 points, capped");
        assertEquals(Lifecycle.RiskLevel.HIGH, a.riskLevel());
        assertEquals(LifecycleStage.DECLINE, a.stage());
    }

    @Test
    void windowsAndPoliciesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Lifecycle.Window(-1, 0));
        assertEquals(new BigDecimal("-0.2500"), new Lifecycle.Window(75, 100).change());
        assertEquals(null, new Lifecycle.Window(5, 0).change());
        Map<ChurnSignal, Integer> p = new EnumMap<>(POLICY.points());
        p.remove(ChurnSignal.LOGINS_DOWN);
        assertThrows(
                DomainRuleViolation.class,
                () -> new Lifecycle.Policy(90, new BigDecimal("0.25"), new BigDecimal("0.5"), 10, 2, p, 50, 6, 24));
        assertThrows(
                DomainRuleViolation.class,
                () -> new Lifecycle.Policy(
                        3, new BigDecimal("0.25"), new BigDecimal("0.5"), 10, 2, POLICY.points(), 50, 6, 24));
        assertThrows(
                DomainRuleViolation.class,
                () -> new Lifecycle.Policy(
                        90, BigDecimal.ZERO, new BigDecimal("0.5"), 10, 2, POLICY.points(), 50, 6, 24));
        assertThrows(
                DomainRuleViolation.class,
                () -> new Lifecycle.Policy(
                        90, new BigDecimal("0.25"), new BigDecimal("0.5"), 10, 2, POLICY.points(), 0, 6, 24));
        assertThrows(
                DomainRuleViolation.class,
                () -> new Lifecycle.Policy(
                        90, new BigDecimal("0.25"), new BigDecimal("0.5"), 10, 2, POLICY.points(), 50, 30, 24));
    }
}
