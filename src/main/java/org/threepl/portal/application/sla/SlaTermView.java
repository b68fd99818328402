package org.threepl.portal.application.sla;

import org.threepl.portal.domain.model.sla.SlaTerm;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An SLA term as shown and sent: every figure of the promise. */
public record SlaTermView(Long id, Long contractId, Long organisationId, String kpi, BigDecimal target, String period,
                          String scopeKind, String scopeValue, int toleranceMinutes, BigDecimal bonusThreshold,
                          BigDecimal bonusPercent, BigDecimal penaltyThreshold, BigDecimal penaltyPercent,
                          LocalDate effectiveFrom, String recordedBy) {

    public static SlaTermView of(SlaTerm t) {
        return new SlaTermView(t.id(), t.contractId(), t.organisationId(), t.kpi().name(), t.target(), t.period().name(),
                t.scope().kind().name(), t.scope().value(), t.toleranceMinutes(), t.bonusMalus().bonusThreshold(),
                t.bonusMalus().bonusPercent(), t.bonusMalus().penaltyThreshold(), t.bonusMalus().penaltyPercent(),
                t.effectiveFrom(), t.recordedBy());
    }
}
