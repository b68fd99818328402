package org.threepl.portal.application.sla;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.threepl.portal.domain.model.sla.SlaTerm;

/**
 * An SLA term as shown and sent: every figure of the promise, and who recorded it ({@code recordedByKind}: a person,
 * USER, or a 3PL integration's key, CREDENTIAL; LEGACY for terms older than typed actors).
 */
public record SlaTermView(
        Long id,
        Long contractId,
        Long organisationId,
        String kpi,
        BigDecimal target,
        String period,
        String scopeKind,
        String scopeValue,
        int toleranceMinutes,
        BigDecimal bonusThreshold,
        BigDecimal bonusPercent,
        BigDecimal penaltyThreshold,
        BigDecimal penaltyPercent,
        LocalDate effectiveFrom,
        String recordedBy,
        String recordedByKind) {

    public static SlaTermView of(SlaTerm t) {
        return new SlaTermView(
                t.id(),
                t.contractId(),
                t.organisationId(),
                t.kpi().name(),
                t.target(),
                t.period().name(),
                t.scope().kind().name(),
                t.scope().value(),
                t.toleranceMinutes(),
                t.bonusMalus().bonusThreshold(),
                t.bonusMalus().bonusPercent(),
                t.bonusMalus().penaltyThreshold(),
                t.bonusMalus().penaltyPercent(),
                t.effectiveFrom(),
                t.recordedBy().name(),
                t.recordedBy().kind().name());
    }
}
