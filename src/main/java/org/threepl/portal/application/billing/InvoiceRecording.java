package org.threepl.portal.application.billing;

import static org.threepl.portal.application.billing.InvoiceViews.InvoiceDetail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.ContractRepository;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.application.PreconditionRequiredException;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.shipment.ShipmentRepository;
import org.threepl.portal.application.webhook.WebhookPayloads;
import org.threepl.portal.application.webhook.WebhookPublisher;
import org.threepl.portal.domain.model.account.ClientContract;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.OrganisationCode;
import org.threepl.portal.domain.model.billing.Invoice;
import org.threepl.portal.domain.model.billing.InvoiceContent;
import org.threepl.portal.domain.model.billing.InvoiceRecorded;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.webhook.WebhookEventType;

/**
 * Invoices recorded by the 3PL's billing system, by number: a new number creates, a known one replaces with If-Match,
 * the same content again changes nothing. The answer is the invoice whole, as {@link InvoiceQueries#get} shows it to
 * the caller.
 */
@ApplicationScoped
@Transactional
public class InvoiceRecording {

    @Inject
    WebhookPublisher webhooks;

    @Inject
    InvoiceAccess access;

    @Inject
    InvoiceRepository invoices;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ContractRepository contracts;

    @Inject
    ShipmentRepository shipments;

    @Inject
    Clock clock;

    /** A first receipt, for what follows from it in the same transaction (a tier's price incentive). */
    @Inject
    Event<InvoiceRecorded> recordedEvents;

    /** An invoice as the billing system sends it. */
    public record InvoiceInput(
            String organisation,
            String contractNumber,
            LocalDate issuedOn,
            LocalDate dueOn,
            String currency,
            BigDecimal total,
            BigDecimal tax,
            BigDecimal cost,
            LocalDate paidOn,
            String sourceSystem,
            List<LineInput> lines) {}

    /** A line as the billing system sends it; the shipment by the client's reference. */
    public record LineInput(
            Integer lineNo,
            String chargeType,
            String description,
            String shipmentReference,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal amount,
            String currency) {}

    /** The invoice as stored, and whether this call created it. */
    public record Recorded(InvoiceDetail invoice, boolean created) {}

    /**
     * Creates the invoice {@code number} of the named organisation, or replaces it: a replacement that changes anything
     * needs the version the sender read ({@code expectedVersion}, from If-Match).
     */
    public Recorded record(String number, Integer expectedVersion, InvoiceInput in) {
        Caller caller = access.caller();
        AccessPolicy.require(
                AccessPolicy.mayOperatePortal(caller) && caller.isApiCredential(),
                "Invoices are recorded by the 3PL's billing system (a 3PL integration key with the WRITE scope)");
        Objects.requireNonNull(in, "input");
        List<DomainRuleViolation.Problem> problems = new ArrayList<>();
        Invoice.numberProblem(number).ifPresent(problems::add);
        Organisation org = organisation(caller.tenantScope(), in.organisation(), problems);
        if (org == null) {
            throw new DomainRuleViolation(problems);
        }
        Long contractId = contract(caller.tenantScope(), org, in, problems);
        List<LineInput> lines = in.lines() == null ? List.of() : in.lines();
        Map<String, org.threepl.portal.domain.model.shipment.Shipment> byRef = shipments.byReferences(
                org.id(),
                lines.stream()
                        .filter(Objects::nonNull)
                        .map(LineInput::shipmentReference)
                        .filter(r -> r != null && !r.isBlank())
                        .map(String::trim)
                        .distinct()
                        .toList());
        List<InvoiceContent.LineDraft> drafts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineInput l = lines.get(i);
            if (l == null) {
                drafts.add(null);
                continue;
            }
            Long shipmentId = null;
            if (l.shipmentReference() != null && !l.shipmentReference().isBlank()) {
                var s = byRef.get(l.shipmentReference().trim());
                if (s == null) {
                    problems.add(DomainRuleViolation.Problem.of(
                            "lines[" + i + "].shipmentReference",
                            "rule.invoice.shipment.unknown",
                            "No shipment {0} of {1}",
                            l.shipmentReference().trim(),
                            org.code().value()));
                } else {
                    shipmentId = s.id();
                }
            }
            drafts.add(new InvoiceContent.LineDraft(
                    l.lineNo(),
                    l.chargeType(),
                    l.description(),
                    shipmentId,
                    l.quantity(),
                    l.unitPrice(),
                    l.amount(),
                    l.currency()));
        }
        InvoiceContent content = InvoiceContent.check(
                new InvoiceContent.Draft(
                        contractId,
                        in.issuedOn(),
                        in.dueOn(),
                        in.currency(),
                        in.total(),
                        in.cost(),
                        drafts,
                        in.tax(),
                        in.paidOn()),
                problems);
        String trimmed = number.trim();
        Optional<Invoice> existing = invoices.byNumber(caller.tenantScope(), org.id(), trimmed);
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw new ConcurrentChangeException("Invoice " + trimmed);
            }
            Invoice created = new Invoice(org.id(), trimmed, content, in.sourceSystem(), clock.instant());
            invoices.add(created);
            invoices.flush(); // the id the event names
            published(created, true);
            recordedEvents.fire(new InvoiceRecorded(created.id(), org.id()));
            return new Recorded(access.detail(created, caller), true);
        }
        Invoice invoice = existing.get();
        if (!content.equals(invoice.content())) {
            if (expectedVersion == null) {
                throw new PreconditionRequiredException("Invoice " + trimmed);
            }
            if (expectedVersion != invoice.version()) {
                throw new ConcurrentChangeException("Invoice " + trimmed);
            }
            invoice.revise(content, invoices.namedLineIds(invoice.id()), in.sourceSystem(), clock.instant());
            invoices.flush(); // the version moves on at the flush: the answer's ETag must be the new one
            published(invoice, false);
        }
        return new Recorded(access.detail(invoice, caller), false);
    }

    /** INVOICE_RECORDED, for a new invoice or one sent again with changes. */
    private void published(Invoice invoice, boolean created) {
        webhooks.publish(
                invoice.organisationId(),
                WebhookEventType.INVOICE_RECORDED,
                "invoice:" + invoice.id(),
                new WebhookPayloads.Invoice(
                        invoice.id(),
                        invoice.invoiceNumber(),
                        created,
                        invoice.issuedOn(),
                        invoice.dueOn(),
                        invoice.total().amount(),
                        invoice.currency().getCurrencyCode()));
    }

    private Organisation organisation(TenantScope scope, String code, List<DomainRuleViolation.Problem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(DomainRuleViolation.Problem.of(
                    "organisation",
                    "rule.invoice.organisation.required",
                    "Name the client organisation of the invoice (its code)"));
            return null;
        }
        Optional<Organisation> org =
                OrganisationCode.parse(code).flatMap(organisations::findByCode).filter(o -> scope.includes(o.id()));
        if (org.isEmpty()) {
            problems.add(DomainRuleViolation.Problem.of(
                    "organisation",
                    "rule.invoice.organisation.unknown",
                    "No client organisation with the code {0}",
                    code.trim()));
            return null;
        }
        return org.get();
    }

    private Long contract(
            TenantScope scope, Organisation org, InvoiceInput in, List<DomainRuleViolation.Problem> problems) {
        if (in.contractNumber() == null || in.contractNumber().isBlank()) {
            return null;
        }
        Optional<ClientContract> contract = contracts.ofOrganisation(scope, org.id()).stream()
                .filter(c -> c.contractNumber().equals(in.contractNumber().trim()))
                .findFirst();
        if (contract.isEmpty()) {
            problems.add(DomainRuleViolation.Problem.of(
                    "contractNumber",
                    "rule.invoice.contract.unknown",
                    "No contract {0} of {1}",
                    in.contractNumber().trim(),
                    org.code().value()));
            return null;
        }
        String currency = contract.get().monthlyFee().currency().getCurrencyCode();
        if (in.currency() != null && !currency.equals(in.currency().trim())) {
            problems.add(DomainRuleViolation.Problem.of(
                    "currency",
                    "rule.invoice.currency.contract",
                    "Contract {0} is in {1}; so are its invoices, not {2}",
                    contract.get().contractNumber(),
                    currency,
                    in.currency().trim()));
        }
        return contract.get().id();
    }
}
