package org.threepl.portal.application.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.ContractRepository;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.Notifier;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.billing.InvoiceRepository;
import org.threepl.portal.application.billing.InvoiceViews;
import org.threepl.portal.application.dispute.DisputeProcedures.ProcedureView;
import org.threepl.portal.application.shipment.ShipmentRepository;
import org.threepl.portal.application.sla.SlaBreachRepository;
import org.threepl.portal.application.sla.SlaTermRepository;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.ClientContract;
import org.threepl.portal.domain.model.dispute.Change;
import org.threepl.portal.domain.model.dispute.ContestedLines;
import org.threepl.portal.domain.model.dispute.Dispute;
import org.threepl.portal.domain.model.dispute.DisputeAction;
import org.threepl.portal.domain.model.dispute.DisputeKind;
import org.threepl.portal.domain.model.dispute.DisputeProcedure;
import org.threepl.portal.domain.model.dispute.DisputeRecord;
import org.threepl.portal.domain.model.dispute.DisputeState;
import org.threepl.portal.domain.model.dispute.Side;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Enums;
import org.threepl.portal.domain.model.shared.Message;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.domain.model.sla.SlaBreach;
import org.threepl.portal.domain.model.sla.SlaTerm;

/**
 * Filing a dispute: a client files one under the procedure of its contract in force (the standard template when the
 * contract has none yet), with its own shipments and invoice lines, or turns an SLA breach into one.
 */
@ApplicationScoped
@Transactional
public class DisputeFiling {

    @Inject
    DisputeAccess access;

    @Inject
    DisputeRepository disputes;

    @Inject
    ContractRepository contracts;

    @Inject
    ShipmentRepository shipments;

    @Inject
    InvoiceRepository invoices;

    @Inject
    SlaBreachRepository breaches;

    @Inject
    SlaTermRepository terms;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    /**
     * A new dispute as a client files it: the shipments by id or by the client's reference, the invoice lines it
     * contests by id; {@code concerning} the delivery or invoice day its filing window counts from (for contested
     * lines, by default the day of the earliest invoice).
     */
    public record NewDispute(
            Long organisationId,
            String kind,
            BigDecimal amountClaimed,
            String currency,
            String description,
            List<Long> shipmentIds,
            List<String> shipmentReferences,
            List<Long> invoiceLineIds,
            LocalDate concerning) {}

    /** What a client files under today: the contract in force, its currency and its dispute procedure. */
    public record FilingContext(
            Long organisationId, Long contractId, String contractNumber, String currency, ProcedureView procedure) {}

    public DisputeView file(NewDispute cmd) {
        Caller caller = access.caller();
        AccessPolicy.require(!caller.isProvider(), "Disputes are filed by clients");
        AccessPolicy.require(caller.may(ApiScope.WRITE), "Filing a dispute needs a key with the WRITE scope");
        Long org = caller.organisationId();
        if (cmd.organisationId() != null && !cmd.organisationId().equals(org)) {
            throw new NotFoundException("Organisation " + cmd.organisationId());
        }
        LocalDate today = access.today();
        ClientContract contract = contractInForce(caller.tenantScope(), org, today);
        DisputeProcedure procedure = procedureInForce(contract, org, today);
        DisputeKind kind = parseKind(cmd.kind());
        List<Long> ids = new ArrayList<>(cmd.shipmentIds() == null ? List.of() : cmd.shipmentIds());
        List<String> refs = cmd.shipmentReferences() == null
                ? List.of()
                : cmd.shipmentReferences().stream()
                        .map(String::trim)
                        .filter(r -> !r.isEmpty())
                        .distinct()
                        .toList();
        if (!refs.isEmpty()) {
            var byRef = shipments.byReferences(org, refs);
            for (String r : refs) {
                if (!byRef.containsKey(r)) {
                    throw new DomainRuleViolation(
                            "shipmentIds", "rule.dispute.shipment.unknown", "No shipment {0} of yours", r);
                }
                ids.add(byRef.get(r).id());
            }
        }
        ids = ids.stream().distinct().toList();
        for (Long id : ids) {
            if (shipments.find(caller.tenantScope(), id).isEmpty()) {
                throw new DomainRuleViolation(
                        "shipmentIds", "rule.dispute.shipment.unknown", "No shipment {0} of yours", id);
            }
        }
        Money amount = Money.from("amountClaimed", cmd.amountClaimed(), "amountClaimed", cmd.currency());
        String contractCurrency = contract.monthlyFee().currency().getCurrencyCode();
        if (!amount.currency().getCurrencyCode().equals(contractCurrency)) {
            throw new DomainRuleViolation(
                    "currency",
                    "rule.dispute.currency.contract",
                    "Claims are in the contract's currency, {0}; not {1}",
                    contractCurrency,
                    amount.currency().getCurrencyCode());
        }
        List<InvoiceViews.LineRef> lines = contestedLines(caller, cmd.invoiceLineIds());
        LocalDate concerning = cmd.concerning() != null || lines.isEmpty()
                ? cmd.concerning()
                : lines.stream()
                        .map(InvoiceViews.LineRef::issuedOn)
                        .min(Comparator.naturalOrder())
                        .orElseThrow();
        String claim =
                String.format(Locale.ROOT, "CL-%d-%06d", today.getYear(), disputes.next("CLAIM", today.getYear()));
        Dispute d = new Dispute(
                claim, org, procedure, kind, amount, cmd.description(), ids, contested(lines), concerning, today);
        disputes.add(d);
        disputes.add(new DisputeRecord(
                d,
                new Change(DisputeAction.FILE, null, DisputeState.FILED, amount.amount(), 0, cmd.description()),
                caller.actor(),
                Side.CLIENT,
                clock.instant()));
        notifier.tell(
                notifier.accountManagersOf(org),
                Message.of(
                        "dispute.filed.subject",
                        Message.text(claim),
                        Message.term("dispute.kind.", kind),
                        Message.amount(amount)),
                Message.of(
                        "dispute.filed.body",
                        Message.text(caller.actor().describe()),
                        Message.text(claim),
                        Message.term("dispute.kind.", kind),
                        Message.amount(amount),
                        Message.text(d.description()),
                        Message.day(d.acknowledgeBy()),
                        Message.day(d.resolveBy())),
                "/dispute.xhtml?id=" + d.id());
        return DisputeView.of(
                d,
                access.nameOf(d),
                procedure,
                today,
                Side.CLIENT,
                caller.role(),
                shipments.referencesOf(d.shipmentIds()),
                lines);
    }

    /**
     * The caller's own invoice lines with these ids; an unknown id and another organisation's are refused with the same
     * words, so that ids reveal nothing.
     */
    private List<InvoiceViews.LineRef> contestedLines(Caller caller, List<Long> lineIds) {
        List<Long> wanted = lineIds == null
                ? List.of()
                : lineIds.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        var found = invoices.lines(TenantScope.of(List.of(caller.organisationId())), wanted);
        for (Long id : wanted) {
            if (!found.containsKey(id)) {
                throw new DomainRuleViolation(
                        "invoiceLineIds", "rule.dispute.invoiceLine.unknown", "No invoice line {0} of yours", id);
            }
        }
        for (var contests : invoices.contestsOf(wanted).entrySet()) {
            for (var c : contests.getValue()) {
                if (DisputeState.valueOf(c.state()).isOpen()) {
                    var line = found.get(contests.getKey());
                    throw new DomainRuleViolation(
                            "invoiceLineIds",
                            "rule.dispute.invoiceLine.contested",
                            "Line {0} of invoice {1} is already contested by {2}, which is still open",
                            line.lineNo(),
                            line.invoiceNumber(),
                            c.claimNumber());
                }
            }
        }
        List<String> currencies = found.values().stream()
                .map(InvoiceRepository.LineRow::currency)
                .distinct()
                .toList();
        if (currencies.size() > 1) {
            throw new DomainRuleViolation(
                    "invoiceLineIds",
                    "rule.dispute.invoiceLine.currencies",
                    "The invoice lines are in {0}: one dispute contests lines of one currency",
                    String.join(" and ", currencies));
        }
        return found.values().stream().map(InvoiceViews.LineRef::of).toList();
    }

    private static ContestedLines contested(List<InvoiceViews.LineRef> lines) {
        if (lines.isEmpty()) {
            return ContestedLines.none();
        }
        java.util.Currency currency = Money.currency(lines.get(0).currency());
        Money total =
                lines.stream().map(l -> new Money(l.amount(), currency)).reduce(Money.zero(currency), Money::plus);
        return new ContestedLines(lines.stream().map(InvoiceViews.LineRef::id).collect(Collectors.toSet()), total);
    }

    /**
     * Turns an SLA breach entry of the caller's organisation into a delay/SLA dispute in one step: the description
     * states the KPI, the period and the figures; the amount is the credit the term's bands give for the period (none:
     * zero, to be offered in the negotiation).
     */
    public DisputeView fileFromBreach(Long breachId) {
        Caller caller = access.caller();
        SlaBreach breach = breaches.find(caller.tenantScope(), breachId)
                .orElseThrow(() -> new NotFoundException("Breach " + breachId));
        if (breach.disputeId() != null) {
            throw new DomainRuleViolation(
                    "breach", "rule.dispute.breach.alreadyDisputed", "This breach is already a dispute");
        }
        SlaTerm term = terms.find(caller.tenantScope(), breach.termId())
                .orElseThrow(() -> new NotFoundException("SLA term " + breach.termId()));
        ClientContract contract = contracts
                .find(caller.tenantScope(), term.contractId())
                .orElseThrow(() -> new NotFoundException("Contract " + term.contractId()));
        String currency = contract.monthlyFee().currency().getCurrencyCode();
        String description = "SLA breach: " + breach.kpi() + " was "
                + (breach.actual() == null
                        ? "not measured"
                        : breach.actual().stripTrailingZeros().toPlainString()) + " against a target of "
                + breach.target().stripTrailingZeros().toPlainString()
                + " in the period " + breach.periodStart() + " to " + breach.periodEnd() + ".";
        DisputeView d = file(new NewDispute(
                breach.organisationId(),
                DisputeKind.DELAY_OR_SLA.name(),
                BigDecimal.ZERO,
                currency,
                description,
                List.of(),
                List.of(),
                List.of(),
                breach.periodEnd()));
        breach.turnedIntoDispute(d.id());
        return d;
    }

    /** The caller's (a client's) contract in force and the procedure a dispute filed now would follow. */
    public FilingContext filingContext() {
        Caller caller = access.caller();
        AccessPolicy.require(!caller.isProvider(), "Disputes are filed by clients");
        LocalDate today = access.today();
        ClientContract contract = contractInForce(caller.tenantScope(), caller.organisationId(), today);
        Optional<DisputeProcedure> recorded = recordedInForce(contract, today);
        ProcedureView procedure = recorded.map(p -> ProcedureView.of(p, false))
                .orElseGet(() -> ProcedureView.of(
                        DisputeProcedure.standard(
                                contract.id(),
                                caller.organisationId(),
                                contract.term().start(),
                                DisputeProcedure.TEMPLATE,
                                clock.instant()),
                        true));
        return new FilingContext(
                caller.organisationId(),
                contract.id(),
                contract.contractNumber(),
                contract.monthlyFee().currency().getCurrencyCode(),
                procedure);
    }

    private ClientContract contractInForce(TenantScope scope, Long org, LocalDate today) {
        return contracts.ofOrganisation(scope, org).stream()
                .filter(c -> c.isInForceOn(today))
                .max(Comparator.comparing(c -> c.id()))
                .orElseThrow(() -> new DomainRuleViolation(
                        "organisation",
                        "rule.dispute.contract.none",
                        "No contract in force: disputes follow the contract's procedure"));
    }

    private Optional<DisputeProcedure> recordedInForce(ClientContract contract, LocalDate today) {
        return disputes.proceduresOf(contract.id()).stream()
                .filter(DisputeProcedure::isAgreed)
                .filter(p -> !p.effectiveFrom().isAfter(today))
                .max(Comparator.comparing(DisputeProcedure::effectiveFrom).thenComparing(DisputeProcedure::id));
    }

    private DisputeProcedure procedureInForce(ClientContract contract, Long org, LocalDate today) {
        Optional<DisputeProcedure> inForce = recordedInForce(contract, today);
        if (inForce.isPresent()) {
            return inForce.get();
        }
        DisputeProcedure standard = DisputeProcedure.standard(
                contract.id(), org, contract.term().start(), DisputeProcedure.TEMPLATE, clock.instant());
        disputes.add(standard);
        return standard;
    }

    private static DisputeKind parseKind(String kind) {
        return Enums.parse(DisputeKind.class, "kind", kind);
    }
}
