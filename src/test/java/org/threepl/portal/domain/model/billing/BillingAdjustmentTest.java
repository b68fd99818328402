package org.threepl.portal.domain.model.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.i18n.InEnglish;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Message;
import org.threepl.portal.domain.model.shared.Money;

/** A billing adjustment names its cause by one key, goes the way its cause says and moves an amount above zero. */
class BillingAdjustmentTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Message LINE = InEnglish.verbatim("line");

    @Test
    void anSlaPenaltyIsACreditAndABonusACharge() {
        BillingAdjustment credit = BillingAdjustment.forSlaPeriod(
                7L, "ADJ-2026-000001", 12, LocalDate.of(2026, 10, 1), true, Money.of("617.28", "EUR"), LINE, DAY, AT);
        assertEquals(AdjustmentCause.SLA_PERIOD, credit.cause());
        assertEquals("term:12:2026-10-01", credit.causeKey());
        assertEquals(BillingAdjustment.Direction.CREDIT, credit.direction());
        assertEquals(Money.of("617.28", "EUR"), credit.total());
        assertEquals(1, credit.lines().size());
        assertEquals(new BigDecimal("617.28"), credit.lines().get(0).amount().stripTrailingZeros());
        BillingAdjustment bonus = BillingAdjustment.forSlaPeriod(
                7L, "ADJ-2026-000002", 12, LocalDate.of(2026, 10, 1), false, Money.of("100", "EUR"), LINE, DAY, AT);
        assertEquals(BillingAdjustment.Direction.CHARGE, bonus.direction());
    }

    @Test
    void aSettlementKeepsItsCreditNotesNumberAndItsInvoice() {
        BillingAdjustment a =
                BillingAdjustment.forSettlement(7L, "CN-2026-000031", 55, 900L, Money.of("200", "EUR"), LINE, DAY, AT);
        assertEquals("CN-2026-000031", a.number());
        assertEquals("dispute:55", a.causeKey());
        assertEquals(55L, a.disputeId());
        assertEquals(900L, a.invoiceId());
        assertEquals(BillingAdjustment.Direction.CREDIT, a.direction());
        assertNull(BillingAdjustment.forSettlement(7L, "CN-2026-000032", 56, null, Money.of("1", "EUR"), LINE, DAY, AT)
                .invoiceId());
    }

    @Test
    void aTierIncentiveIsItsPercentOfTheInvoiceRoundedToTheCurrency() {
        BillingAdjustment a = BillingAdjustment.forTierIncentive(
                7L,
                "ADJ-2026-000003",
                900,
                "PREFERRED",
                new BigDecimal("2"),
                Money.of("12345.67", "EUR"),
                LINE,
                DAY,
                AT);
        assertEquals(Money.of("246.91", "EUR"), a.total(), "2 % of 12,345.67 = 246.9134");
        assertEquals("invoice:900", a.causeKey());
        assertEquals("PREFERRED", a.tierCode());
        BillingAdjustment yen = BillingAdjustment.forTierIncentive(
                7L, "ADJ-2026-000004", 901, "PREFERRED", new BigDecimal("2.5"), Money.of("1001", "JPY"), LINE, DAY, AT);
        assertEquals(Money.of("25", "JPY"), yen.total(), "2.5 % of 1,001 yen, to the yen");
    }

    @Test
    void nothingIsIssuedForNothingAndEveryRefusalNamesItsField() {
        assertEquals(
                "amount",
                field(() -> BillingAdjustment.forSettlement(7L, "CN-1", 1, null, Money.of("0", "EUR"), LINE, DAY, AT)));
        assertEquals(
                "amount",
                field(() -> BillingAdjustment.forSlaPeriod(
                        7L, "ADJ-1", 1, DAY, true, Money.of("-5", "EUR"), LINE, DAY, AT)));
        assertEquals(
                "percent",
                field(() -> BillingAdjustment.forTierIncentive(
                        7L, "ADJ-1", 1, "T", BigDecimal.ZERO, Money.of("100", "EUR"), LINE, DAY, AT)));
        assertEquals(
                "percent",
                field(() -> BillingAdjustment.forTierIncentive(
                        7L, "ADJ-1", 1, "T", new BigDecimal("100.01"), Money.of("100", "EUR"), LINE, DAY, AT)));
        assertEquals(
                "amount",
                field(() -> BillingAdjustment.forTierIncentive(
                        7L, "ADJ-1", 1, "T", new BigDecimal("0.1"), Money.of("1", "JPY"), LINE, DAY, AT)),
                "0.1 % of one yen rounds to nothing");
        assertEquals(
                "number",
                field(() -> BillingAdjustment.forSettlement(
                        7L, "CN-" + "9".repeat(20), 1, null, Money.of("1", "EUR"), LINE, DAY, AT)));
    }

    private static String field(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(DomainRuleViolation.class, e).problems().get(0).field();
    }
}
