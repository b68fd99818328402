package org.threepl.portal.domain.model.dispute;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.shared.Actor;

/**
 * The dispute procedure a client and the 3PL agreed in their contract: which kinds it covers, the filing window after
 * delivery or invoice, the days to acknowledge and to resolve (calendar or business days), the escalation ladder, the
 * evidence each kind of claim needs before the 3PL investigates it, and the window in which a closed dispute can be
 * reopened. Versioned like SLA terms: a change is a new procedure from a later date, and a dispute keeps the version it
 * was filed under. What a person entered becomes one through {@link ProcedureDraft}.
 */
@Entity
@Table(name = "dispute_procedure")
public class DisputeProcedure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_procedure_seq")
    @SequenceGenerator(name = "dispute_procedure_seq", sequenceName = "dispute_procedure_seq", allocationSize = 50)
    private Long id;

    @Column(name = "contract_id", nullable = false)
    private Long contractId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Convert(converter = DisputeKindsConverter.class)
    @Column(name = "kinds", nullable = false, length = 200)
    private Set<DisputeKind> kinds;

    @Column(name = "filing_window_days", nullable = false)
    private int filingWindowDays;

    @Column(name = "acknowledge_days", nullable = false)
    private int acknowledgeDays;

    @Column(name = "resolve_days", nullable = false)
    private int resolveDays;

    @Column(name = "business_days", nullable = false)
    private boolean businessDays;

    @Column(name = "reopen_window_days", nullable = false)
    private int reopenWindowDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dispute_ladder_level", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "position")
    private List<LadderLevel> ladder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dispute_required_evidence", joinColumns = @JoinColumn(name = "procedure_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "kind", length = 24)
    @Column(name = "description", nullable = false, length = MAX_EVIDENCE)
    private Map<DisputeKind, String> requiredEvidence = new EnumMap<>(DisputeKind.class);

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "recorded_by_kind", length = 16)),
        @AttributeOverride(name = "id", column = @Column(name = "recorded_by_id")),
        @AttributeOverride(name = "name", column = @Column(name = "recorded_by", nullable = false, length = 150))
    })
    private Actor recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Embedded
    private ProcedureAgreement agreement = new ProcedureAgreement();

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected DisputeProcedure() {
        // for JPA
    }

    public static final int MAX_EVIDENCE = 500;

    /** The longest each period may be, in days (a {@link ProcedureDraft} is held to the same). */
    static final int MAX_FILING_WINDOW = 3650;

    static final int MAX_ACKNOWLEDGE = 365;
    static final int MAX_RESOLVE = 1095;
    static final int MAX_REOPEN_WINDOW = 365;

    public DisputeProcedure(
            Long contractId,
            Long organisationId,
            Set<DisputeKind> kinds,
            int filingWindowDays,
            int acknowledgeDays,
            int resolveDays,
            boolean businessDays,
            int reopenWindowDays,
            List<LadderLevel> ladder,
            LocalDate effectiveFrom,
            Actor recordedBy,
            Instant recordedAt) {
        this(
                contractId,
                organisationId,
                kinds,
                filingWindowDays,
                acknowledgeDays,
                resolveDays,
                businessDays,
                reopenWindowDays,
                ladder,
                Map.of(),
                effectiveFrom,
                recordedBy,
                recordedAt);
    }

    /**
     * @param requiredEvidence per kind, what the client must attach before the 3PL investigates (kinds without an entry
     *     need none)
     */
    public DisputeProcedure(
            Long contractId,
            Long organisationId,
            Set<DisputeKind> kinds,
            int filingWindowDays,
            int acknowledgeDays,
            int resolveDays,
            boolean businessDays,
            int reopenWindowDays,
            List<LadderLevel> ladder,
            Map<DisputeKind, String> requiredEvidence,
            LocalDate effectiveFrom,
            Actor recordedBy,
            Instant recordedAt) {
        this.contractId = Objects.requireNonNull(contractId, "contractId");
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("A procedure covers at least one kind of dispute");
        }
        this.kinds = EnumSet.copyOf(kinds);
        this.filingWindowDays = days(filingWindowDays, "filing window", 1, MAX_FILING_WINDOW);
        this.acknowledgeDays = days(acknowledgeDays, "time to acknowledge", 1, MAX_ACKNOWLEDGE);
        this.resolveDays = days(resolveDays, "time to resolve", 1, MAX_RESOLVE);
        if (resolveDays < acknowledgeDays) {
            throw new IllegalArgumentException("The time to resolve is not shorter than the time to acknowledge");
        }
        this.businessDays = businessDays;
        this.reopenWindowDays = days(reopenWindowDays, "reopening window", 0, MAX_REOPEN_WINDOW);
        if (ladder == null || ladder.isEmpty()) {
            throw new IllegalArgumentException("An escalation ladder has at least one level");
        }
        this.ladder = List.copyOf(ladder);
        Objects.requireNonNull(requiredEvidence, "requiredEvidence").forEach((kind, what) -> {
            if (!this.kinds.contains(kind)) {
                throw new IllegalArgumentException(
                        "Evidence is required only for kinds the procedure covers, not " + kind);
            }
            if (what == null || what.isBlank() || what.strip().length() > MAX_EVIDENCE) {
                throw new IllegalArgumentException(
                        "The evidence required is described in 1 to " + MAX_EVIDENCE + " characters");
            }
            this.requiredEvidence.put(kind, what.strip());
        });
        this.effectiveFrom =
                Objects.requireNonNull(effectiveFrom, "A date from which the procedure applies is required");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /**
     * The default template, following known rules (US Carmack claims: filing up to 9 months after delivery,
     * acknowledgement within 30 days, resolution within 120 days) with the usual ladder.
     */
    public static DisputeProcedure standard(
            Long contractId, Long organisationId, LocalDate from, Actor by, Instant at) {
        return new DisputeProcedure(
                contractId,
                organisationId,
                EnumSet.allOf(DisputeKind.class),
                270,
                30,
                120,
                false,
                30,
                List.of(
                        new LadderLevel("Operations contacts", 14),
                        new LadderLevel("Account management", 14),
                        new LadderLevel("Executives", 21, Role.OPS_ADMIN),
                        new LadderLevel("Mediation", 30, Role.OPS_ADMIN),
                        new LadderLevel("Arbitration", 0, Role.OPS_ADMIN)),
                Map.of(DisputeKind.LOSS_OR_DAMAGE, STANDARD_DAMAGE_EVIDENCE),
                from,
                by,
                at);
    }

    /** Who a standard procedure names as its author: the portal's template, not a person. */
    public static final Actor TEMPLATE = Actor.system("standard template");

    /** What the standard template asks of a loss or damage claim. */
    public static final String STANDARD_DAMAGE_EVIDENCE =
            "Photos of the damage or of what arrived, and the delivery receipt with" + " the consignee's remark";

    /** What a claim of this kind must have attached before the 3PL investigates it, if anything. */
    public Optional<String> evidenceRequiredFor(DisputeKind kind) {
        return Optional.ofNullable(requiredEvidence.get(kind));
    }

    private static int days(int value, String what, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("The " + what + " is " + min + " to " + max + " days");
        }
        return value;
    }

    public boolean covers(DisputeKind kind) {
        return kinds.contains(kind);
    }

    /** The last day a dispute about something delivered (or invoiced) on {@code day} can be filed. */
    public LocalDate lastFilingDay(LocalDate day) {
        return Deadlines.after(day, filingWindowDays, businessDays);
    }

    public LocalDate acknowledgeBy(LocalDate filed) {
        return Deadlines.after(filed, acknowledgeDays, businessDays);
    }

    public LocalDate resolveBy(LocalDate filed) {
        return Deadlines.after(filed, resolveDays, businessDays);
    }

    /** When a dispute that reached {@code level} on {@code since} goes up by time; null on the last rung. */
    public LocalDate escalatesOn(int level, LocalDate since) {
        if (level >= ladder.size() - 1 || ladder.get(level).timeLimitDays() == 0) {
            return null;
        }
        return Deadlines.after(since, ladder.get(level).timeLimitDays(), businessDays);
    }

    /** Makes this new version a proposal of {@code side}, signed by {@code signatory}. */
    void proposedBy(Side side, Actor signatory, Long counterOf, Instant at) {
        agreement.propose(side, signatory, counterOf, at);
    }

    /**
     * The other side accepts: the version is agreed, signed by both, and applies from the day proposed or, when that
     * has passed, from the day of the agreement (a dispute already filed keeps the version it was filed under).
     */
    public void accept(Side side, Actor signatory, LocalDate today, Instant at) {
        agreement.accept(side, signatory, at);
        if (effectiveFrom.isBefore(today)) {
            effectiveFrom = today;
        }
    }

    /** Where the version stands between the two sides, with its signatories. */
    public ProcedureAgreement agreement() {
        return agreement;
    }

    public boolean isAgreed() {
        return agreement.state() == ProcedureAgreement.State.AGREED;
    }

    /** A copy of the standard template, made when a dispute was filed while nothing was agreed. */
    public boolean isStandardTemplate() {
        return TEMPLATE.equals(recordedBy);
    }

    public int version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public Long contractId() {
        return contractId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Set<DisputeKind> kinds() {
        return EnumSet.copyOf(kinds);
    }

    public int filingWindowDays() {
        return filingWindowDays;
    }

    public int acknowledgeDays() {
        return acknowledgeDays;
    }

    public int resolveDays() {
        return resolveDays;
    }

    public boolean businessDays() {
        return businessDays;
    }

    public int reopenWindowDays() {
        return reopenWindowDays;
    }

    public List<LadderLevel> ladder() {
        return List.copyOf(ladder);
    }

    public Map<DisputeKind, String> requiredEvidence() {
        return Map.copyOf(requiredEvidence);
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }
}
