package org.threepl.portal.domain.model.dispute;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;

/**
 * A dispute between a client and the 3PL, following the procedure it was filed under. Its state machine is explicit:
 * every step names the states it may start from and the side that may take it, and anything else is refused with a
 * message saying what is possible. Offers go back and forth in negotiation (a new offer supersedes the pending one);
 * accepting the other side's offer settles the dispute for that amount, with a credit note. Escalation moves it up the
 * procedure's ladder, by a side or automatically when the level's time runs out.
 *
 * <p>Long because: it is one state machine over one consistency boundary. Every step reads and changes the state, the
 * ladder level and the offers together under one version, and the table of the steps possible now ({@link #stepsFor})
 * belongs beside the steps it describes; split over classes, the transitions that {@code DisputeTest} checks state by
 * state would be scattered. A quarter of it is mapping and accessors.
 */
@Entity
@Table(name = "dispute")
public class Dispute {

    public static final int MAX_DESCRIPTION = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_seq")
    @SequenceGenerator(name = "dispute_seq", sequenceName = "dispute_seq", allocationSize = 50)
    private Long id;

    @Column(name = "claim_number", nullable = false, length = 20, unique = true)
    private String claimNumber;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "procedure_id", nullable = false)
    private Long procedureId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private DisputeKind kind;

    @Column(name = "amount_claimed", nullable = false, precision = 19, scale = 4)
    private BigDecimal amountClaimed;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "description", nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dispute_shipment", joinColumns = @JoinColumn(name = "dispute_id"))
    @Column(name = "shipment_id", nullable = false)
    private List<Long> shipmentIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "dispute_invoice_line", joinColumns = @JoinColumn(name = "dispute_id"))
    @Column(name = "invoice_line_id", nullable = false)
    private java.util.Set<Long> invoiceLineIds = new java.util.HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 24)
    private DisputeState state;

    @Column(name = "ladder_level", nullable = false)
    private int level;

    @Column(name = "level_since", nullable = false)
    private LocalDate levelSince;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(name = "acknowledge_by", nullable = false)
    private LocalDate acknowledgeBy;

    @Column(name = "resolve_by", nullable = false)
    private LocalDate resolveBy;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dispute_offer", joinColumns = @JoinColumn(name = "dispute_id"))
    @OrderColumn(name = "position")
    private List<Offer> offers = new ArrayList<>();

    @Column(name = "settled_amount", precision = 19, scale = 4)
    private BigDecimal settledAmount;

    @Column(name = "credit_note_number", length = 20)
    private String creditNoteNumber;

    @Column(name = "rejection_reason", length = 2000)
    private String rejectionReason;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Dispute() {
        // for JPA
    }

    /**
     * Files a dispute under a procedure: it must cover the kind, and the dispute must come within the filing window
     * counted from {@code concerning} (the delivery or invoice day).
     */
    public Dispute(
            String claimNumber,
            Long organisationId,
            DisputeProcedure procedure,
            DisputeKind kind,
            Money amountClaimed,
            String description,
            List<Long> shipmentIds,
            LocalDate concerning,
            LocalDate today) {
        this(
                claimNumber,
                organisationId,
                procedure,
                kind,
                amountClaimed,
                description,
                shipmentIds,
                ContestedLines.none(),
                concerning,
                today);
    }

    /**
     * Files a dispute that also names invoice lines: the claim is in their currency, and a billing dispute claims at
     * most their total.
     */
    public Dispute(
            String claimNumber,
            Long organisationId,
            DisputeProcedure procedure,
            DisputeKind kind,
            Money amountClaimed,
            String description,
            List<Long> shipmentIds,
            ContestedLines lines,
            LocalDate concerning,
            LocalDate today) {
        this.claimNumber = Objects.requireNonNull(claimNumber, "claimNumber");
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(procedure, "procedure");
        this.procedureId = procedure.id();
        this.kind = Objects.requireNonNull(kind, "A kind of dispute is required");
        if (!procedure.covers(kind)) {
            throw new DomainRuleViolation(
                    "kind",
                    "rule.dispute.kind.notCovered",
                    "The agreed procedure does not cover {0} disputes; it covers {1}",
                    inWords(kind),
                    procedure.kinds().stream().map(Dispute::inWords).collect(Collectors.joining("; ")));
        }
        Objects.requireNonNull(amountClaimed, "An amount claimed is required");
        if (amountClaimed.isNegative()) {
            throw new DomainRuleViolation(
                    "amountClaimed", "rule.dispute.amountClaimed.notNegative", "An amount claimed is not negative");
        }
        this.amountClaimed = amountClaimed.amount();
        this.currency = amountClaimed.currency().getCurrencyCode();
        if (description == null || description.isBlank() || description.strip().length() > MAX_DESCRIPTION) {
            throw new DomainRuleViolation(
                    "description",
                    "rule.dispute.description.length",
                    "A description of 1 to {0} characters is required",
                    MAX_DESCRIPTION);
        }
        this.description = description.strip();
        this.shipmentIds = new ArrayList<>(shipmentIds == null ? List.of() : shipmentIds);
        Objects.requireNonNull(lines, "lines");
        if (!lines.isEmpty()) {
            if (!lines.total().currency().equals(amountClaimed.currency())) {
                throw new DomainRuleViolation(
                        "currency",
                        "rule.dispute.currency.ofLines",
                        "The invoice lines are in {0}: claim in {0}, not {1}",
                        lines.total().currency().getCurrencyCode(),
                        amountClaimed.currency().getCurrencyCode());
            }
            if (kind == DisputeKind.BILLING && amountClaimed.compareTo(lines.total()) > 0) {
                throw new DomainRuleViolation(
                        "amountClaimed",
                        "rule.dispute.amountClaimed.atMostLines",
                        "A billing dispute claims at most the total of the invoice lines it contests, {0};"
                                + " this one claims {1}",
                        lines.total(),
                        amountClaimed);
            }
            this.invoiceLineIds = new java.util.HashSet<>(lines.ids());
        }
        if (concerning != null && today.isAfter(procedure.lastFilingDay(concerning))) {
            throw new DomainRuleViolation(
                    "concerning",
                    "rule.dispute.concerning.filingWindow",
                    "The filing window of {0} days after {1} ended on {2}",
                    procedure.filingWindowDays(),
                    concerning,
                    procedure.lastFilingDay(concerning));
        }
        this.state = DisputeState.FILED;
        this.level = 0;
        this.levelSince = today;
        this.filedOn = today;
        this.acknowledgeBy = procedure.acknowledgeBy(today);
        this.resolveBy = procedure.resolveBy(today);
    }

    public Change acknowledge(Side side) {
        requireSide(side, Side.PROVIDER, "rule.dispute.acknowledge.side", "Only the 3PL can acknowledge a dispute");
        return move(DisputeAction.ACKNOWLEDGE, DisputeState.ACKNOWLEDGED, null, null, DisputeState.FILED);
    }

    public Change investigate(Side side) {
        requireSide(
                side, Side.PROVIDER, "rule.dispute.investigate.side", "Only the 3PL can start investigating a dispute");
        return move(DisputeAction.INVESTIGATE, DisputeState.UNDER_INVESTIGATION, null, null, DisputeState.ACKNOWLEDGED);
    }

    /**
     * Starts the investigation, once the evidence the procedure requires for this kind of claim is attached
     * ({@code evidenceFiles}: how many files are).
     */
    public Change investigate(Side side, DisputeProcedure procedure, int evidenceFiles) {
        Optional<String> needed = procedure.evidenceRequiredFor(kind);
        if (side == Side.PROVIDER && state == DisputeState.ACKNOWLEDGED && needed.isPresent() && evidenceFiles == 0) {
            throw new DomainRuleViolation(
                    "action",
                    "rule.dispute.investigate.evidence",
                    "The agreed procedure wants evidence for this kind of claim before it is investigated ({0}),"
                            + " and none is attached yet: ask the client for it",
                    needed.get());
        }
        return investigate(side);
    }

    /**
     * Refuses a deciding step by a 3PL user whose role does not decide at the dispute's ladder level (e.g. an account
     * manager once the dispute is with the executives). {@code role} is null for callers that are not users (the
     * client, the 3PL's integrations).
     */
    public void requireMayDecide(DisputeAction action, Side side, Role role, DisputeProcedure procedure) {
        LadderLevel at = procedure.ladder().get(level);
        if (side == Side.PROVIDER && role != null && action.decides() && !at.mayDecide(role)) {
            throw new DomainRuleViolation(
                    "action",
                    "rule.dispute.level.opsAdmins",
                    "At the level {0} the 3PL decides through its operations admins;"
                            + " an account manager can still write, attach evidence and escalate",
                    at.name());
        }
    }

    /** The steps a 3PL user of {@code role} (null: not a user) or the client can take now. */
    public List<DisputeAction> stepsFor(Side side, DisputeProcedure procedure, Role role) {
        List<DisputeAction> steps = stepsFor(side, procedure);
        if (side == Side.PROVIDER
                && role != null
                && !procedure.ladder().get(level).mayDecide(role)) {
            steps.removeAll(DisputeAction.DECIDING);
        }
        return steps;
    }

    /** An offer, or a counter-offer superseding the pending one; opens the negotiation. */
    public Change offer(Side side, Money amount, Actor by, Instant at) {
        Objects.requireNonNull(amount, "An amount is required");
        if (!amount.currency().getCurrencyCode().equals(currency)) {
            throw new DomainRuleViolation(
                    "amount", "rule.dispute.offer.currency", "Offers are in the dispute's currency, {0}", currency);
        }
        if (amount.isNegative()) {
            throw new DomainRuleViolation("amount", "rule.dispute.offer.notNegative", "An offer is not negative");
        }
        if (amount.amount().compareTo(amountClaimed) > 0) {
            throw new DomainRuleViolation(
                    "amount",
                    "rule.dispute.offer.atMostClaimed",
                    "An offer is not more than the amount claimed, {0}",
                    new Money(amountClaimed, amount.currency()));
        }
        DisputeState from = state;
        requireState(DisputeAction.OFFER, DisputeState.UNDER_INVESTIGATION, DisputeState.NEGOTIATION);
        pending().ifPresent(p -> offers.set(offers.indexOf(p), p.with(Offer.Status.SUPERSEDED)));
        offers.add(new Offer(
                amount.amount(),
                Objects.requireNonNull(side, "side"),
                Objects.requireNonNull(by, "by"),
                at,
                Offer.Status.PENDING));
        state = DisputeState.NEGOTIATION;
        // the record names the side and the amount in their own columns; a note is only what a person wrote
        return new Change(DisputeAction.OFFER, from, state, amount.amount(), level, null);
    }

    /** Accepts the other side's pending offer: the dispute is settled for its amount, with a credit note. */
    public Change acceptOffer(Side side, String creditNote) {
        requireState(DisputeAction.ACCEPT_OFFER, DisputeState.NEGOTIATION);
        Offer p = pending()
                .filter(o -> o.side() != side)
                .orElseThrow(() -> new DomainRuleViolation(
                        "action",
                        "rule.dispute.acceptOffer.none",
                        "There is no pending offer from the other side to accept"));
        offers.set(offers.indexOf(p), p.with(Offer.Status.ACCEPTED));
        settledAmount = p.amount();
        creditNoteNumber = Objects.requireNonNull(creditNote, "creditNote");
        return move(DisputeAction.ACCEPT_OFFER, DisputeState.SETTLED, p.amount(), creditNote, DisputeState.NEGOTIATION);
    }

    /** Rejects the other side's pending offer; the negotiation goes on. */
    public Change rejectOffer(Side side) {
        requireState(DisputeAction.REJECT_OFFER, DisputeState.NEGOTIATION);
        Offer p = pending()
                .filter(o -> o.side() != side)
                .orElseThrow(() -> new DomainRuleViolation(
                        "action",
                        "rule.dispute.rejectOffer.none",
                        "There is no pending offer from the other side to reject"));
        offers.set(offers.indexOf(p), p.with(Offer.Status.REJECTED));
        return new Change(DisputeAction.REJECT_OFFER, state, state, p.amount(), level, null);
    }

    /** The 3PL rejects the claim, with its reason. */
    public Change reject(Side side, String reason, LocalDate today) {
        requireSide(side, Side.PROVIDER, "rule.dispute.reject.side", "Only the 3PL can reject a dispute");
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("note", "rule.dispute.reject.reason", "A rejection states its reason");
        }
        String why = reason.strip().length() > 2000 ? reason.strip().substring(0, 2000) : reason.strip();
        Change c = move(
                DisputeAction.REJECT,
                DisputeState.REJECTED,
                null,
                why,
                DisputeState.ACKNOWLEDGED,
                DisputeState.UNDER_INVESTIGATION,
                DisputeState.NEGOTIATION);
        pending().ifPresent(p -> offers.set(offers.indexOf(p), p.with(Offer.Status.SUPERSEDED)));
        rejectionReason = why;
        endedOn = today;
        return c;
    }

    public Change close(LocalDate today) {
        Change c =
                move(DisputeAction.CLOSE, DisputeState.CLOSED, null, null, DisputeState.SETTLED, DisputeState.REJECTED);
        endedOn = today;
        return c;
    }

    public Change withdraw(Side side, LocalDate today) {
        requireSide(side, Side.CLIENT, "rule.dispute.withdraw.side", "Only the client can withdraw a dispute");
        Change c = move(
                DisputeAction.WITHDRAW,
                DisputeState.WITHDRAWN,
                null,
                null,
                DisputeState.FILED,
                DisputeState.ACKNOWLEDGED,
                DisputeState.UNDER_INVESTIGATION,
                DisputeState.NEGOTIATION);
        endedOn = today;
        return c;
    }

    /** Up one rung of the ladder, by a side or (side null) automatically when the level's time ran out. */
    public Change escalate(Side side, DisputeProcedure procedure, String reason, LocalDate today) {
        if (!state.isOpen()) {
            throw new DomainRuleViolation(
                    "action",
                    "rule.dispute.escalate.notOpen",
                    "A {0} dispute cannot be escalated; only open ones can",
                    inWords(state));
        }
        if (level >= procedure.ladder().size() - 1) {
            throw new DomainRuleViolation(
                    "action",
                    "rule.dispute.escalate.lastLevel",
                    "The dispute is already at the last level of the ladder ({0})",
                    procedure.ladder().get(level).name());
        }
        level++;
        levelSince = today;
        // the record names who escalated and the new level; the note is the reason given, if any
        return new Change(
                DisputeAction.ESCALATE,
                state,
                state,
                null,
                level,
                reason == null || reason.isBlank() ? null : reason.strip());
    }

    /**
     * The client reopens a rejected (or rejected and closed) dispute within the procedure's window; a settled one stays
     * settled.
     */
    public Change reopen(Side side, DisputeProcedure procedure, LocalDate today) {
        requireSide(side, Side.CLIENT, "rule.dispute.reopen.side", "Only the client can reopen a dispute");
        if (settledAmount != null) {
            throw new DomainRuleViolation(
                    "action",
                    "rule.dispute.reopen.settled",
                    "A settled dispute is not reopened: its credit note {0} is issued",
                    creditNoteNumber);
        }
        if (endedOn != null && ChronoUnit.DAYS.between(endedOn, today) > procedure.reopenWindowDays()) {
            throw new DomainRuleViolation(
                    "action",
                    "rule.dispute.reopen.window",
                    "The {0}-day window to reopen ended on {1}",
                    procedure.reopenWindowDays(),
                    endedOn.plusDays(procedure.reopenWindowDays()));
        }
        Change c = move(
                DisputeAction.REOPEN,
                DisputeState.UNDER_INVESTIGATION,
                null,
                null,
                DisputeState.REJECTED,
                DisputeState.CLOSED);
        endedOn = null;
        rejectionReason = null;
        return c;
    }

    /** The steps a side can take now (a reopening may still be refused if its window has passed). */
    public List<DisputeAction> stepsFor(Side side, DisputeProcedure procedure) {
        List<DisputeAction> steps = new ArrayList<>();
        boolean provider = side == Side.PROVIDER;
        switch (state) {
            case FILED -> {
                if (provider) {
                    steps.add(DisputeAction.ACKNOWLEDGE);
                }
            }
            case ACKNOWLEDGED -> {
                if (provider) {
                    steps.add(DisputeAction.INVESTIGATE);
                    steps.add(DisputeAction.REJECT);
                }
            }
            case UNDER_INVESTIGATION -> {
                steps.add(DisputeAction.OFFER);
                if (provider) {
                    steps.add(DisputeAction.REJECT);
                }
            }
            case NEGOTIATION -> {
                steps.add(DisputeAction.OFFER);
                if (pending().filter(o -> o.side() != side).isPresent()) {
                    steps.add(DisputeAction.ACCEPT_OFFER);
                    steps.add(DisputeAction.REJECT_OFFER);
                }
                if (provider) {
                    steps.add(DisputeAction.REJECT);
                }
            }
            case SETTLED -> steps.add(DisputeAction.CLOSE);
            case REJECTED -> {
                steps.add(DisputeAction.CLOSE);
                if (!provider) {
                    steps.add(DisputeAction.REOPEN);
                }
            }
            case CLOSED -> {
                if (!provider && settledAmount == null) {
                    steps.add(DisputeAction.REOPEN);
                }
            }
            case WITHDRAWN -> {}
        }
        if (state.isOpen()) {
            if (!provider) {
                steps.add(DisputeAction.WITHDRAW);
            }
            if (level < procedure.ladder().size() - 1) {
                steps.add(DisputeAction.ESCALATE);
            }
        }
        return steps;
    }

    /** Whether the ladder level's time has run out on {@code today} (for automatic escalation). */
    public boolean levelOverdue(DisputeProcedure procedure, LocalDate today) {
        LocalDate due = procedure.escalatesOn(level, levelSince);
        return state.isOpen() && due != null && today.isAfter(due);
    }

    private Optional<Offer> pending() {
        return offers.stream().filter(o -> o.status() == Offer.Status.PENDING).findFirst();
    }

    private Change move(
            DisputeAction action, DisputeState to, BigDecimal amount, String note, DisputeState... allowedFrom) {
        DisputeState from = state;
        requireState(action, allowedFrom);
        state = to;
        return new Change(action, from, to, amount, level, note);
    }

    /** Refuses {@code action} unless the dispute is in one of the {@code allowed} states (its text names them). */
    private void requireState(DisputeAction action, DisputeState... allowed) {
        for (DisputeState s : allowed) {
            if (state == s) {
                return;
            }
        }
        String now = inWords(state);
        throw switch (action) {
            case ACKNOWLEDGE ->
                new DomainRuleViolation(
                        "action",
                        "rule.dispute.acknowledge.state",
                        "Cannot acknowledge a dispute that is {0}; only one that is filed",
                        now);
            case INVESTIGATE ->
                new DomainRuleViolation(
                        "action",
                        "rule.dispute.investigate.state",
                        "Cannot investigate a dispute that is {0}; only one that is acknowledged",
                        now);
            case OFFER ->
                new DomainRuleViolation(
                        "action",
                        "rule.dispute.offer.state",
                        "Cannot make an offer on a dispute that is {0};"
                                + " only one that is under investigation or in negotiation",
                        now);
            case ACCEPT_OFFER ->
                new DomainRuleViolation(
                        "action",
                        "rule.dispute.acceptOffer.state",
                        "Cannot accept an offer on a dispute that is {0}; only one that is in negotiation",
                        now);
            case REJECT_OFFER ->
                new DomainRuleViolation(
                        "action",
                        "rule.dispute.rejectOffer.state",
                        "Cannot reject an offer on a dispute that is {0}; only one that is in negotiation",
                        now);
            case REJECT ->
                new DomainRuleViolation(
                        "action",
                        "rule.dispute.reject.state",
                        "Cannot reject a dispute that is {0};"
                                + " only one that is acknowledged, under investigation or in negotiation",
                        now);
            case CLOSE ->
                new DomainRuleViolation(
                        "action",
                        "rule.dispute.close.state",
                        "Cannot close a dispute that is {0}; only one that is settled or rejected",
                        now);
            case WITHDRAW ->
                new DomainRuleViolation(
                        "action",
                        "rule.dispute.withdraw.state",
                        "Cannot withdraw a dispute that is {0}; only one that is still open",
                        now);
            case REOPEN ->
                new DomainRuleViolation(
                        "action",
                        "rule.dispute.reopen.state",
                        "Cannot reopen a dispute that is {0}; only one that is rejected or closed",
                        now);
            default -> new IllegalStateException(action + " is not a move between states");
        };
    }

    private static void requireSide(Side side, Side allowed, String key, String english) {
        if (side != allowed) {
            throw new DomainRuleViolation("action", key, english);
        }
    }

    /** A state as a person reads it in English ("under investigation", "in negotiation"). */
    private static String inWords(DisputeState state) {
        return state == DisputeState.NEGOTIATION
                ? "in negotiation"
                : state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** A kind of dispute as a person reads it in English, as the portal labels it. */
    private static String inWords(DisputeKind kind) {
        return switch (kind) {
            case BILLING -> "billing or invoice";
            case LOSS_OR_DAMAGE -> "loss or damage";
            case DELAY_OR_SLA -> "delay or SLA failure";
            case SERVICE_COMPLAINT -> "service complaint";
        };
    }

    public Long id() {
        return id;
    }

    public String claimNumber() {
        return claimNumber;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Long procedureId() {
        return procedureId;
    }

    public DisputeKind kind() {
        return kind;
    }

    public Money amountClaimed() {
        return new Money(amountClaimed, Currency.getInstance(currency));
    }

    public String description() {
        return description;
    }

    public List<Long> shipmentIds() {
        return List.copyOf(shipmentIds);
    }
    /** The invoice lines it contests, in id order. */
    public List<Long> invoiceLineIds() {
        return invoiceLineIds.stream().sorted().toList();
    }

    public DisputeState state() {
        return state;
    }

    public int level() {
        return level;
    }

    public LocalDate levelSince() {
        return levelSince;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public LocalDate acknowledgeBy() {
        return acknowledgeBy;
    }

    public LocalDate resolveBy() {
        return resolveBy;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public List<Offer> offers() {
        return List.copyOf(offers);
    }

    public BigDecimal settledAmount() {
        return settledAmount;
    }

    public String creditNoteNumber() {
        return creditNoteNumber;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public int version() {
        return version;
    }
}
