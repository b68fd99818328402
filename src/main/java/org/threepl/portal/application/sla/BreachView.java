package org.threepl.portal.application.sla;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.threepl.portal.domain.model.sla.SlaBreach;

/** A breach entry as shown: the period, the figures and the account manager's comment. */
public record BreachView(
        Long id,
        String kpi,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal actual,
        BigDecimal target,
        Instant openedAt,
        String comment,
        String commentedBy,
        Instant commentedAt,
        Long disputeId,
        int version) {

    static BreachView of(SlaBreach b) {
        return new BreachView(
                b.id(),
                b.kpi(),
                b.periodStart(),
                b.periodEnd(),
                b.actual(),
                b.target(),
                b.openedAt(),
                b.comment(),
                b.commentedBy() == null ? null : b.commentedBy().name(),
                b.commentedAt(),
                b.disputeId(),
                b.version());
    }
}
