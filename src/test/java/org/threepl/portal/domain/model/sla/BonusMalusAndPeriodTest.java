package org.threepl.portal.domain.model.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;

class BonusMalusAndPeriodTest {

    private static final Actor OPS = Actor.user(1, "ops");
    private static final Money FEE = Money.of("10000.00", "EUR");
    private static final BonusMalus BANDS =
            new BonusMalus(new BigDecimal("98"), new BigDecimal("2"), new BigDecimal("95"), new BigDecimal("5"));

    private static SlaTerm term(Kpi kpi, String target, MeasurementPeriod period, BonusMalus bands, LocalDate from) {
        return new SlaTerm(
                1L,
                1L,
                kpi,
                new BigDecimal(target),
                period,
                SlaScope.ALL,
                0,
                bands,
                from,
                OPS,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static PeriodResult closedPeriod(Kpi kpi, String target, long numerator, long denominator) {
        LocalDate october = LocalDate.of(2026, 10, 1);
        return PeriodResult.judge(
                term(kpi, target, MeasurementPeriod.MONTH, BonusMalus.NONE, LocalDate.of(2026, 1, 1)),
                october,
                KpiValue.of(kpi, numerator, denominator),
                LocalDate.of(2026, 11, 15),
                FEE);
    }

    @Test
    void aPerfectPeriodOfALowerIsBetterKpiMeetsItsPromise() {
        // no claim among 200 shipments: C has no finite value, and the promise was met
        PeriodResult noClaim = closedPeriod(Kpi.CLAIMS_RATIO, "2", 0, 200);
        assertNull(noClaim.performanceRatio());
        assertEquals(BigDecimal.ONE, noClaim.promiseRatio());
        assertEquals(
                BigDecimal.ONE,
                closedPeriod(Kpi.DISPUTE_RESOLUTION_TIME, "10", 0, 3).promiseRatio());
    }

    @Test
    void aPeriodsPromiseRatioIsItsCAndNothingJudgedGivesNone() {
        // 4 claims per thousand against 2: C = 2 / 4
        assertEquals(
                new BigDecimal("0.5000"),
                closedPeriod(Kpi.CLAIMS_RATIO, "2", 1, 250).promiseRatio());
        // 91.5 % on time against 96 %
        assertEquals(
                new BigDecimal("0.9531"), closedPeriod(Kpi.OTIF, "96", 183, 200).promiseRatio());
        assertNull(closedPeriod(Kpi.CLAIMS_RATIO, "2", 0, 0).promiseRatio(), "nothing judged");
        assertNull(
                closedPeriod(Kpi.OTIF, "0", 0, 200).promiseRatio(),
                "higher is better with a target of 0: no ratio, not a perfect month");
    }

    @Test
    void bandsApplyAtTheirExactThresholds() {
        assertEquals(
                BonusMalus.Outcome.Kind.BONUS,
                BANDS.apply(Kpi.ON_TIME_DELIVERY, new BigDecimal("98.0000"), FEE)
                        .kind());
        assertEquals(
                Money.of("200.00", "EUR"),
                BANDS.apply(Kpi.ON_TIME_DELIVERY, new BigDecimal("98"), FEE).amount());
        assertEquals(
                BonusMalus.Outcome.Kind.NEUTRAL,
                BANDS.apply(Kpi.ON_TIME_DELIVERY, new BigDecimal("97.9999"), FEE)
                        .kind());
        assertEquals(
                BonusMalus.Outcome.Kind.NEUTRAL,
                BANDS.apply(Kpi.ON_TIME_DELIVERY, new BigDecimal("95"), FEE).kind(),
                "95 is not below 95");
        BonusMalus.Outcome penalty = BANDS.apply(Kpi.ON_TIME_DELIVERY, new BigDecimal("94.9999"), FEE);
        assertEquals(BonusMalus.Outcome.Kind.PENALTY, penalty.kind());
        assertEquals(Money.of("-500.00", "EUR"), penalty.amount());
        assertTrue(penalty.calculation().contains("5 %"), penalty.calculation());
    }

    @Test
    void forALowerIsBetterKpiTheComparisonsTurnRound() {
        BonusMalus claims =
                new BonusMalus(new BigDecimal("1"), new BigDecimal("1"), new BigDecimal("3"), new BigDecimal("2"));
        assertEquals(
                BonusMalus.Outcome.Kind.BONUS,
                claims.apply(Kpi.CLAIMS_RATIO, new BigDecimal("1"), FEE).kind());
        assertEquals(
                BonusMalus.Outcome.Kind.NEUTRAL,
                claims.apply(Kpi.CLAIMS_RATIO, new BigDecimal("3"), FEE).kind());
        assertEquals(
                BonusMalus.Outcome.Kind.PENALTY,
                claims.apply(Kpi.CLAIMS_RATIO, new BigDecimal("3.1"), FEE).kind());
        assertRefused(
                "bonusThreshold",
                () -> term(
                        Kpi.CLAIMS_RATIO,
                        "2",
                        MeasurementPeriod.MONTH,
                        new BonusMalus(new BigDecimal("3"), BigDecimal.ONE, new BigDecimal("1"), BigDecimal.ONE),
                        LocalDate.of(2026, 1, 1)));
    }

    @Test
    void incompleteOrImpossibleBandsAreRefusedOnTheirField() {
        assertRefused("bonusPercent", () -> new BonusMalus(new BigDecimal("98"), null, null, null));
        assertRefused("bonusThreshold", () -> new BonusMalus(null, BigDecimal.ONE, null, null));
        assertRefused("penaltyThreshold", () -> new BonusMalus(null, null, null, BigDecimal.ONE));
        assertRefused("penaltyPercent", () -> new BonusMalus(null, null, new BigDecimal("95"), new BigDecimal("101")));
        assertRefused("bonusPercent", () -> new BonusMalus(new BigDecimal("98"), new BigDecimal("-1"), null, null));
        assertRefused(
                "bonusThreshold",
                () -> term(
                        Kpi.ON_TIME_DELIVERY,
                        "97",
                        MeasurementPeriod.MONTH,
                        new BonusMalus(new BigDecimal("90"), BigDecimal.ONE, new BigDecimal("95"), BigDecimal.ONE),
                        LocalDate.of(2026, 1, 1)));
    }

    @Test
    void termsCheckTheirTargetToleranceAndPeriodOnTheirField() {
        assertRefused(
                "target",
                () -> term(Kpi.ON_TIME_DELIVERY, "101", MeasurementPeriod.MONTH, null, LocalDate.of(2026, 1, 1)));
        assertRefused(
                "target",
                () -> term(Kpi.ON_TIME_DELIVERY, "-1", MeasurementPeriod.MONTH, null, LocalDate.of(2026, 1, 1)));
        assertRefused(
                "toleranceMinutes",
                () -> new SlaTerm(
                        1L,
                        1L,
                        Kpi.ON_TIME_DELIVERY,
                        BigDecimal.TEN,
                        MeasurementPeriod.WEEK,
                        SlaScope.ALL,
                        20,
                        null,
                        LocalDate.of(2026, 1, 1),
                        OPS,
                        Instant.now()));
        assertRefused(
                "toleranceMinutes",
                () -> new SlaTerm(
                        1L,
                        1L,
                        Kpi.IN_FULL,
                        BigDecimal.TEN,
                        MeasurementPeriod.WEEK,
                        SlaScope.ALL,
                        15,
                        null,
                        LocalDate.of(2026, 1, 1),
                        OPS,
                        Instant.now()));
        assertRefused("scopeValue", () -> SlaScope.lane(" "));
        assertRefused("scopeValue", () -> SlaScope.lane("x".repeat(211)));
        assertRefused("scopeKind", () -> new SlaScope(null, "x"));
        assertRefused("period", () -> term(Kpi.OTIF, "95", null, null, LocalDate.of(2026, 1, 1)));
        assertRefused("effectiveFrom", () -> term(Kpi.OTIF, "95", MeasurementPeriod.MONTH, null, null));
    }

    private static void assertRefused(String field, org.junit.jupiter.api.function.Executable make) {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, make);
        assertEquals(field, e.field(), e.getMessage());
    }

    @Test
    void theVersionInForceOnADayIsTheLatestFromThatDayOrEarlier() {
        SlaTerm v1 = term(Kpi.OTIF, "95", MeasurementPeriod.MONTH, null, LocalDate.of(2026, 1, 1));
        SlaTerm v2 = term(Kpi.OTIF, "97", MeasurementPeriod.MONTH, null, LocalDate.of(2026, 7, 1));
        List<SlaTerm> versions = List.of(v2, v1);
        assertTrue(SlaTerm.inForce(versions, LocalDate.of(2025, 12, 31)).isEmpty());
        assertEquals(v1, SlaTerm.inForce(versions, LocalDate.of(2026, 6, 30)).orElseThrow());
        assertEquals(v2, SlaTerm.inForce(versions, LocalDate.of(2026, 7, 1)).orElseThrow());
        assertTrue(v1.sameTermAs(v2));
    }

    @Test
    void aPeriodIsMetAtRiskBreachedOrWithoutData() {
        SlaTerm t = term(Kpi.ON_TIME_DELIVERY, "95", MeasurementPeriod.MONTH, BANDS, LocalDate.of(2026, 1, 1));
        LocalDate october = LocalDate.of(2026, 10, 1);
        PeriodResult running = PeriodResult.judge(
                t, october, KpiValue.of(Kpi.ON_TIME_DELIVERY, 90, 100), LocalDate.of(2026, 10, 20), FEE);
        assertEquals(PeriodResult.Status.AT_RISK, running.status());
        PeriodResult closed = PeriodResult.judge(
                t, october, KpiValue.of(Kpi.ON_TIME_DELIVERY, 90, 100), LocalDate.of(2026, 11, 1), FEE);
        assertEquals(PeriodResult.Status.BREACHED, closed.status());
        assertEquals(new BigDecimal("0.9474"), closed.performanceRatio(), "C = 90 / 95");
        assertEquals(Money.of("-500.00", "EUR"), closed.bonusMalus().amount());
        PeriodResult met = PeriodResult.judge(
                t, october, KpiValue.of(Kpi.ON_TIME_DELIVERY, 99, 100), LocalDate.of(2026, 11, 1), FEE);
        assertEquals(PeriodResult.Status.MET, met.status());
        assertEquals(Money.of("200.00", "EUR"), met.bonusMalus().amount());
        PeriodResult empty =
                PeriodResult.judge(t, october, KpiValue.of(Kpi.ON_TIME_DELIVERY, 0, 0), LocalDate.of(2026, 11, 1), FEE);
        assertEquals(PeriodResult.Status.NO_DATA, empty.status());
        assertNull(empty.performanceRatio());
    }

    @Test
    void aRunningPeriodWithTooFewShipmentsIsEarlyNotAtRiskAndUnpriced() {
        SlaTerm t = term(Kpi.ON_TIME_DELIVERY, "95", MeasurementPeriod.MONTH, BANDS, LocalDate.of(2026, 1, 1));
        LocalDate october = LocalDate.of(2026, 10, 1);
        PeriodResult dayTwo =
                PeriodResult.judge(t, october, KpiValue.of(Kpi.ON_TIME_DELIVERY, 1, 2), LocalDate.of(2026, 10, 2), FEE);
        assertEquals(PeriodResult.Status.EARLY, dayTwo.status());
        assertNull(dayTwo.bonusMalus(), "no provisional credit on two shipments");
        PeriodResult enough = PeriodResult.judge(
                t,
                october,
                KpiValue.of(Kpi.ON_TIME_DELIVERY, 10, PeriodResult.MINIMUM_SAMPLE),
                LocalDate.of(2026, 10, 2),
                FEE);
        assertEquals(PeriodResult.Status.AT_RISK, enough.status());
        PeriodResult onTrack =
                PeriodResult.judge(t, october, KpiValue.of(Kpi.ON_TIME_DELIVERY, 2, 2), LocalDate.of(2026, 10, 2), FEE);
        assertEquals(PeriodResult.Status.MET, onTrack.status(), "on track so far");
        assertNull(onTrack.bonusMalus(), "no provisional bonus on two shipments either");
        PeriodResult closedSmall =
                PeriodResult.judge(t, october, KpiValue.of(Kpi.ON_TIME_DELIVERY, 1, 2), LocalDate.of(2026, 11, 1), FEE);
        assertEquals(PeriodResult.Status.BREACHED, closedSmall.status(), "a closed period is judged on what it had");
    }

    @Test
    void aTermWithoutBandsAttachesNoMoney() {
        SlaTerm t = term(Kpi.IN_FULL, "98", MeasurementPeriod.MONTH, null, LocalDate.of(2026, 1, 1));
        PeriodResult r = PeriodResult.judge(
                t, LocalDate.of(2026, 10, 1), KpiValue.of(Kpi.IN_FULL, 90, 100), LocalDate.of(2026, 11, 1), FEE);
        assertEquals(PeriodResult.Status.BREACHED, r.status());
        assertNull(r.bonusMalus());
    }

    @Test
    void aWeeklyTermIsPricedOnTwelveFiftySecondsOfTheMonthlyFee() {
        SlaTerm t = term(Kpi.ON_TIME_DELIVERY, "95", MeasurementPeriod.WEEK, BANDS, LocalDate.of(2026, 1, 1));
        PeriodResult r = PeriodResult.judge(
                t,
                LocalDate.of(2026, 10, 5),
                KpiValue.of(Kpi.ON_TIME_DELIVERY, 99, 100),
                LocalDate.of(2026, 11, 1),
                FEE);
        assertEquals(Money.of("46.15", "EUR"), r.bonusMalus().amount(), "2 % of 10,000 × 12 / 52");
    }

    @Test
    void periodsAreIsoWeeksAndCalendarMonths() {
        assertEquals(LocalDate.of(2026, 11, 23), MeasurementPeriod.WEEK.start(LocalDate.of(2026, 11, 29)));
        assertEquals(LocalDate.of(2026, 11, 30), MeasurementPeriod.WEEK.endExclusive(LocalDate.of(2026, 11, 23)));
        assertEquals(LocalDate.of(2026, 2, 1), MeasurementPeriod.MONTH.start(LocalDate.of(2026, 2, 28)));
        assertEquals(LocalDate.of(2026, 3, 1), MeasurementPeriod.MONTH.endExclusive(LocalDate.of(2026, 2, 1)));
    }

    @Test
    void kpiValuesKeepTheirCountsAndHaveNoValueWithoutADenominator() {
        assertEquals(
                new BigDecimal("66.6667"), KpiValue.of(Kpi.OTIF, 2, 3).value().orElseThrow());
        assertEquals(
                new BigDecimal("2.5000"),
                KpiValue.of(Kpi.CLAIMS_RATIO, 5, 2000).value().orElseThrow(),
                "per 1,000");
        assertTrue(KpiValue.of(Kpi.OTIF, 0, 0).value().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> KpiValue.of(Kpi.OTIF, -1, 3));
    }
}
