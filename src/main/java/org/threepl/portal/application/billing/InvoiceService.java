package org.threepl.portal.application.billing;

import org.threepl.portal.application.paging.PageLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.PreconditionRequiredException;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.paging.KeysetCursor;
import org.threepl.portal.application.view.Page;
import org.threepl.portal.domain.model.account.ClientContract;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.OrganisationCode;
import org.threepl.portal.domain.model.billing.Invoice;
import org.threepl.portal.domain.model.billing.InvoiceContent;
import org.threepl.portal.domain.model.billing.InvoiceLine;
import org.threepl.portal.domain.model.billing.InvoiceStatus;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.application.ContractRepository;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.application.shipment.ShipmentRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.threepl.portal.application.billing.InvoiceViews.ContestView;
import static org.threepl.portal.application.billing.InvoiceViews.InvoiceDetail;
import static org.threepl.portal.application.billing.InvoiceViews.InvoiceSummary;
import static org.threepl.portal.application.billing.InvoiceViews.LineRef;
import static org.threepl.portal.application.billing.InvoiceViews.LineView;
import static org.threepl.portal.application.billing.InvoiceViews.SearchPage;

/**
 * Invoices. The 3PL's billing system records them by number (a new number creates, a known one
 * replaces with If-Match, the same content again changes nothing); clients read their own, staff
 * their clients'. Only the 3PL's callers see an invoice's cost and margin.
 */
@ApplicationScoped
@Transactional
public class InvoiceService {

    public static final int MAX_LIMIT = 200;

    /** The one order the invoice list is read in (what its keyset cursor names). */
    enum Order { NEWEST_FIRST }

    @Inject
    CallerContext callers;

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

    /** An invoice as the billing system sends it. */
    public record InvoiceInput(String organisation, String contractNumber, LocalDate issuedOn, LocalDate dueOn, String currency,
                               BigDecimal total, BigDecimal tax, BigDecimal cost, LocalDate paidOn, String sourceSystem,
                               List<LineInput> lines) {
    }

    /** A line as the billing system sends it; the shipment by the client's reference. */
    public record LineInput(Integer lineNo, String chargeType, String description, String shipmentReference, BigDecimal quantity,
                            BigDecimal unitPrice, BigDecimal amount, String currency) {
    }

    /** The invoice as stored, and whether this call created it. */
    public record Recorded(InvoiceDetail invoice, boolean created) {
    }

    /**
     * Creates the invoice {@code number} of the named organisation, or replaces it: a replacement that
     * changes anything needs the version the sender read ({@code expectedVersion}, from If-Match).
     */
    public Recorded record(String number, Integer expectedVersion, InvoiceInput in) {
        Caller caller = callers.current();
        AccessPolicy.require(AccessPolicy.mayOperatePortal(caller) && caller.isApiCredential(),
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
        Map<String, org.threepl.portal.domain.model.shipment.Shipment> byRef = shipments.byReferences(org.id(), lines.stream()
                .filter(Objects::nonNull).map(LineInput::shipmentReference).filter(r -> r != null && !r.isBlank()).map(String::trim)
                .distinct().toList());
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
                    problems.add(new DomainRuleViolation.Problem("lines[" + i + "].shipmentReference", "No shipment "
                            + l.shipmentReference().trim() + " of " + org.code().value()));
                } else {
                    shipmentId = s.id();
                }
            }
            drafts.add(new InvoiceContent.LineDraft(l.lineNo(), l.chargeType(), l.description(), shipmentId, l.quantity(), l.unitPrice(),
                    l.amount(), l.currency()));
        }
        InvoiceContent content = InvoiceContent.check(new InvoiceContent.Draft(contractId, in.issuedOn(), in.dueOn(), in.currency(),
                in.total(), in.cost(), drafts, in.tax(), in.paidOn()), problems);
        String trimmed = number.trim();
        Optional<Invoice> existing = invoices.byNumber(caller.tenantScope(), org.id(), trimmed);
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw new ConcurrentChangeException("Invoice " + trimmed);
            }
            Invoice created = new Invoice(org.id(), trimmed, content, in.sourceSystem(), clock.instant());
            invoices.add(created);
            return new Recorded(detail(created, caller), true);
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
        }
        return new Recorded(detail(invoice, caller), false);
    }

    private Organisation organisation(TenantScope scope, String code, List<DomainRuleViolation.Problem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new DomainRuleViolation.Problem("organisation", "Name the client organisation of the invoice (its code)"));
            return null;
        }
        Optional<Organisation> org;
        try {
            org = organisations.findByCode(OrganisationCode.of(code.trim())).filter(o -> scope.includes(o.id()));
        } catch (IllegalArgumentException e) {
            org = Optional.empty();
        }
        if (org.isEmpty()) {
            problems.add(new DomainRuleViolation.Problem("organisation", "No client organisation with the code " + code.trim()));
            return null;
        }
        return org.get();
    }

    private Long contract(TenantScope scope, Organisation org, InvoiceInput in, List<DomainRuleViolation.Problem> problems) {
        if (in.contractNumber() == null || in.contractNumber().isBlank()) {
            return null;
        }
        Optional<ClientContract> contract = contracts.ofOrganisation(scope, org.id()).stream()
                .filter(c -> c.contractNumber().equals(in.contractNumber().trim())).findFirst();
        if (contract.isEmpty()) {
            problems.add(new DomainRuleViolation.Problem("contractNumber", "No contract " + in.contractNumber().trim() + " of "
                    + org.code().value()));
            return null;
        }
        String currency = contract.get().monthlyFee().currency().getCurrencyCode();
        if (in.currency() != null && !currency.equals(in.currency().trim())) {
            problems.add(new DomainRuleViolation.Problem("currency", "Contract " + contract.get().contractNumber() + " is in " + currency
                    + "; so are its invoices, not " + in.currency().trim()));
        }
        return contract.get().id();
    }

    /** One invoice with its lines; another organisation's id is not found, like an unknown one. */
    public InvoiceDetail get(Long id) {
        Caller caller = callers.current();
        Invoice invoice = invoices.find(caller.tenantScope(), id).orElseThrow(() -> new NotFoundException("Invoice " + id));
        return detail(invoice, caller);
    }

    /** The invoices the caller may see, newest first, keyset-paged ({@code cursor} from the previous page). */
    public SearchPage search(Long organisationId, LocalDate issuedFrom, LocalDate issuedTo, InvoiceStatus status, String cursor, int limit) {
        Caller caller = callers.current();
        InvoiceRepository.Filter filter = filter(caller, organisationId, issuedFrom, issuedTo, status);
        KeysetCursor<Order> after = KeysetCursor.decodeOptional(cursor, Order.NEWEST_FIRST, o -> "newest first");
        int n = PageLimit.clamp(limit, MAX_LIMIT);
        List<InvoiceRepository.Row> rows = invoices.search(caller.tenantScope(), filter, after == null ? null : LocalDate.ofInstant(after.key(), ZoneOffset.UTC),
                after == null ? null : after.id(), n + 1);
        boolean more = rows.size() > n;
        LocalDate today = today();
        List<InvoiceSummary> items = rows.stream().limit(n).map(r -> summary(r, caller, today)).toList();
        String next = more ? new KeysetCursor<>(Order.NEWEST_FIRST, items.get(n - 1).issuedOn().atStartOfDay(ZoneOffset.UTC).toInstant(), items.get(n - 1).id()).encode() : null;
        return new SearchPage(items, next);
    }

    /** One numbered page of the same list, with its total, for the portal's table. */
    public Page<InvoiceSummary> page(Long organisationId, LocalDate issuedFrom, LocalDate issuedTo, InvoiceStatus status, int offset,
                                     int limit) {
        Caller caller = callers.current();
        InvoiceRepository.Filter filter = filter(caller, organisationId, issuedFrom, issuedTo, status);
        LocalDate today = today();
        List<InvoiceSummary> items = invoices.page(caller.tenantScope(), filter, PageLimit.offset(offset), PageLimit.clamp(limit, MAX_LIMIT))
                .stream().map(r -> summary(r, caller, today)).toList();
        return new Page<>(items, invoices.count(caller.tenantScope(), filter));
    }

    /**
     * The caller's own invoice lines with these ids (for a dispute that names them); a line of another
     * organisation is left out exactly like one that does not exist.
     */
    public List<LineRef> lines(Collection<Long> lineIds) {
        Caller caller = callers.current();
        return invoices.lines(caller.tenantScope(), new LinkedHashSet<>(lineIds)).values().stream().map(LineRef::of).toList();
    }

    /** The day invoices fall due by: the 3PL's billing day, in UTC like the dates the billing system sends. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    private InvoiceRepository.Filter filter(Caller caller, Long organisationId, LocalDate from, LocalDate to, InvoiceStatus status) {
        if (organisationId != null && !caller.tenantScope().includes(organisationId)) {
            throw new NotFoundException("Organisation " + organisationId);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainRuleViolation("issuedTo", "The range of issue days ends (" + to + ") before it starts (" + from + ")");
        }
        return new InvoiceRepository.Filter(organisationId, from, to, status, today());
    }

    private static InvoiceSummary summary(InvoiceRepository.Row r, Caller caller, LocalDate today) {
        Money total = new Money(r.total(), Money.currency(r.currency()));
        Money tax = new Money(r.tax(), total.currency());
        Money gross = total.plus(tax);
        Money cost = caller.isProvider() && r.cost() != null ? new Money(r.cost(), total.currency()) : null;
        InvoiceStatus status = InvoiceStatus.of(r.dueOn(), r.paidOn(), gross.amount(), r.credited(), today);
        return new InvoiceSummary(r.id(), r.organisationId(), r.organisationCode(), r.organisationName(), r.invoiceNumber(), r.issuedOn(),
                r.dueOn(), r.currency(), total.amount(), tax.amount(), gross.amount(), status, r.paidOn(), cost == null ? null : cost.amount(),
                cost == null ? null : total.minus(cost).amount(), r.version());
    }

    private InvoiceDetail detail(Invoice invoice, Caller caller) {
        List<InvoiceLine> lines = invoice.lines().stream().sorted(java.util.Comparator.comparingInt(InvoiceLine::lineNo)).toList();
        Set<Long> shipmentIds = new LinkedHashSet<>();
        lines.stream().map(InvoiceLine::shipmentId).filter(Objects::nonNull).forEach(shipmentIds::add);
        Map<Long, String> refs = shipments.referencesOf(shipmentIds);
        Map<Long, List<InvoiceRepository.Contest>> contests = invoices.contestsOf(lines.stream().map(InvoiceLine::id).toList());
        List<LineView> views = lines.stream().map(l -> new LineView(l.id(), l.lineNo(), l.chargeType().name(), l.description(),
                l.shipmentId(), l.shipmentId() == null ? null : refs.get(l.shipmentId()), l.quantity(), l.unitPrice(), l.amount().amount(),
                contests.getOrDefault(l.id(), List.of()).stream().map(c -> new ContestView(c.disputeId(), c.claimNumber(), c.state()))
                        .toList())).toList();
        Organisation org = organisations.find(TenantScope.all(), invoice.organisationId()).orElseThrow();
        boolean internal = caller.isProvider();
        List<InvoiceViews.CreditNoteView> notes = invoices.creditNotes(invoice.id()).stream()
                .map(c -> new InvoiceViews.CreditNoteView(c.disputeId(), c.claimNumber(), c.creditNoteNumber(),
                        new Money(c.amount(), invoice.currency()).amount())).toList();
        Money credited = new Money(notes.stream().map(InvoiceViews.CreditNoteView::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                invoice.currency());
        InvoiceStatus status = invoice.status(today(), credited);
        Money balance = status.awaitsPayment() ? invoice.gross().minus(credited) : new Money(BigDecimal.ZERO, invoice.currency());
        Map<String, List<InvoiceLine>> byType = new java.util.LinkedHashMap<>();
        lines.stream().sorted(java.util.Comparator.comparing(InvoiceLine::chargeType).thenComparingInt(InvoiceLine::lineNo))
                .forEach(l -> byType.computeIfAbsent(l.chargeType().name(), k -> new ArrayList<>()).add(l));
        List<InvoiceViews.ChargeTotal> byCharge = byType.entrySet().stream().map(e -> new InvoiceViews.ChargeTotal(e.getKey(),
                e.getValue().size(), e.getValue().stream().map(l -> l.amount()).reduce(Money::plus).orElseThrow().amount())).toList();
        return new InvoiceDetail(invoice.id(), invoice.organisationId(), org.code().value(), org.name(), invoice.contractId(),
                invoice.invoiceNumber(), invoice.issuedOn(), invoice.dueOn(), invoice.currency().getCurrencyCode(), invoice.total().amount(),
                invoice.tax().amount(), invoice.gross().amount(), status, invoice.paidOn().orElse(null), credited.amount(), balance.amount(),
                internal ? invoice.cost().map(Money::amount).orElse(null) : null,
                internal ? invoice.margin().map(Money::amount).orElse(null) : null,
                invoice.sourceSystem(), invoice.receivedAt(), views, byCharge, notes,
                lines.stream().anyMatch(l -> l.quantity() != null), lines.stream().anyMatch(l -> l.shipmentId() != null), invoice.version());
    }
}
