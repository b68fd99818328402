package org.threepl.portal.domain.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.i18n.InEnglish;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** Value, margin and CLV = margin per month × expected remaining months, with their inputs. */
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

    @Test
    void aLossMakingClientHasANegativeMargin() {
        Valuation v = new Valuation(d("1000"), d("1000"), d("1500"), RATE, Valuation.Source.INVOICES, 1, "");
        assertEquals(d("-500.00"), v.margin());
        CustomerLifetimeValue.Figure f =
                CustomerLifetimeValue.of(v, CustomerLifetimeValue.churnRate(0, 0, POLICY), null, POLICY);
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
    void clvIsMarginPerMonthTimesTheExpectedRemainingMonths() {
        Valuation v = new Valuation(
                d("120000"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal("0.20"),
                Valuation.Source.INVOICES,
                12,
                "");
        // churn 15 % a year: 12 / 0.15 = 80 months, more than the 8 months left on the contract
        CustomerLifetimeValue.Figure f =
                CustomerLifetimeValue.of(v, CustomerLifetimeValue.churnRate(10, 0, POLICY), d("8"), POLICY);
        assertEquals(d("2000.00"), f.marginPerMonth());
        assertEquals(d("80.00"), f.lifetimeMonthsFromChurn());
        assertEquals(d("80.00"), f.expectedRemainingMonths());
        assertEquals(d("160000.00"), f.value());
        assertTrue(
                InEnglish.of(f.formula())
                        .startsWith("CLV = margin per month 2,000 × expected remaining months 80 = 160,000"),
                InEnglish.of(f.formula()));
    }

    @Test
    void aLongerContractIsTheFloorOfTheExpectedTenure() {
        Valuation v = new Valuation(
                d("12000"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.5"), Valuation.Source.INVOICES, 12, "");
        CustomerLifetimeValue.Figure f = CustomerLifetimeValue.of(
                v, new CustomerLifetimeValue.ChurnRate(d("0.5"), true, InEnglish.verbatim("half")), d("36"), POLICY);
        assertEquals(d("24.00"), f.lifetimeMonthsFromChurn());
        assertEquals(d("36.00"), f.expectedRemainingMonths(), "the contract runs 36 more months");
        assertEquals(d("18000.00"), f.value());
    }

    @Test
    void theTenureIsBoundedByTheFloorAndTheCap() {
        Valuation v = new Valuation(
                d("1200"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, Valuation.Source.INVOICES, 12, "");
        CustomerLifetimeValue.Figure none = CustomerLifetimeValue.of(
                v,
                new CustomerLifetimeValue.ChurnRate(BigDecimal.ZERO, true, InEnglish.verbatim("nobody left")),
                null,
                POLICY);
        assertEquals(d("120.00"), none.expectedRemainingMonths(), "no churn at all: the cap");
        CustomerLifetimeValue.Figure all = CustomerLifetimeValue.of(
                v,
                new CustomerLifetimeValue.ChurnRate(BigDecimal.ONE, true, InEnglish.verbatim("all left")),
                null,
                new CustomerLifetimeValue.Policy(RATE, 20, 18, 120));
        assertEquals(d("18.00"), all.expectedRemainingMonths(), "12 / 1 = 12 months, raised to the floor of 18");
        CustomerLifetimeValue.Figure empty = CustomerLifetimeValue.of(
                Valuation.nothing(RATE, 12), CustomerLifetimeValue.churnRate(0, 0, POLICY), BigDecimal.ZERO, POLICY);
        assertEquals(d("0.00"), empty.value(), "no revenue: no lifetime value");
    }

    @Test
    void policiesAndValuationsAreChecked() {
        assertThrows(DomainRuleViolation.class, () -> new CustomerLifetimeValue.Policy(BigDecimal.ZERO, 20, 6, 120));
        assertThrows(DomainRuleViolation.class, () -> new CustomerLifetimeValue.Policy(d("1.1"), 20, 6, 120));
        assertThrows(DomainRuleViolation.class, () -> new CustomerLifetimeValue.Policy(RATE, 0, 6, 120));
        assertThrows(DomainRuleViolation.class, () -> new CustomerLifetimeValue.Policy(RATE, 20, 130, 120));
        assertThrows(DomainRuleViolation.class, () -> new CustomerLifetimeValue.Policy(RATE, 20, 6, 601));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Valuation(d("1"), d("0"), d("0"), RATE, Valuation.Source.INVOICES, 0, ""));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Valuation(d("1"), d("0"), d("0"), d("1.5"), Valuation.Source.INVOICES, 1, ""));
    }
}
