package org.threepl.portal.application.dispute;

import org.threepl.portal.domain.model.shared.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.Notifier;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.export.ForPeople;
import org.threepl.portal.application.export.TableWriter;
import org.threepl.portal.application.export.TableWriters;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.ClientContract;
import org.threepl.portal.domain.model.dispute.Attachment;
import org.threepl.portal.domain.model.dispute.Change;
import org.threepl.portal.domain.model.dispute.Dispute;
import org.threepl.portal.domain.model.dispute.DisputeAction;
import org.threepl.portal.domain.model.dispute.DisputeMessage;
import org.threepl.portal.domain.model.dispute.DisputeKind;
import org.threepl.portal.domain.model.dispute.DisputeProcedure;
import org.threepl.portal.domain.model.dispute.DisputeRecord;
import org.threepl.portal.domain.model.dispute.DisputeState;
import org.threepl.portal.domain.model.dispute.LadderLevel;
import org.threepl.portal.domain.model.dispute.Side;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.sla.SlaBreach;
import org.threepl.portal.domain.model.sla.SlaTerm;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.application.ContractRepository;
import org.threepl.portal.application.billing.InvoiceRepository;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.application.billing.InvoiceViews;
import org.threepl.portal.domain.model.dispute.ContestedLines;
import org.threepl.portal.application.shipment.ShipmentRepository;
import org.threepl.portal.application.sla.SlaBreachRepository;
import org.threepl.portal.application.sla.SlaTermRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Disputes: a client files one under the procedure of its contract in force (the standard template
 * when the contract has none yet); then each side takes the steps the state machine allows it, every
 * step checked against the version the caller saw and written to the dispute's record.
 */
@ApplicationScoped
@Transactional
public class DisputeService {

    @Inject
    CallerContext callers;

    @Inject
    DisputeRepository disputes;

    @Inject
    ContractRepository contracts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    DisputeEscalation escalationJob;

    @Inject
    ShipmentRepository shipments;

    @Inject
    Clock clock;

    @Inject
    TableWriters writers;

    @Inject
    Notifier notifier;

    @Inject
    FileStore files;

    @Inject
    SlaBreachRepository breaches;

    @Inject
    SlaTermRepository terms;

    @Inject
    InvoiceRepository invoices;

    /**
     * A new dispute as a client files it: the shipments by id or by the client's reference, the
     * invoice lines it contests by id; {@code concerning} the delivery or invoice day its filing window
     * counts from (for contested lines, by default the day of the earliest invoice).
     */
    public record NewDispute(Long organisationId, String kind, BigDecimal amountClaimed, String currency, String description,
                             List<Long> shipmentIds, List<String> shipmentReferences, List<Long> invoiceLineIds, LocalDate concerning) {
    }

    /** One step: {@code action} (one of {@link DisputeAction#STEPS}) with an amount (offers) or a note (reasons). */
    public record Step(DisputeAction action, BigDecimal amount, String note) {
    }

    /**
     * One change on the record; {@code actor} the name who acted had then, {@code actorKind} whether that was a person
     * (USER), an API key (CREDENTIAL), the portal's deadline job (SYSTEM) or is not known (LEGACY: written before
     * actors were typed).
     */
    public record RecordLine(Instant at, String actor, String actorKind, String side, String action, String from, String to,
                             BigDecimal amount, int level, String note) {
    }

    /** The portal's own job escalating overdue disputes, as it appears on their records. */
    static final Actor DEADLINE_JOB = Actor.system("system");

    public DisputeView file(NewDispute cmd) {
        Caller caller = callers.current();
        AccessPolicy.require(!caller.isProvider(), "Disputes are filed by clients");
        AccessPolicy.require(caller.may(ApiScope.WRITE), "Filing a dispute needs a key with the WRITE scope");
        Long org = caller.organisationId();
        if (cmd.organisationId() != null && !cmd.organisationId().equals(org)) {
            throw new NotFoundException("Organisation " + cmd.organisationId());
        }
        LocalDate today = today();
        ClientContract contract = contractInForce(caller.tenantScope(), org, today);
        DisputeProcedure procedure = procedureInForce(contract, org, today);
        DisputeKind kind = parse(cmd.kind());
        List<Long> ids = new java.util.ArrayList<>(cmd.shipmentIds() == null ? List.of() : cmd.shipmentIds());
        List<String> refs = cmd.shipmentReferences() == null ? List.of()
                : cmd.shipmentReferences().stream().map(String::trim).filter(r -> !r.isEmpty()).distinct().toList();
        if (!refs.isEmpty()) {
            var byRef = shipments.byReferences(org, refs);
            for (String r : refs) {
                if (!byRef.containsKey(r)) {
                    throw new DomainRuleViolation("shipmentIds", "No shipment " + r + " of yours");
                }
                ids.add(byRef.get(r).id());
            }
        }
        ids = ids.stream().distinct().toList();
        for (Long id : ids) {
            if (shipments.find(caller.tenantScope(), id).isEmpty()) {
                throw new DomainRuleViolation("shipmentIds", "No shipment " + id + " of yours");
            }
        }
        Money amount;
        try {
            amount = new Money(cmd.amountClaimed(), Money.currency(cmd.currency()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainRuleViolation("amountClaimed", e.getMessage() == null ? "An amount and its currency are required" : e.getMessage());
        }
        String contractCurrency = contract.monthlyFee().currency().getCurrencyCode();
        if (!amount.currency().getCurrencyCode().equals(contractCurrency)) {
            throw new DomainRuleViolation("currency", "Claims are in the contract's currency, " + contractCurrency + "; not "
                    + amount.currency().getCurrencyCode());
        }
        List<InvoiceViews.LineRef> lines = contestedLines(caller, cmd.invoiceLineIds());
        LocalDate concerning = cmd.concerning() != null || lines.isEmpty() ? cmd.concerning()
                : lines.stream().map(InvoiceViews.LineRef::issuedOn).min(Comparator.naturalOrder()).orElseThrow();
        String claim = String.format(Locale.ROOT, "CL-%d-%06d", today.getYear(), disputes.next("CLAIM", today.getYear()));
        Dispute d = new Dispute(claim, org, procedure, kind, amount, cmd.description(), ids, contested(lines), concerning, today);
        disputes.add(d);
        disputes.add(new DisputeRecord(d, new Change(DisputeAction.FILE, null, DisputeState.FILED, amount.amount(), 0, cmd.description()),
                caller.actor(), Side.CLIENT, clock.instant()));
        notifier.tell(notifier.accountManagersOf(org), Message.of("dispute.filed.subject", Message.text(claim), Message.term("dispute.kind.", kind),
                        Message.amount(amount)),
                Message.of("dispute.filed.body", Message.text(caller.actor().describe()), Message.text(claim), Message.term("dispute.kind.", kind),
                        Message.amount(amount), Message.text(d.description()), Message.day(d.acknowledgeBy()), Message.day(d.resolveBy())),
                "/dispute.xhtml?id=" + d.id());
        return DisputeView.of(d, nameOf(d), procedure, today, Side.CLIENT, caller.role(), shipments.referencesOf(d.shipmentIds()), lines);
    }

    /**
     * The caller's own invoice lines with these ids; an unknown id and another organisation's are
     * refused with the same words, so that ids reveal nothing.
     */
    private List<InvoiceViews.LineRef> contestedLines(Caller caller, List<Long> lineIds) {
        List<Long> wanted = lineIds == null ? List.of() : lineIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        var found = invoices.lines(TenantScope.of(List.of(caller.organisationId())), wanted);
        for (Long id : wanted) {
            if (!found.containsKey(id)) {
                throw new DomainRuleViolation("invoiceLineIds", "No invoice line " + id + " of yours");
            }
        }
        for (var contests : invoices.contestsOf(wanted).entrySet()) {
            for (var c : contests.getValue()) {
                if (DisputeState.valueOf(c.state()).isOpen()) {
                    var line = found.get(contests.getKey());
                    throw new DomainRuleViolation("invoiceLineIds", "Line " + line.lineNo() + " of invoice " + line.invoiceNumber()
                            + " is already contested by " + c.claimNumber() + ", which is still open");
                }
            }
        }
        List<String> currencies = found.values().stream().map(InvoiceRepository.LineRow::currency).distinct().toList();
        if (currencies.size() > 1) {
            throw new DomainRuleViolation("invoiceLineIds", "The invoice lines are in " + String.join(" and ", currencies)
                    + ": one dispute contests lines of one currency");
        }
        return found.values().stream().map(InvoiceViews.LineRef::of).toList();
    }

    private static ContestedLines contested(List<InvoiceViews.LineRef> lines) {
        if (lines.isEmpty()) {
            return ContestedLines.none();
        }
        java.util.Currency currency = Money.currency(lines.get(0).currency());
        Money total = lines.stream().map(l -> new Money(l.amount(), currency)).reduce(Money.zero(currency), Money::plus);
        return new ContestedLines(lines.stream().map(InvoiceViews.LineRef::id).collect(java.util.stream.Collectors.toSet()), total);
    }

    private List<InvoiceViews.LineRef> linesOf(Dispute d) {
        return invoices.linesOfDisputes(List.of(d.id())).getOrDefault(d.id(), List.of()).stream().map(InvoiceViews.LineRef::of).toList();
    }

    /**
     * Turns an SLA breach entry of the caller's organisation into a delay/SLA dispute in one step: the
     * description states the KPI, the period and the figures; the amount is the credit the term's
     * bands give for the period (none: zero, to be offered in the negotiation).
     */
    public DisputeView fileFromBreach(Long breachId) {
        Caller caller = callers.current();
        SlaBreach breach = breaches.find(caller.tenantScope(), breachId).orElseThrow(() -> new NotFoundException("Breach " + breachId));
        if (breach.disputeId() != null) {
            throw new DomainRuleViolation("breach", "This breach is already a dispute");
        }
        SlaTerm term = terms.find(caller.tenantScope(), breach.termId()).orElseThrow(() -> new NotFoundException("SLA term " + breach.termId()));
        ClientContract contract = contracts.find(caller.tenantScope(), term.contractId())
                .orElseThrow(() -> new NotFoundException("Contract " + term.contractId()));
        String currency = contract.monthlyFee().currency().getCurrencyCode();
        String description = "SLA breach: " + breach.kpi() + " was " + (breach.actual() == null ? "not measured"
                : breach.actual().stripTrailingZeros().toPlainString()) + " against a target of " + breach.target().stripTrailingZeros().toPlainString()
                + " in the period " + breach.periodStart() + " to " + breach.periodEnd() + ".";
        DisputeView d = file(new NewDispute(breach.organisationId(), DisputeKind.DELAY_OR_SLA.name(), BigDecimal.ZERO, currency,
                description, List.of(), List.of(), List.of(), breach.periodEnd()));
        breach.turnedIntoDispute(d.id());
        return d;
    }

    /** What a client files under today: the contract in force, its currency and its dispute procedure. */
    public record FilingContext(Long organisationId, Long contractId, String contractNumber, String currency, ProcedureView procedure) {
    }

    /** The caller's (a client's) contract in force and the procedure a dispute filed now would follow. */
    public FilingContext filingContext() {
        Caller caller = callers.current();
        AccessPolicy.require(!caller.isProvider(), "Disputes are filed by clients");
        LocalDate today = today();
        ClientContract contract = contractInForce(caller.tenantScope(), caller.organisationId(), today);
        Optional<DisputeProcedure> recorded = recordedInForce(contract, today);
        ProcedureView procedure = recorded.map(p -> ProcedureView.of(p, false)).orElseGet(() -> ProcedureView.of(DisputeProcedure.standard(
                contract.id(), caller.organisationId(), contract.term().start(), DisputeProcedure.TEMPLATE, clock.instant()), true));
        return new FilingContext(caller.organisationId(), contract.id(), contract.contractNumber(),
                contract.monthlyFee().currency().getCurrencyCode(), procedure);
    }

    /** A procedure version as shown and sent. */
    public record ProcedureView(Long id, Long contractId, List<String> kinds, int filingWindowDays, int acknowledgeDays, int resolveDays,
                                boolean businessDays, int reopenWindowDays, List<LadderLevel> ladder,
                                java.util.Map<String, String> requiredEvidence, LocalDate effectiveFrom, boolean standard) {
        static ProcedureView of(DisputeProcedure p, boolean standard) {
            java.util.Map<String, String> evidence = new java.util.TreeMap<>();
            p.requiredEvidence().forEach((k, v) -> evidence.put(k.name(), v));
            return new ProcedureView(p.id(), p.contractId(), p.kinds().stream().map(Enum::name).sorted().toList(), p.filingWindowDays(),
                    p.acknowledgeDays(), p.resolveDays(), p.businessDays(), p.reopenWindowDays(), p.ladder(), evidence, p.effectiveFrom(),
                    standard);
        }
    }

    /** Every version of a contract's procedure (the client sees its own before filing); none recorded: the standard template. */
    public List<ProcedureView> procedures(Long contractId) {
        Caller caller = callers.current();
        if (contractId == null) {
            throw new DomainRuleViolation("contract", "Name the contract (its id)");
        }
        ClientContract contract = contracts.find(caller.tenantScope(), contractId).orElseThrow(() -> new NotFoundException("Contract " + contractId));
        List<DisputeProcedure> versions = disputes.proceduresOf(contract.id());
        if (versions.isEmpty()) {
            return List.of(ProcedureView.of(DisputeProcedure.standard(contract.id(), contract.organisation().id(), contract.term().start(),
                    DisputeProcedure.TEMPLATE, clock.instant()), true));
        }
        return versions.stream().map(p -> ProcedureView.of(p, false)).toList();
    }

    /**
     * Records a contract's procedure, or a new version of it from a later day (the 3PL's operations
     * admins and integrations); every refused field is named.
     */
    public ProcedureView recordProcedure(Long contractId, DisputeProcedure.Draft draft) {
        Caller caller = callers.current();
        ClientContract contract = contracts.find(caller.tenantScope(), contractId)
                .orElseThrow(() -> new NotFoundException("Contract " + contractId));
        AccessPolicy.require(AccessPolicy.mayOperatePortal(caller), "Only the 3PL's operations admins record dispute procedures");
        DisputeProcedure p = DisputeProcedure.from(draft, contract.id(), contract.organisation().id(), caller.actor(), clock.instant());
        disputes.add(p);
        return ProcedureView.of(p, false);
    }

    public DisputeView get(Long id) {
        Dispute d = find(id);
        Caller caller = callers.current();
        return DisputeView.of(d, nameOf(d), procedureOf(d), today(), sideOf(caller), caller.role(), shipments.referencesOf(d.shipmentIds()),
                linesOf(d));
    }

    /** The disputes the caller may see: open ones by deadline first (the queue), then the rest. */
    public List<DisputeView> list(Long organisationId, String state, int offset, int limit) {
        Caller caller = callers.current();
        requireVisible(caller, organisationId);
        DisputeState s = state == null || state.isBlank() ? null : parseState(state);
        LocalDate today = today();
        List<Dispute> page = disputes.list(caller.tenantScope(), organisationId, s, Math.max(0, offset), Math.min(Math.max(1, limit), 200));
        var lines = invoices.linesOfDisputes(page.stream().map(Dispute::id).toList()); // one query for the page's invoice lines
        var references = shipments.referencesOf(page.stream().flatMap(d -> d.shipmentIds().stream()).distinct().toList());
        var names = organisations.namesOf(page.stream().map(Dispute::organisationId).distinct().toList());
        return page.stream().map(d -> DisputeView.of(d, names.get(d.organisationId()), procedureOf(d), today, sideOf(caller), caller.role(), references,
                lines.getOrDefault(d.id(), List.of()).stream().map(InvoiceViews.LineRef::of).toList())).toList();
    }

    /** How many disputes {@link #list} has for the same organisation and state (the total of the portal's paged list). */
    public long count(Long organisationId, String state) {
        Caller caller = callers.current();
        requireVisible(caller, organisationId);
        return disputes.count(caller.tenantScope(), organisationId, state == null || state.isBlank() ? null : parseState(state));
    }

    /** An organisation outside the caller's scope answers like one that does not exist. */
    private static void requireVisible(Caller caller, Long organisationId) {
        if (organisationId != null && !caller.tenantScope().includes(organisationId)) {
            throw new NotFoundException("Organisation " + organisationId);
        }
    }

    public static final List<String> RECORD_COLUMNS = List.of("claim_number", "at_utc", "actor", "actor_kind", "side", "action", "from_state",
            "to_state",
            "amount", "currency", "ladder_level", "note");

    /** The bundle keys of the headers of the record's file for people. */
    static final String[] RECORD_PEOPLE_HEADERS = {"dispute.when", "dispute.by", "dispute.side", "dispute.step", "dispute.state",
            "dispute.amount", "dispute.level", "disputeRecord.note"};

    /**
     * The dispute's record as the file a person downloads from the dispute's page (CSV, Excel): every change, oldest first,
     * as the page's record table shows it, in the reader's language, zone and formats.
     */
    public void writeRecord(Long id, TableWriter.Format format, Formats reader, java.io.OutputStream out) throws java.io.IOException {
        Dispute d = find(id);
        List<RecordLine> record = record(d.id());
        List<String> levels = procedureOf(d).ladder().stream().map(l -> l.name()).toList();
        ForPeople people = new ForPeople(reader);
        try (TableWriter table = writers.openForPeople(format, out, people.text("dispute.title", d.claimNumber()), people.madeOn(clock.instant()))) {
            table.header(people.headers(RECORD_PEOPLE_HEADERS));
            for (RecordLine r : record) {
                table.row(forPeople(r, d.amountClaimed().currency().getCurrencyCode(), levels, people));
            }
        }
    }

    /** One step of the record as the dispute's page shows it; {@code levels} the procedure's ladder, by position. */
    static Object[] forPeople(RecordLine r, String currency, List<String> levels, ForPeople people) {
        String to = people.term("dispute.state.", r.to());
        String state = r.from() == null ? to : people.term("dispute.state.", r.from()) + " → " + to;
        Object level = r.level() >= 0 && r.level() < levels.size() ? levels.get(r.level()) : people.count(r.level() + 1);
        return new Object[]{people.moment(r.at()), people.actor(r.actorKind(), r.actor()), people.term("dispute.side.", r.side()),
                people.term("dispute.action.", r.action()), state, people.money(r.amount(), currency), level, r.note()};
    }

    /** The dispute's record as a machine file (the API's CSV, Excel, PDF): every change, oldest first. */
    public void writeRecord(Long id, TableWriter.Format format, java.io.OutputStream out) throws java.io.IOException {
        Dispute d = find(id);
        List<RecordLine> record = record(d.id());
        try (TableWriter table = writers.open(format, out, "Dispute " + d.claimNumber())) {
            table.header(RECORD_COLUMNS);
            for (RecordLine r : record) {
                table.row(new Object[]{d.claimNumber(), r.at(), r.actor(), r.actorKind(), r.side(), r.action(), r.from(), r.to(),
                        r.amount(), r.amount() == null ? null : d.amountClaimed().currency().getCurrencyCode(), r.level() + 1, r.note()});
            }
        }
    }

    public List<RecordLine> record(Long id) {
        Dispute d = find(id);
        return disputes.recordOf(d.id()).stream().map(r -> new RecordLine(r.recordedAt(), r.actor().name(), r.actor().kind().name(),
                r.side() == null ? null : r.side().name(), r.action().name(), r.fromState() == null ? null : r.fromState().name(),
                r.toState().name(), r.amount(), r.level(), r.note())).toList();
    }

    /** One step by the caller's side, on the version the caller saw. */
    public DisputeView act(Long id, int expectedVersion, Step step) {
        Caller caller = callers.current();
        Dispute d = find(id);
        if (d.version() != expectedVersion) {
            throw new ConcurrentChangeException("Dispute " + d.claimNumber());
        }
        AccessPolicy.require(caller.may(ApiScope.WRITE), "Working on a dispute needs a key with the WRITE scope");
        Side side = sideOf(caller);
        DisputeProcedure procedure = procedureOf(d);
        LocalDate today = today();
        DisputeAction action = step.action();
        if (action == null) {
            throw new DomainRuleViolation("action", "A step is required; allowed: " + DisputeAction.STEPS);
        }
        d.requireMayDecide(action, side, caller.role(), procedure);
        Change change = switch (action) {
            case ACKNOWLEDGE -> d.acknowledge(side);
            case INVESTIGATE -> d.investigate(side, procedure, disputes.attachmentsOf(d.id()).size());
            case OFFER -> d.offer(side, money(step.amount(), d), caller.actor(), clock.instant());
            case ACCEPT_OFFER -> d.acceptOffer(side, String.format(Locale.ROOT, "CN-%d-%06d", today.getYear(),
                    disputes.next("CREDIT_NOTE", today.getYear())));
            case REJECT_OFFER -> d.rejectOffer(side);
            case REJECT -> d.reject(side, step.note(), today);
            case CLOSE -> d.close(today);
            case WITHDRAW -> d.withdraw(side, today);
            case ESCALATE -> d.escalate(side, procedure, step.note(), today);
            case REOPEN -> d.reopen(side, procedure, today);
            case FILE, ATTACH -> throw new DomainRuleViolation("action", action + " is not a step (it has its own request); allowed: "
                    + DisputeAction.STEPS);
        };
        disputes.add(new DisputeRecord(d, change, caller.actor(), side, clock.instant()));
        disputes.flush(); // the version moves on at the flush: the answer's ETag must be the new one
        tellOtherSide(d, side, change, caller.actor());
        return DisputeView.of(d, nameOf(d), procedureOf(d), today, side, caller.role(), shipments.referencesOf(d.shipmentIds()), linesOf(d));
    }

    /** A message or internal note; {@code authorKind} USER (a person), CREDENTIAL (an API key) or LEGACY (not known). */
    public record MessageView(Long id, String author, String authorKind, String side, boolean internal, String text, Instant at) {
        static MessageView of(DisputeMessage m) {
            return new MessageView(m.id(), m.author().name(), m.author().kind().name(), m.side().name(), m.isInternal(), m.text(),
                    m.createdAt());
        }
    }

    /** The thread; the 3PL also sees its internal notes, a client never does. */
    public List<MessageView> messages(Long id) {
        Caller caller = callers.current();
        Dispute d = find(id);
        return disputes.messagesOf(d.id(), caller.isProvider()).stream().map(MessageView::of).toList();
    }

    /** A message to the other side, or (the 3PL only) an internal note; a shared message is told to the other side. */
    public MessageView write(Long id, String text, boolean internal) {
        Caller caller = callers.current();
        Dispute d = find(id);
        AccessPolicy.require(caller.may(ApiScope.WRITE), "Writing needs a key with the WRITE scope");
        Side side = sideOf(caller);
        AccessPolicy.require(!internal || side == Side.PROVIDER, "Internal notes are the 3PL's");
        DisputeMessage m;
        try {
            m = new DisputeMessage(d, caller.actor(), side, internal, text, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("text", e.getMessage());
        }
        disputes.add(m);
        if (!internal) {
            var recipients = side == Side.CLIENT ? notifier.accountManagersOf(d.organisationId()) : notifier.clientAdminsOf(d.organisationId());
            notifier.tell(recipients, Message.of("dispute.message.subject", Message.text(d.claimNumber()), Message.text(caller.actor().describe())),
                    Message.of("dispute.message.body", Message.text(m.text())), "/dispute.xhtml?id=" + d.id());
        }
        return MessageView.of(m);
    }

    /** An evidence file's facts; {@code uploadedByKind} USER (a person), CREDENTIAL (an API key) or LEGACY (not known). */
    public record AttachmentView(Long id, String fileName, String contentType, int size, String uploadedBy, String uploadedByKind, String side,
                                 Instant at) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id(), a.fileName(), a.contentType(), a.size(), a.uploadedBy().name(), a.uploadedBy().kind().name(),
                    a.side().name(), a.uploadedAt());
        }
    }

    /** A file to download: its facts and bytes. */
    public record Download(AttachmentView attachment, byte[] content) {
    }

    /** Attaches evidence (either side): checked by content and size, stored under a generated name, noted on the record. */
    public AttachmentView attach(Long id, String fileName, byte[] content) {
        Caller caller = callers.current();
        Dispute d = find(id);
        AccessPolicy.require(caller.may(ApiScope.WRITE), "Attaching evidence needs a key with the WRITE scope");
        Side side = sideOf(caller);
        Attachment a;
        try {
            a = new Attachment(d, fileName, content, caller.actor(), side, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("file", e.getMessage());
        }
        disputes.add(a);
        disputes.add(new DisputeRecord(d, new Change(DisputeAction.ATTACH, d.state(), d.state(), null, d.level(), "evidence: " + a.fileName()
                + " (" + a.contentType() + ", " + a.size() + " bytes)"), caller.actor(), side, clock.instant()));
        files.put(a.storageKey(), content);
        return AttachmentView.of(a);
    }

    public List<AttachmentView> attachments(Long id) {
        return disputes.attachmentsOf(find(id).id()).stream().map(AttachmentView::of).toList();
    }

    /** A file of a dispute the caller may see; another dispute's attachment id is not found. */
    public Download download(Long id, Long attachmentId) {
        Attachment a = disputes.attachmentsOf(find(id).id()).stream().filter(x -> x.id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
        return new Download(AttachmentView.of(a), files.get(a.storageKey()));
    }

    /** Dispute statistics for the 3PL's operations admins. */
    public record Statistics(List<OpenCount> open, List<Settled> settledThisYear) {
        public record OpenCount(String kind, int level, String age, long count) {
        }

        public record Settled(String currency, long count, BigDecimal total) {
        }
    }

    /** How long ago an open dispute was filed, in the bands the statistics count in. */
    enum Age {
        UP_TO_30("0–30 days", 30), UP_TO_90("31–90 days", 90), UP_TO_180("91–180 days", 180), OVER_180("over 180 days", Long.MAX_VALUE);

        final String label;
        final long upToDays;

        Age(String label, long upToDays) {
            this.label = label;
            this.upToDays = upToDays;
        }

        static Age of(long days) {
            for (Age a : values()) {
                if (days <= a.upToDays) {
                    return a;
                }
            }
            throw new AssertionError(days);
        }
    }

    /** One line of the open disputes' table: a kind, a ladder level and an age band. */
    record Bucket(DisputeKind kind, int level, Age age) {
        /** The table's order: kinds by name, then levels, then ages. */
        static final Comparator<Bucket> ORDER = Comparator.comparing((Bucket b) -> b.kind().name()).thenComparingInt(Bucket::level)
                .thenComparing(Bucket::age);
    }

    public Statistics statistics() {
        Caller caller = callers.current();
        AccessPolicy.require(AccessPolicy.mayOperatePortal(caller), "Dispute statistics are for the 3PL's operations admins");
        LocalDate today = today();
        List<Statistics.Settled> settled = disputes.settledSince(today.withDayOfYear(1)).stream()
                .map(r -> new Statistics.Settled(r.currency(), r.count(), r.total())).toList();
        return new Statistics(open(disputes.openByKindLevelAndDay(), today), settled);
    }

    /** The open disputes counted by kind, level and age band on {@code today}, in the table's order. */
    static List<Statistics.OpenCount> open(List<DisputeRepository.OpenOnDay> rows, LocalDate today) {
        Map<Bucket, Long> counts = new java.util.TreeMap<>(Bucket.ORDER);
        for (DisputeRepository.OpenOnDay r : rows) {
            Age age = Age.of(java.time.temporal.ChronoUnit.DAYS.between(r.filedOn(), today));
            counts.merge(new Bucket(r.kind(), r.level(), age), r.count(), Long::sum);
        }
        return counts.entrySet().stream().map(e -> new Statistics.OpenCount(e.getKey().kind().name(), e.getKey().level(),
                e.getKey().age().label, e.getValue())).toList();
    }

    /** Escalates every open dispute whose ladder level has run out of time on {@code day}; returns how many. */
    public int escalateOverdue(LocalDate day) {
        int n = 0;
        Map<Long, DisputeProcedure> procedures = new HashMap<>();
        for (DisputeRepository.OpenDeadlines o : disputes.openDeadlines()) {
            DisputeProcedure p = procedures.computeIfAbsent(o.procedureId(), id -> disputes.procedure(id)
                    .orElseThrow(() -> new IllegalStateException("The procedure of dispute " + o.id() + " is gone")));
            LocalDate due = p.escalatesOn(o.level(), o.levelSince());
            if (due == null || !day.isAfter(due)) {
                continue; // only the overdue ones are loaded (and then checked again by the dispute itself)
            }
            Dispute d = disputes.find(TenantScope.all(), o.id()).orElse(null);
            if (d != null && d.levelOverdue(p, day)) {
                Change c = d.escalate(null, p, "the time limit of " + p.ladder().get(d.level()).name() + " ran out", day);
                disputes.add(new DisputeRecord(d, c, DEADLINE_JOB, null, clock.instant()));
                n++;
            }
        }
        return n;
    }

    /** Days before a deadline at which the 3PL's account managers are reminded of it. */
    static final int REMIND_DAYS_BEFORE = 3;

    /**
     * Reminds the account managers of every open dispute whose deadline (to acknowledge while filed,
     * to resolve afterwards) falls within {@value #REMIND_DAYS_BEFORE} days of {@code day}, once per
     * deadline; returns how many reminders went out.
     */
    public int remindOfDeadlines(LocalDate day) {
        int n = 0;
        for (DisputeRepository.OpenDeadlines o : disputes.openDeadlines()) {
            boolean filed = o.state() == DisputeState.FILED;
            LocalDate due = filed ? o.acknowledgeBy() : o.resolveBy();
            if (day.isAfter(due) || day.plusDays(REMIND_DAYS_BEFORE).isBefore(due)) {
                continue;
            }
            String deadline = filed ? "ACKNOWLEDGE" : "RESOLVE";
            if (disputes.remindOnce(o.id(), deadline, due, clock.instant())) {
                Dispute d = disputes.find(TenantScope.all(), o.id()).orElseThrow();
                notifier.tell(notifier.accountManagersOf(d.organisationId()), Message.of("dispute.deadline." + deadline + ".subject",
                                Message.text(d.claimNumber()), Message.day(due)),
                        Message.of("dispute.deadline." + deadline + ".body", Message.text(d.claimNumber()), Message.term("dispute.kind.", d.kind()),
                                Message.amount(d.amountClaimed()), Message.term("dispute.state.", d.state()), Message.day(due)),
                        "/dispute.xhtml?id=" + d.id());
                n++;
            }
        }
        return n;
    }

    /**
     * The deadline job's run asked for by the 3PL (e.g. its own scheduler, or to catch up for a day), under
     * the job's lease like the scheduled runs: the number escalated, or -1 if another server is running it.
     * Outside any transaction: each step commits before the lease is given up.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int escalateOverdueAsAsked(LocalDate day) {
        Caller caller = callers.current();
        AccessPolicy.require(AccessPolicy.mayOperatePortal(caller), "Only the 3PL runs the escalation of overdue disputes");
        return escalationJob.run(day == null ? today() : day);
    }

    private ClientContract contractInForce(TenantScope scope, Long org, LocalDate today) {
        return contracts.ofOrganisation(scope, org).stream().filter(c -> c.isInForceOn(today))
                .max(Comparator.comparing(c -> c.id()))
                .orElseThrow(() -> new DomainRuleViolation("organisation", "No contract in force: disputes follow the contract's procedure"));
    }

    private Optional<DisputeProcedure> recordedInForce(ClientContract contract, LocalDate today) {
        return disputes.proceduresOf(contract.id()).stream().filter(p -> !p.effectiveFrom().isAfter(today))
                .max(Comparator.comparing(DisputeProcedure::effectiveFrom).thenComparing(DisputeProcedure::id));
    }

    private DisputeProcedure procedureInForce(ClientContract contract, Long org, LocalDate today) {
        Optional<DisputeProcedure> inForce = recordedInForce(contract, today);
        if (inForce.isPresent()) {
            return inForce.get();
        }
        DisputeProcedure standard = DisputeProcedure.standard(contract.id(), org, contract.term().start(), DisputeProcedure.TEMPLATE,
                clock.instant());
        disputes.add(standard);
        return standard;
    }

    /** Each step is told to the other side: the client's administrators, or its account managers. */
    private void tellOtherSide(Dispute d, Side side, Change change, Actor actor) {
        var recipients = side == Side.CLIENT ? notifier.accountManagersOf(d.organisationId()) : notifier.clientAdminsOf(d.organisationId());
        Message subject = Message.of("dispute.step.subject", Message.text(d.claimNumber()), Message.term("dispute.action." + change.action().name()),
                Message.text(actor.describe()));
        Message amount = change.amount() == null ? Message.of("empty")
                : Message.of("dispute.step.amount", Message.amount(change.amount(), d.amountClaimed().currency().getCurrencyCode()));
        Message body = Message.of("dispute.step.body", Message.nested(subject), Message.nested(amount),
                Message.term("dispute.state.", d.state()), Message.day(d.resolveBy()));
        notifier.tell(recipients, subject, body, "/dispute.xhtml?id=" + d.id());
    }

    private static Side sideOf(Caller caller) {
        return caller.isProvider() ? Side.PROVIDER : Side.CLIENT;
    }

    private String nameOf(Dispute d) {
        return organisations.namesOf(List.of(d.organisationId())).get(d.organisationId());
    }

    private DisputeProcedure procedureOf(Dispute d) {
        return disputes.procedure(d.procedureId()).orElseThrow(() -> new IllegalStateException("The procedure of " + d.claimNumber() + " is gone"));
    }

    private Dispute find(Long id) {
        return disputes.find(callers.current().tenantScope(), id).orElseThrow(() -> new NotFoundException("Dispute " + id));
    }

    private static Money money(BigDecimal amount, Dispute d) {
        if (amount == null) {
            throw new DomainRuleViolation("amount", "An offer states its amount");
        }
        return new Money(amount, d.amountClaimed().currency());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static DisputeKind parse(String kind) {
        try {
            return DisputeKind.valueOf(kind == null ? "" : kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("kind", "Unknown kind '" + kind + "'; allowed: " + java.util.Arrays.toString(DisputeKind.values()));
        }
    }

    private static DisputeState parseState(String state) {
        try {
            return DisputeState.valueOf(state.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("state", "Unknown state '" + state + "'; allowed: " + java.util.Arrays.toString(DisputeState.values()));
        }
    }
}
