package org.threepl.portal.application.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.ContractRepository;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.domain.model.account.ClientContract;
import org.threepl.portal.domain.model.dispute.DisputeProcedure;
import org.threepl.portal.domain.model.dispute.LadderLevel;
import org.threepl.portal.domain.model.dispute.ProcedureDraft;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A contract's dispute procedure: its versions (the standard template while none is recorded), and recording a new one.
 */
@ApplicationScoped
@Transactional
public class DisputeProcedures {

    @Inject
    DisputeAccess access;

    @Inject
    DisputeRepository disputes;

    @Inject
    ContractRepository contracts;

    @Inject
    Clock clock;

    /** A procedure version as shown and sent. */
    public record ProcedureView(
            Long id,
            Long contractId,
            List<String> kinds,
            int filingWindowDays,
            int acknowledgeDays,
            int resolveDays,
            boolean businessDays,
            int reopenWindowDays,
            List<LadderLevel> ladder,
            Map<String, String> requiredEvidence,
            LocalDate effectiveFrom,
            boolean standard) {
        static ProcedureView of(DisputeProcedure p, boolean standard) {
            Map<String, String> evidence = new TreeMap<>();
            p.requiredEvidence().forEach((k, v) -> evidence.put(k.name(), v));
            return new ProcedureView(
                    p.id(),
                    p.contractId(),
                    p.kinds().stream().map(Enum::name).sorted().toList(),
                    p.filingWindowDays(),
                    p.acknowledgeDays(),
                    p.resolveDays(),
                    p.businessDays(),
                    p.reopenWindowDays(),
                    p.ladder(),
                    evidence,
                    p.effectiveFrom(),
                    standard);
        }
    }

    /**
     * Every version of a contract's procedure (the client sees its own before filing); none recorded: the standard
     * template.
     */
    public List<ProcedureView> procedures(Long contractId) {
        Caller caller = access.caller();
        if (contractId == null) {
            throw new DomainRuleViolation("contract", "Name the contract (its id)");
        }
        ClientContract contract = contracts
                .find(caller.tenantScope(), contractId)
                .orElseThrow(() -> new NotFoundException("Contract " + contractId));
        List<DisputeProcedure> versions = disputes.proceduresOf(contract.id());
        if (versions.isEmpty()) {
            return List.of(ProcedureView.of(
                    DisputeProcedure.standard(
                            contract.id(),
                            contract.organisation().id(),
                            contract.term().start(),
                            DisputeProcedure.TEMPLATE,
                            clock.instant()),
                    true));
        }
        return versions.stream().map(p -> ProcedureView.of(p, false)).toList();
    }

    /**
     * Records a contract's procedure, or a new version of it from a later day (the 3PL's operations admins and
     * integrations); every refused field is named.
     */
    public ProcedureView recordProcedure(Long contractId, ProcedureDraft draft) {
        Caller caller = access.caller();
        ClientContract contract = contracts
                .find(caller.tenantScope(), contractId)
                .orElseThrow(() -> new NotFoundException("Contract " + contractId));
        AccessPolicy.require(
                AccessPolicy.mayOperatePortal(caller), "Only the 3PL's operations admins record dispute procedures");
        DisputeProcedure p =
                draft.toProcedure(contract.id(), contract.organisation().id(), caller.actor(), clock.instant());
        disputes.add(p);
        return ProcedureView.of(p, false);
    }
}
