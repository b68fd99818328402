package org.threepl.portal.domain.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.i18n.InEnglish;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * Value, margin, each client's retention and its lifetime value: discounted margin of the months it is expected to
 * stay.
 */
class CustomerLifetimeValueTest {

    private static final CustomerLifetimeValue.Policy POLICY = CustomerLifetimeValue.Policy.standard();
    private static final BigDecimal RATE = new BigDecimal("0.15");

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void marginIsRevenueMinusKnownCostPlusTheDefaultRateOnTheRest() {
        Valuation v = new Valuation(d("120000"), d("80000"), d("60000"), RATE, Valuation.Source.INVOICES, 12, "");
        assertEquals(d("20000"), v.knownMargin());
        assertEquals(d("26000.00"), v.margin(), "20,000 known + 40,000 × 15 %");
        assertEquals(d("2166.67"), v.marginPerMonth());
        assertEquals(d("120000.00"), v.value(Valuation.Basis.REVENUE));
        assertEquals(d("26000.00"), v.value(Valuation.Basis.MARGIN));
        assertTrue(
                InEnglish.of(v.explain()).contains("80,000 − cost 60,000 + 40,000 × default rate 15 %"),
                InEnglish.of(v.explain()));
    }

    @Test
    void withoutAnyCostTheWholeMarginIsEstimatedAndSaysSo() {
        Valuation v = new Valuation(
                d("100000"), BigDecimal.ZERO, BigDecimal.ZERO, RATE, Valuation.Source.CONTRACT_FEES, 10, "XAF");
        assertEquals(d("15000.00"), v.margin());
        assertTrue(
                InEnglish.of(v.explain()).startsWith("revenue estimated from contract fees"),
                InEnglish.of(v.explain()));
        assertTrue(InEnglish.of(v.explain()).contains("estimated at the default rate of 15 %"));
        assertTrue(InEnglish.of(v.explain()).contains("left out for want of an exchange rate: XAF"));
        assertEquals(
                "no invoices and no contract fees in the period",
                InEnglish.of(Valuation.nothing(RATE, 12).explain()));
    }

    /** A client in stability with no churn risk, a contract of {@code months} to run and a flat volume. */
    private static CustomerLifetimeValue.Client steady(String months) {
        return new CustomerLifetimeValue.Client(LifecycleStage.STABILITY, 0, d(months), 100, 100, 10, false, false);
    }

    private static CustomerLifetimeValue.Client client(LifecycleStage stage, int risk) {
        return new CustomerLifetimeValue.Client(stage, risk, BigDecimal.ZERO, 100, 100, 10, false, false);
    }

    private static CustomerLifetimeValue.ChurnRate portfolio(String rate) {
        return new CustomerLifetimeValue.ChurnRate(d(rate), true, InEnglish.verbatim("history"));
    }

    private static Valuation monthly(String marginPerMonth) {
        // revenue with its whole cost known: margin per month exactly as given, nothing estimated
        BigDecimal margin = d(marginPerMonth).multiply(BigDecimal.valueOf(12));
        return new Valuation(margin, margin, BigDecimal.ZERO, RATE, Valuation.Source.INVOICES, 12, "");
    }

    @Test
    void aLossMakingClientHasANegativeLifetimeValue() {
        Valuation v = new Valuation(d("1000"), d("1000"), d("1500"), RATE, Valuation.Source.INVOICES, 1, "");
        assertEquals(d("-500.00"), v.margin());
        CustomerLifetimeValue.Figure f =
                CustomerLifetimeValue.of(v, CustomerLifetimeValue.churnRate(0, 0, POLICY), steady("0"), POLICY);
        assertTrue(f.value().signum() < 0);
    }

    @Test
    void theChurnRateComesFromHistoryWhenThereIsEnoughOfIt() {
        CustomerLifetimeValue.ChurnRate r = CustomerLifetimeValue.churnRate(40, 6, POLICY);
        assertTrue(r.fromHistory());
        assertEquals(d("0.1500"), r.annual());
        assertTrue(InEnglish.of(r.source()).contains("6 of 40"), InEnglish.of(r.source()));
        CustomerLifetimeValue.ChurnRate few = CustomerLifetimeValue.churnRate(19, 10, POLICY);
        assertFalse(few.fromHistory());
        assertEquals(d("0.15"), few.annual());
        assertTrue(InEnglish.of(few.source()).contains("only 19 clients"), InEnglish.of(few.source()));
        assertThrows(IllegalArgumentException.class, () -> CustomerLifetimeValue.churnRate(3, 4, POLICY));
        assertThrows(IllegalArgumentException.class, () -> CustomerLifetimeValue.churnRate(3, -1, POLICY));
    }

    @Test
    void aClientsRetentionMovesFromThePortfolioRateTowardsLeavingWithItsChurnRisk() {
        var p = portfolio("0.15");
        assertEquals(
                d("0.8500"),
                CustomerLifetimeValue.retention(p, LifecycleStage.STABILITY, 0).annualRetention());
        assertEquals(
                d("0.8500"),
                CustomerLifetimeValue.retention(p, LifecycleStage.FORMATION, 0).annualRetention());
        // 0.15 + 0.85 × 0.60 = 0.66 churn
        var high = CustomerLifetimeValue.retention(p, LifecycleStage.DECLINE, 60);
        assertEquals(d("0.6600"), high.annualChurn());
        assertEquals(d("0.3400"), high.annualRetention());
        assertTrue(
                InEnglish.of(high.reason()).startsWith("annual retention 34 % = 1 − churn 66 %"),
                InEnglish.of(high.reason()));
        assertEquals(
                d("0.0000"),
                CustomerLifetimeValue.retention(p, LifecycleStage.DECLINE, 100).annualRetention());
    }

    @Test
    void aNewOrWonBackRelationshipChurnsAtTwiceThePortfolioRateAndALostOneIsGone() {
        var p = portfolio("0.15");
        assertEquals(
                d("0.7000"),
                CustomerLifetimeValue.retention(p, LifecycleStage.EXPLORATION, 0)
                        .annualRetention());
        // 0.30 + 0.70 × 0.20 = 0.44 churn
        var recovered = CustomerLifetimeValue.retention(p, LifecycleStage.RECOVERED, 20);
        assertEquals(d("0.5600"), recovered.annualRetention());
        assertTrue(InEnglish.of(recovered.reason()).contains("twice the portfolio rate"));
        assertEquals(
                d("0.0000"),
                CustomerLifetimeValue.retention(portfolio("0.6"), LifecycleStage.EXPLORATION, 0)
                        .annualRetention(),
                "twice 60 % is capped at certain churn");
        var lost = CustomerLifetimeValue.retention(p, LifecycleStage.LOST, 0);
        assertEquals(d("0.0000"), lost.annualRetention());
        assertTrue(InEnglish.of(lost.reason()).startsWith("recorded as lost"));
        CustomerLifetimeValue.Figure gone = CustomerLifetimeValue.of(
                monthly("2000"),
                p,
                new CustomerLifetimeValue.Client(LifecycleStage.LOST, 0, d("24"), 100, 100, 10, true, true),
                POLICY);
        assertEquals(d("0.00"), gone.value(), "a lost client is worth nothing more, whatever its contract says");
        assertEquals(d("0.00"), gone.expectedRemainingMonths());
    }

    @Test
    void clvIsTheMarginOfEachMonthTheClientIsExpectedToStayDiscounted() {
        // certain for the 8 contract months, then 85 % a year, discounted at 10 % a year over 120 months
        CustomerLifetimeValue.Figure f =
                CustomerLifetimeValue.of(monthly("2000"), portfolio("0.15"), steady("8"), POLICY);
        assertEquals(d("2000.00"), f.marginPerMonth());
        assertFalse(f.marginEstimated());
        assertEquals(d("8.00"), f.certainMonths());
        assertEquals(d("65.25"), f.expectedRemainingMonths());
        assertEquals(d("47.04"), f.discountedMonths());
        assertEquals(d("94080.00"), f.component(ValueComponent.PURCHASE).figure());
        assertEquals(d("0.00"), f.component(ValueComponent.TRANSACTION).figure(), "flat volume");
        assertEquals(d("94080.00"), f.value());
        assertTrue(
                InEnglish.of(f.formula())
                        .startsWith("CLV = purchase value 94,080 + transaction value 0 = 94,080; purchase value = "
                                + "margin per month 2,000 × discounted months 47.04"),
                InEnglish.of(f.formula()));
    }

    @Test
    void withoutChurnOrDiscountEveryMonthUpToTheCapCounts() {
        var policy = new CustomerLifetimeValue.Policy(RATE, 20, 6, 120, BigDecimal.ZERO);
        CustomerLifetimeValue.Figure f = CustomerLifetimeValue.of(monthly("10"), portfolio("0"), steady("0"), policy);
        assertEquals(d("120.00"), f.expectedRemainingMonths());
        assertEquals(d("120.00"), f.discountedMonths());
        assertEquals(d("1200.00"), f.value());
        // 85 % a year undiscounted from the first month: Σ 0.85^(t/12) for t = 1 … 120
        var churning = new CustomerLifetimeValue.Policy(RATE, 20, 0, 120, BigDecimal.ZERO);
        assertEquals(
                d("58.90"),
                CustomerLifetimeValue.of(monthly("10"), portfolio("0.15"), steady("0"), churning)
                        .expectedRemainingMonths());
    }

    @Test
    void theCertainMonthsAreTheContractStillToRunAtLeastTheFloorAtMostTheCap() {
        var policy = new CustomerLifetimeValue.Policy(RATE, 20, 6, 120, BigDecimal.ZERO);
        var leaving = portfolio("1");
        assertEquals(
                d("8.00"),
                CustomerLifetimeValue.of(monthly("10"), leaving, steady("8"), policy)
                        .expectedRemainingMonths());
        assertEquals(
                d("6.00"),
                CustomerLifetimeValue.of(monthly("10"), leaving, steady("3"), policy)
                        .expectedRemainingMonths(),
                "the floor");
        CustomerLifetimeValue.Figure longContract =
                CustomerLifetimeValue.of(monthly("10"), leaving, steady("200"), policy);
        assertEquals(d("120.00"), longContract.certainMonths(), "the cap");
        assertEquals(d("120.00"), longContract.expectedRemainingMonths());
    }

    @Test
    void aYearOfCertainMarginIsDiscountedAtTheAnnualRate() {
        var policy = new CustomerLifetimeValue.Policy(RATE, 20, 12, 12, new BigDecimal("0.10"));
        CustomerLifetimeValue.Figure f = CustomerLifetimeValue.of(monthly("100"), portfolio("1"), steady("0"), policy);
        assertEquals(d("12.00"), f.expectedRemainingMonths());
        // Σ 1.1^(−t/12) for t = 1 … 12
        assertEquals(d("11.40"), f.discountedMonths());
        assertEquals(d("1140.00"), f.value());
    }

    @Test
    void theChurnRiskAndTheStageLowerTheValue() {
        CustomerLifetimeValue.Figure high = CustomerLifetimeValue.of(
                monthly("1000"), portfolio("0.15"), client(LifecycleStage.DECLINE, 60), POLICY);
        assertEquals(d("16.63"), high.expectedRemainingMonths());
        assertEquals(d("15.11"), high.discountedMonths());
        CustomerLifetimeValue.Figure tried = CustomerLifetimeValue.of(
                monthly("1000"), portfolio("0.15"), client(LifecycleStage.EXPLORATION, 0), POLICY);
        assertEquals(d("30.34"), tried.discountedMonths());
        CustomerLifetimeValue.Figure stable = CustomerLifetimeValue.of(
                monthly("1000"), portfolio("0.15"), client(LifecycleStage.STABILITY, 0), POLICY);
        assertTrue(stable.value().compareTo(tried.value()) > 0);
        assertTrue(tried.value().compareTo(high.value()) > 0);
    }

    @Test
    void theTransactionValueFollowsTheVolumeTrendWithinHalfEitherWay() {
        var p = portfolio("0.15");
        CustomerLifetimeValue.Figure growing = CustomerLifetimeValue.of(
                monthly("2000"),
                p,
                new CustomerLifetimeValue.Client(LifecycleStage.STABILITY, 0, d("8"), 120, 100, 10, false, false),
                POLICY);
        assertEquals(d("0.2000"), growing.volumeTrend());
        assertEquals(
                d("18816.00"), growing.component(ValueComponent.TRANSACTION).figure(), "94,080 × 20 %");
        assertEquals(d("112896.00"), growing.value());
        assertTrue(InEnglish.of(growing.component(ValueComponent.TRANSACTION).how())
                .startsWith("120 shipments in the recent window against 100 in the one before: a trend of 20 %"));
        var doubled = CustomerLifetimeValue.of(
                monthly("2000"),
                p,
                new CustomerLifetimeValue.Client(LifecycleStage.STABILITY, 0, d("8"), 300, 100, 10, false, false),
                POLICY);
        assertEquals(d("0.5"), doubled.volumeTrend(), "bounded to +50 %");
        var stopped = CustomerLifetimeValue.of(
                monthly("2000"),
                p,
                new CustomerLifetimeValue.Client(LifecycleStage.STABILITY, 0, d("8"), 0, 100, 10, false, false),
                POLICY);
        assertEquals(d("-0.5"), stopped.volumeTrend(), "bounded to −50 %");
        assertEquals(
                d("-47040.00"), stopped.component(ValueComponent.TRANSACTION).figure());
        var thin = CustomerLifetimeValue.of(
                monthly("2000"),
                p,
                new CustomerLifetimeValue.Client(LifecycleStage.STABILITY, 0, d("8"), 40, 9, 10, false, false),
                POLICY);
        assertNull(thin.volumeTrend(), "9 shipments before are fewer than the 10 a trend needs");
        assertEquals(d("0.00"), thin.component(ValueComponent.TRANSACTION).figure());
        assertTrue(
                InEnglish.of(thin.component(ValueComponent.TRANSACTION).how()).startsWith("no trend read"));
    }

    @Test
    void informationValueIsAScoreOfIntegrationAndSurveysAndTheRestIsNotMeasured() {
        var p = portfolio("0.15");
        var both = CustomerLifetimeValue.of(
                monthly("2000"),
                p,
                new CustomerLifetimeValue.Client(LifecycleStage.STABILITY, 0, d("8"), 100, 100, 10, true, true),
                POLICY);
        CustomerLifetimeValue.Component information = both.component(ValueComponent.INFORMATION);
        assertEquals(ValueComponent.Measure.SCORE, information.measure());
        assertEquals(d("100"), information.figure());
        assertEquals(d("94080.00"), both.value(), "the score is not priced into the value");
        var one = CustomerLifetimeValue.of(
                monthly("2000"),
                p,
                new CustomerLifetimeValue.Client(LifecycleStage.STABILITY, 0, d("8"), 100, 100, 10, true, false),
                POLICY);
        assertEquals(d("50"), one.component(ValueComponent.INFORMATION).figure());
        assertEquals(
                "score 50 of 100, not priced: an API key used within 30 days: yes; a survey answered within a year: no",
                InEnglish.of(one.component(ValueComponent.INFORMATION).how()));
        assertEquals(
                d("0"),
                CustomerLifetimeValue.of(monthly("2000"), p, steady("8"), POLICY)
                        .component(ValueComponent.INFORMATION)
                        .figure());
        for (ValueComponent kind : new ValueComponent[] {ValueComponent.REFERRAL, ValueComponent.KNOWLEDGE}) {
            CustomerLifetimeValue.Component c = both.component(kind);
            assertEquals(ValueComponent.Measure.NOT_MEASURED, c.measure());
            assertNull(c.figure());
            assertTrue(InEnglish.of(c.how()).startsWith("not measured"), kind.name());
        }
        assertEquals(ValueComponent.values().length, both.components().size());
    }

    @Test
    void aMarginWithoutTheBillingSystemsCostIsMarkedEstimated() {
        Valuation v = new Valuation(d("120000"), d("80000"), d("60000"), RATE, Valuation.Source.INVOICES, 12, "");
        CustomerLifetimeValue.Figure f = CustomerLifetimeValue.of(v, portfolio("0.15"), steady("8"), POLICY);
        assertTrue(f.marginEstimated());
        assertTrue(InEnglish.of(f.formula())
                .endsWith("the margin is partly estimated at the default rate: the billing "
                        + "system sent no cost for part of the revenue"));
        assertFalse(CustomerLifetimeValue.of(monthly("10"), portfolio("0.15"), steady("8"), POLICY)
                .marginEstimated());
    }

    @Test
    void policiesAndValuationsAreChecked() {
        BigDecimal i = new BigDecimal("0.10");
        assertThrows(DomainRuleViolation.class, () -> new CustomerLifetimeValue.Policy(BigDecimal.ZERO, 20, 6, 120, i));
        assertThrows(DomainRuleViolation.class, () -> new CustomerLifetimeValue.Policy(d("1.1"), 20, 6, 120, i));
        assertThrows(DomainRuleViolation.class, () -> new CustomerLifetimeValue.Policy(RATE, 0, 6, 120, i));
        assertThrows(DomainRuleViolation.class, () -> new CustomerLifetimeValue.Policy(RATE, 20, 130, 120, i));
        assertThrows(DomainRuleViolation.class, () -> new CustomerLifetimeValue.Policy(RATE, 20, 6, 601, i));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CustomerLifetimeValue.Client(LifecycleStage.STABILITY, 101, null, 0, 0, 1, false, false));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CustomerLifetimeValue.Client(LifecycleStage.STABILITY, 0, null, -1, 0, 1, false, false));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Valuation(d("1"), d("0"), d("0"), RATE, Valuation.Source.INVOICES, 0, ""));
        assertThrows(
                DomainRuleViolation.class,
                () -> new Valuation(d("1"), d("0"), d("0"), d("1.5"), Valuation.Source.INVOICES, 1, ""));
    }
}
