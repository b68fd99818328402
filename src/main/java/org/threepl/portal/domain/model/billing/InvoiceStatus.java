package org.threepl.portal.domain.model.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where an invoice stands for the client who pays it, from the billing system's data: paid (it saw the payment),
 * credited (settled disputes credited at least what it asks), overdue (unpaid after its due day), due (falling due
 * within {@value #DUE_SOON_DAYS} days) or open.
 */
public enum InvoiceStatus {
    OPEN,
    DUE,
    OVERDUE,
    PAID,
    CREDITED;

    /** An unpaid invoice falling due within this many days is due rather than open. */
    public static final int DUE_SOON_DAYS = 7;

    /**
     * The status of an invoice asking {@code gross} (lines plus tax), due on {@code dueOn}, paid on {@code paidOn}
     * (null: not yet), against which settled disputes have credited {@code credited}.
     */
    public static InvoiceStatus of(
            LocalDate dueOn, LocalDate paidOn, BigDecimal gross, BigDecimal credited, LocalDate today) {
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(today, "today");
        if (paidOn != null) {
            return PAID;
        }
        if (credited.compareTo(gross) >= 0) {
            return CREDITED;
        }
        if (dueOn.isBefore(today)) {
            return OVERDUE;
        }
        return dueOn.isAfter(today.plusDays(DUE_SOON_DAYS)) ? OPEN : DUE;
    }

    /** Whether the client still has to pay it. */
    public boolean awaitsPayment() {
        return this == OPEN || this == DUE || this == OVERDUE;
    }
}
