package org.threepl.portal.application.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.ContractRepository;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.account.ClientContract;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Enums;
import org.threepl.portal.domain.model.sla.BonusMalus;
import org.threepl.portal.domain.model.sla.Kpi;
import org.threepl.portal.domain.model.sla.MeasurementPeriod;
import org.threepl.portal.domain.model.sla.SlaScope;
import org.threepl.portal.domain.model.sla.SlaTerm;

/**
 * A contract's SLA terms: read by the client and the 3PL, recorded (a term, or a new version of one from a later date)
 * by the 3PL.
 */
@ApplicationScoped
@Transactional
public class SlaTerms {

    @Inject
    SlaAccess access;

    @Inject
    SlaTermRepository terms;

    @Inject
    ContractRepository contracts;

    @Inject
    Clock clock;

    /** A new term, or a new version of a term, as the 3PL records it. */
    public record NewTerm(
            String kpi,
            BigDecimal target,
            String period,
            String scopeKind,
            String scopeValue,
            Integer toleranceMinutes,
            BigDecimal bonusThreshold,
            BigDecimal bonusPercent,
            BigDecimal penaltyThreshold,
            BigDecimal penaltyPercent,
            LocalDate effectiveFrom) {}

    /** The organisation's terms, every version. */
    public List<SlaTermView> terms(Long organisationId) {
        TenantScope scope = access.visible(organisationId).scope();
        return terms.ofOrganisation(scope, organisationId).stream()
                .map(SlaTermView::of)
                .toList();
    }

    public SlaTermView addTerm(Long contractId, NewTerm cmd) {
        Caller caller = access.caller();
        ClientContract contract = contracts
                .find(caller.tenantScope(), contractId)
                .orElseThrow(() -> new NotFoundException("Contract " + contractId));
        AccessPolicy.require(
                AccessPolicy.mayOperatePortal(caller), "Only the 3PL's operations administrators record SLA terms");
        Kpi kpi = Enums.parse(Kpi.class, "kpi", cmd.kpi());
        MeasurementPeriod period = Enums.parse(MeasurementPeriod.class, "period", cmd.period());
        SlaScope.Kind scopeKind = cmd.scopeKind() == null || cmd.scopeKind().isBlank()
                ? SlaScope.Kind.ALL
                : Enums.parse(SlaScope.Kind.class, "scopeKind", cmd.scopeKind());
        SlaScope scope = new SlaScope(scopeKind, cmd.scopeValue());
        BonusMalus bands =
                new BonusMalus(cmd.bonusThreshold(), cmd.bonusPercent(), cmd.penaltyThreshold(), cmd.penaltyPercent());
        if (cmd.effectiveFrom() == null) {
            throw new DomainRuleViolation(
                    "effectiveFrom",
                    "rule.slaTerm.effectiveFrom.missing",
                    "The date from which the term applies is required");
        }
        SlaTerm term = new SlaTerm(
                contract.id(),
                contract.organisation().id(),
                kpi,
                cmd.target(),
                period,
                scope,
                cmd.toleranceMinutes() == null ? 0 : cmd.toleranceMinutes(),
                bands,
                cmd.effectiveFrom(),
                caller.actor(),
                clock.instant());
        terms.add(term);
        return SlaTermView.of(term);
    }
}
