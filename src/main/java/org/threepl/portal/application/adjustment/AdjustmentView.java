package org.threepl.portal.application.adjustment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.threepl.portal.domain.model.shared.Message;

/**
 * A billing adjustment as the API and the portal show it: a credit note (CREDIT, the 3PL owes the client) or a charge
 * (CHARGE, an SLA bonus the client owes), its total and lines, and what caused it: the SLA term and period, the settled
 * dispute or the tier, with the invoice it is linked to when there is one.
 */
public record AdjustmentView(
        Long id,
        String number,
        Long organisationId,
        String organisationName,
        String cause,
        String direction,
        BigDecimal total,
        String currency,
        LocalDate issuedOn,
        Long invoiceId,
        String invoiceNumber,
        Long disputeId,
        Long slaTermId,
        LocalDate periodStart,
        String tierCode,
        List<Line> lines) {

    /** One line: what it is for, in the reader's language, and its amount. */
    public record Line(Message description, BigDecimal amount) {}
}
