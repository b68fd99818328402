package org.threepl.portal.domain.model.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvoiceStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final BigDecimal GROSS = new BigDecimal("1310.00");

    private static InvoiceStatus unpaid(LocalDate due, String credited) {
        return InvoiceStatus.of(due, null, GROSS, new BigDecimal(credited), TODAY);
    }

    @Test
    void aPaymentSeenByTheBillingSystemMakesItPaidWhateverTheDay() {
        assertEquals(
                InvoiceStatus.PAID,
                InvoiceStatus.of(TODAY.minusDays(90), TODAY.minusDays(1), GROSS, BigDecimal.ZERO, TODAY));
        assertFalse(InvoiceStatus.PAID.awaitsPayment());
    }

    @Test
    void creditsFromSettledDisputesCoveringWhatItAsksMakeItCredited() {
        assertEquals(InvoiceStatus.CREDITED, unpaid(TODAY.minusDays(5), "1310"));
        assertEquals(InvoiceStatus.CREDITED, unpaid(TODAY.plusDays(20), "1500"));
        assertEquals(
                InvoiceStatus.OVERDUE,
                unpaid(TODAY.minusDays(5), "1309.99"),
                "a partial credit leaves the rest to pay");
    }

    @Test
    void unpaidItIsOverdueTheDayAfterItsDueDayDueWithinSevenDaysAndOpenBefore() {
        assertEquals(InvoiceStatus.OVERDUE, unpaid(TODAY.minusDays(1), "0"));
        assertEquals(InvoiceStatus.DUE, unpaid(TODAY, "0"), "due today is not yet late");
        assertEquals(InvoiceStatus.DUE, unpaid(TODAY.plusDays(InvoiceStatus.DUE_SOON_DAYS), "0"));
        assertEquals(InvoiceStatus.OPEN, unpaid(TODAY.plusDays(InvoiceStatus.DUE_SOON_DAYS + 1), "0"));
        assertTrue(InvoiceStatus.OVERDUE.awaitsPayment()
                && InvoiceStatus.DUE.awaitsPayment()
                && InvoiceStatus.OPEN.awaitsPayment());
        assertFalse(InvoiceStatus.CREDITED.awaitsPayment());
    }
}
