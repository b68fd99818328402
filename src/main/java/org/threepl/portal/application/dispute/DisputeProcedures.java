package org.threepl.portal.application.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.ContractRepository;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.Notifier;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.ClientContract;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.dispute.DisputeProcedure;
import org.threepl.portal.domain.model.dispute.LadderLevel;
import org.threepl.portal.domain.model.dispute.ProcedureAgreement;
import org.threepl.portal.domain.model.dispute.ProcedureDraft;
import org.threepl.portal.domain.model.dispute.Side;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Message;

/**
 * A contract's dispute procedure, agreed by both sides: its versions (the standard template first while none is
 * agreed), proposals by either side, and the other side's answer (accept, reject with a reason, or counter-propose).
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

    @Inject
    Notifier notifier;

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
            boolean standard,
            String agreement,
            String proposedBy,
            String providerSignedBy,
            Instant providerSignedAt,
            String clientSignedBy,
            Instant clientSignedAt,
            String answerReason,
            Long counterOf,
            int version) {
        static ProcedureView of(DisputeProcedure p, boolean standard) {
            ProcedureAgreement a = p.agreement();
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
                    standard,
                    p.agreement().state().name(),
                    a.proposedBy() == null ? null : a.proposedBy().name(),
                    a.providerSignatory() == null ? null : a.providerSignatory().name(),
                    a.providerSignedAt(),
                    a.clientSignatory() == null ? null : a.clientSignatory().name(),
                    a.clientSignedAt(),
                    a.answerReason(),
                    a.counterOf(),
                    p.version());
        }
    }

    /**
     * Every version of a contract's procedure (the client sees its own before filing); none recorded: the standard
     * template.
     */
    public List<ProcedureView> procedures(Long contractId) {
        Caller caller = access.caller();
        if (contractId == null) {
            throw new DomainRuleViolation("contract", "rule.procedure.contract.required", "Name the contract (its id)");
        }
        ClientContract contract = contracts
                .find(caller.tenantScope(), contractId)
                .orElseThrow(() -> new NotFoundException("Contract " + contractId));
        List<DisputeProcedure> versions = disputes.proceduresOf(contract.id());
        List<ProcedureView> views = new java.util.ArrayList<>();
        if (versions.stream().noneMatch(DisputeProcedure::isAgreed)) {
            // nothing agreed yet: the standard template applies, and both sides see it first
            views.add(ProcedureView.of(
                    DisputeProcedure.standard(
                            contract.id(),
                            contract.organisation().id(),
                            contract.term().start(),
                            DisputeProcedure.TEMPLATE,
                            clock.instant()),
                    true));
        }
        versions.forEach(p -> views.add(ProcedureView.of(p, p.isStandardTemplate())));
        return views;
    }

    /**
     * Proposes a version of a contract's procedure for the caller's side: a client administrator (or the client's key
     * with WRITE) or the 3PL's account managers, operations admins and integration keys. The proposer signs it; the
     * other side is told. While the other side's proposal is open, a new one must answer it ({@code counterOf}): it is
     * then countered. Every refused field is named.
     */
    public ProcedureView propose(Long contractId, ProcedureDraft draft, Long counterOf) {
        Caller caller = access.caller();
        ClientContract contract = contracts
                .find(caller.tenantScope(), contractId)
                .orElseThrow(() -> new NotFoundException("Contract " + contractId));
        Side side = requireSignatory(caller);
        List<DisputeProcedure> open = disputes.proceduresOf(contract.id()).stream()
                .filter(p -> p.agreement().state() == ProcedureAgreement.State.PROPOSED)
                .toList();
        DisputeProcedure answered = null;
        if (counterOf != null) {
            answered = open.stream()
                    .filter(p -> p.id().equals(counterOf))
                    .findFirst()
                    .orElseThrow(() -> new DomainRuleViolation(
                            "counterOf",
                            "rule.procedure.counterOf.unknown",
                            "No open proposal {0} of this contract to answer",
                            counterOf));
            answered.agreement().counteredBy(side);
        } else if (!open.isEmpty()) {
            DisputeProcedure pending = open.get(0);
            throw pending.agreement().proposedBy() == side
                    ? new DomainRuleViolation(
                            "counterOf",
                            "rule.procedure.proposal.ownOpen",
                            "Your side's proposal {0} is still open: withdraw it first",
                            pending.id())
                    : new DomainRuleViolation(
                            "counterOf",
                            "rule.procedure.proposal.answerFirst",
                            "Answer the open proposal {0} first: accept, reject or counter it",
                            pending.id());
        }
        DisputeProcedure p = draft.toProposal(
                contract.id(), contract.organisation().id(), side, caller.actor(), counterOf, clock.instant());
        disputes.add(p);
        tellOtherSide(p, side, answered == null ? "procedure.proposed" : "procedure.countered");
        return ProcedureView.of(p, false);
    }

    /** The other side accepts the proposal it read ({@code expectedVersion}): from then on it is in force. */
    public ProcedureView accept(Long id, int expectedVersion) {
        Caller caller = access.caller();
        DisputeProcedure p = answerable(caller, id, expectedVersion);
        Side side = requireSignatory(caller);
        p.accept(side, caller.actor(), access.today(), clock.instant());
        disputes.flush();
        tellOtherSide(p, side, "procedure.agreed");
        return ProcedureView.of(p, false);
    }

    /** The other side rejects the proposal it read, saying why. */
    public ProcedureView reject(Long id, int expectedVersion, String reason) {
        Caller caller = access.caller();
        DisputeProcedure p = answerable(caller, id, expectedVersion);
        Side side = requireSignatory(caller);
        p.agreement().reject(side, reason);
        disputes.flush();
        tellOtherSide(p, side, "procedure.rejected");
        return ProcedureView.of(p, false);
    }

    /** The proposer takes back its open proposal. */
    public ProcedureView withdraw(Long id, int expectedVersion) {
        Caller caller = access.caller();
        DisputeProcedure p = answerable(caller, id, expectedVersion);
        Side side = requireSignatory(caller);
        p.agreement().withdraw(side);
        disputes.flush();
        return ProcedureView.of(p, false);
    }

    /** One version, as the caller may see it. */
    public ProcedureView procedure(Long id) {
        Caller caller = access.caller();
        return ProcedureView.of(visible(caller, id), false);
    }

    private DisputeProcedure visible(Caller caller, Long id) {
        return disputes.procedure(id)
                .filter(p -> caller.tenantScope().includes(p.organisationId()))
                .orElseThrow(() -> new NotFoundException("Dispute procedure " + id));
    }

    private DisputeProcedure answerable(Caller caller, Long id, int expectedVersion) {
        DisputeProcedure p = visible(caller, id);
        if (p.version() != expectedVersion) {
            throw new ConcurrentChangeException("Dispute procedure " + id);
        }
        return p;
    }

    /**
     * The caller's side, if it may sign for it: a client administrator or a client key with WRITE; an account manager,
     * an operations admin or a 3PL key with WRITE.
     */
    private static Side requireSignatory(Caller caller) {
        Side side = DisputeAccess.sideOf(caller);
        boolean may = caller.isApiCredential()
                ? caller.may(ApiScope.WRITE)
                : side == Side.CLIENT
                        ? caller.hasRole(Role.CLIENT_ADMIN)
                        : caller.hasRole(Role.ACCOUNT_MANAGER) || caller.hasRole(Role.OPS_ADMIN);
        AccessPolicy.require(
                may,
                "Dispute procedures are agreed by the client's administrators and the 3PL's account managers and"
                        + " operations admins (or their systems' keys with WRITE)");
        return side;
    }

    /** The other side's people hear of a proposal and its answer. */
    private void tellOtherSide(DisputeProcedure p, Side side, String event) {
        var recipients = DisputeAccess.otherSide(notifier, side, p.organisationId());
        String contract = contracts
                .find(TenantScope.all(), p.contractId())
                .map(ClientContract::contractNumber)
                .orElse("");
        notifier.tell(
                recipients,
                Message.of(event + ".subject", Message.text(contract)),
                Message.of(event + ".body", Message.text(contract), Message.day(p.effectiveFrom())),
                "/dispute-procedures.xhtml?org=" + p.organisationId() + "&contract=" + p.contractId());
    }
}
