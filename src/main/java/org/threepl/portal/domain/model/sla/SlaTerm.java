package org.threepl.portal.domain.model.sla;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * One promise in a client contract: a KPI, its target, the period it is measured over, the shipments it covers, the
 * tolerance (for time KPIs) and the money attached (bonus–malus), in force from a date. Terms are never edited: a
 * change is a new term for the same contract, KPI and scope from a later date, so the history keeps the terms that were
 * in force ({@link #inForce}).
 */
@Entity
@Table(name = "sla_term")
public class SlaTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_term_seq")
    @SequenceGenerator(name = "sla_term_seq", sequenceName = "sla_term_seq", allocationSize = 50)
    private Long id;

    @Column(name = "contract_id", nullable = false)
    private Long contractId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kpi", nullable = false, length = 40)
    private Kpi kpi;

    @Column(name = "target", nullable = false, precision = 10, scale = 4)
    private BigDecimal target;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 8)
    private MeasurementPeriod period;

    @Embedded
    private SlaScope scope;

    @Column(name = "tolerance_minutes", nullable = false)
    private int toleranceMinutes;

    @Embedded
    @AttributeOverride(name = "bonusThreshold", column = @Column(name = "bonus_threshold", precision = 10, scale = 4))
    @AttributeOverride(name = "bonusPercent", column = @Column(name = "bonus_percent", precision = 7, scale = 4))
    @AttributeOverride(
            name = "penaltyThreshold",
            column = @Column(name = "penalty_threshold", precision = 10, scale = 4))
    @AttributeOverride(name = "penaltyPercent", column = @Column(name = "penalty_percent", precision = 7, scale = 4))
    private BonusMalus bonusMalus;

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

    protected SlaTerm() {
        // for JPA
    }

    public SlaTerm(
            Long contractId,
            Long organisationId,
            Kpi kpi,
            BigDecimal target,
            MeasurementPeriod period,
            SlaScope scope,
            int toleranceMinutes,
            BonusMalus bonusMalus,
            LocalDate effectiveFrom,
            Actor recordedBy,
            Instant recordedAt) {
        this.contractId = Objects.requireNonNull(contractId, "contractId");
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.kpi = required("kpi", kpi, "rule.slaTerm.kpi.required", "A KPI is required");
        required("target", target, "rule.slaTerm.target.required", "A target is required");
        if (target.signum() < 0 || (kpi.unit() == Kpi.Unit.PERCENT && target.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw kpi.unit() == Kpi.Unit.PERCENT
                    ? new DomainRuleViolation(
                            "target",
                            "rule.slaTerm.target.percent",
                            "A target for this KPI is a percentage between 0 and 100")
                    : new DomainRuleViolation("target", "rule.slaTerm.target.negative", "A target cannot be negative");
        }
        this.target = target;
        this.period = required("period", period, "rule.slaTerm.period.required", "A measurement period is required");
        this.scope = scope == null ? SlaScope.ALL : scope;
        if (!Lateness.TOLERANCES.contains(toleranceMinutes)) {
            throw new DomainRuleViolation(
                    "toleranceMinutes",
                    "rule.slaTerm.tolerance.allowed",
                    "The tolerance is one of {0} minutes",
                    Lateness.TOLERANCES);
        }
        if (toleranceMinutes != 0 && !kpi.usesTolerance()) {
            throw new DomainRuleViolation(
                    "toleranceMinutes",
                    "rule.slaTerm.tolerance.notTimeKpi",
                    "This KPI has no tolerance (it is not a time KPI)");
        }
        this.toleranceMinutes = toleranceMinutes;
        this.bonusMalus = bonusMalus == null ? BonusMalus.NONE : bonusMalus;
        this.bonusMalus.requireConsistentWith(kpi);
        this.effectiveFrom = required(
                "effectiveFrom",
                effectiveFrom,
                "rule.slaTerm.effectiveFrom.required",
                "A date from which the term applies is required");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    private static <T> T required(String field, T value, String key, String english) {
        if (value == null) {
            throw new DomainRuleViolation(field, key, english);
        }
        return value;
    }

    /** Whether this term and another are versions of the same promise (same contract, KPI and scope). */
    public boolean sameTermAs(SlaTerm other) {
        return contractId.equals(other.contractId) && kpi == other.kpi && scope.equals(other.scope);
    }

    /**
     * Of the versions of one promise, the one in force on a day: the latest that applies from that day or earlier (of
     * two from the same day, the one recorded last).
     */
    public static Optional<SlaTerm> inForce(Collection<SlaTerm> versions, LocalDate day) {
        return versions.stream()
                .filter(t -> !t.effectiveFrom.isAfter(day))
                .max(Comparator.comparing((SlaTerm t) -> t.effectiveFrom)
                        .thenComparing(t -> t.recordedAt)
                        .thenComparing(t -> t.id == null ? Long.MIN_VALUE : t.id));
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

    public Kpi kpi() {
        return kpi;
    }

    public BigDecimal target() {
        return target;
    }

    public MeasurementPeriod period() {
        return period;
    }

    public SlaScope scope() {
        return scope;
    }

    public int toleranceMinutes() {
        return toleranceMinutes;
    }
    /** Loaded with all four columns empty, JPA gives no object: that is the term without bands. */
    public BonusMalus bonusMalus() {
        return bonusMalus == null ? BonusMalus.NONE : bonusMalus;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Actor recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
