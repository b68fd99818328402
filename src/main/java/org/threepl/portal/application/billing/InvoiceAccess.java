package org.threepl.portal.application.billing;

import static org.threepl.portal.application.billing.InvoiceViews.ContestView;
import static org.threepl.portal.application.billing.InvoiceViews.InvoiceDetail;
import static org.threepl.portal.application.billing.InvoiceViews.LineView;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.shipment.ShipmentRepository;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.billing.Invoice;
import org.threepl.portal.domain.model.billing.InvoiceLine;
import org.threepl.portal.domain.model.billing.InvoiceStatus;
import org.threepl.portal.domain.model.shared.Money;

/**
 * What the invoice services share: the caller, the billing day, and one invoice as the caller may read it (the answer
 * to recording it and to reading it).
 */
@Dependent
class InvoiceAccess {

    @Inject
    CallerContext callers;

    @Inject
    InvoiceRepository invoices;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ShipmentRepository shipments;

    @Inject
    Clock clock;

    Caller caller() {
        return callers.current();
    }

    /** The day invoices fall due by: the 3PL's billing day, in UTC like the dates the billing system sends. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** One invoice with its lines, the disputes naming them and its credit notes; cost and margin for the 3PL only. */
    InvoiceDetail detail(Invoice invoice, Caller caller) {
        List<InvoiceLine> lines = invoice.lines().stream()
                .sorted(java.util.Comparator.comparingInt(InvoiceLine::lineNo))
                .toList();
        Set<Long> shipmentIds = new LinkedHashSet<>();
        lines.stream().map(InvoiceLine::shipmentId).filter(Objects::nonNull).forEach(shipmentIds::add);
        Map<Long, String> refs = shipments.referencesOf(shipmentIds);
        Map<Long, List<InvoiceRepository.Contest>> contests =
                invoices.contestsOf(lines.stream().map(InvoiceLine::id).toList());
        List<LineView> views = lines.stream()
                .map(l -> new LineView(
                        l.id(),
                        l.lineNo(),
                        l.chargeType().name(),
                        l.description(),
                        l.shipmentId(),
                        l.shipmentId() == null ? null : refs.get(l.shipmentId()),
                        l.quantity(),
                        l.unitPrice(),
                        l.amount().amount(),
                        contests.getOrDefault(l.id(), List.of()).stream()
                                .map(c -> new ContestView(c.disputeId(), c.claimNumber(), c.state()))
                                .toList()))
                .toList();
        Organisation org =
                organisations.find(TenantScope.all(), invoice.organisationId()).orElseThrow();
        boolean internal = caller.isProvider();
        List<InvoiceViews.CreditNoteView> notes = invoices.creditNotes(invoice.id()).stream()
                .map(c -> new InvoiceViews.CreditNoteView(
                        c.disputeId(),
                        c.claimNumber(),
                        c.creditNoteNumber(),
                        new Money(c.amount(), invoice.currency()).amount()))
                .toList();
        Money credited = new Money(
                notes.stream().map(InvoiceViews.CreditNoteView::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                invoice.currency());
        InvoiceStatus status = invoice.status(today(), credited);
        Money balance = status.awaitsPayment()
                ? invoice.gross().minus(credited)
                : new Money(BigDecimal.ZERO, invoice.currency());
        Map<String, List<InvoiceLine>> byType = new java.util.LinkedHashMap<>();
        lines.stream()
                .sorted(java.util.Comparator.comparing(InvoiceLine::chargeType).thenComparingInt(InvoiceLine::lineNo))
                .forEach(l -> byType.computeIfAbsent(l.chargeType().name(), k -> new ArrayList<>())
                        .add(l));
        List<InvoiceViews.ChargeTotal> byCharge = byType.entrySet().stream()
                .map(e -> new InvoiceViews.ChargeTotal(
                        e.getKey(),
                        e.getValue().size(),
                        e.getValue().stream()
                                .map(l -> l.amount())
                                .reduce(Money::plus)
                                .orElseThrow()
                                .amount()))
                .toList();
        return new InvoiceDetail(
                invoice.id(),
                invoice.organisationId(),
                org.code().value(),
                org.name(),
                invoice.contractId(),
                invoice.invoiceNumber(),
                invoice.issuedOn(),
                invoice.dueOn(),
                invoice.currency().getCurrencyCode(),
                invoice.total().amount(),
                invoice.tax().amount(),
                invoice.gross().amount(),
                status,
                invoice.paidOn().orElse(null),
                credited.amount(),
                balance.amount(),
                internal ? invoice.cost().map(Money::amount).orElse(null) : null,
                internal ? invoice.margin().map(Money::amount).orElse(null) : null,
                invoice.sourceSystem(),
                invoice.receivedAt(),
                views,
                byCharge,
                notes,
                lines.stream().anyMatch(l -> l.quantity() != null),
                lines.stream().anyMatch(l -> l.shipmentId() != null),
                invoice.version());
    }
}
