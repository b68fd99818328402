package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Message;

/**
 * Everything computed about one client on one day: the switching-cost scores, value and segment with the lifetime value
 * ({@link SwitchingCostScores} and {@link ValueFigures}, each one value of the row), satisfaction, lifecycle and churn
 * risk, bonds, current and recommended tier. One per client and day (a run later that day replaces it), so the history
 * gives the trends. The latest one also keeps its explanation (every {@link ContributionLine}, {@link BondLine} and
 * {@link SignalLine}); older ones keep their figures only.
 */
@Entity
@Table(name = "relationship_snapshot")
public class RelationshipSnapshot {

    /** What a snapshot is made of. */
    public record Figures(
            SwitchingCostProfile profile,
            ValueSegmentation.Placement placement,
            Valuation.Basis basis,
            Valuation valuation,
            CustomerLifetimeValue.Figure lifetime,
            Satisfaction.Figure satisfaction,
            Lifecycle.Assessment lifecycle,
            RetentionBonds bonds,
            String currentTier,
            String recommendedTier,
            LocalDate tierShortSince,
            String reportingCurrency) {}

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "relationship_snapshot_seq")
    @SequenceGenerator(
            name = "relationship_snapshot_seq",
            sequenceName = "relationship_snapshot_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "as_of", nullable = false, updatable = false)
    private LocalDate asOf;

    @Column(name = "computed_at", nullable = false, updatable = false)
    private Instant computedAt;

    @Column(name = "latest", nullable = false)
    private boolean latest;

    @Embedded
    private SwitchingCostScores switchingCost;

    @Embedded
    private ValueFigures valueFigures;

    // satisfaction
    @Column(name = "survey_c", precision = 10, scale = 4)
    private BigDecimal surveyC;

    @Column(name = "sla_ratio", precision = 10, scale = 4)
    private BigDecimal slaRatio;

    @Column(name = "satisfaction", precision = 10, scale = 4)
    private BigDecimal satisfaction;

    @Enumerated(EnumType.STRING)
    @Column(name = "satisfaction_level", length = 20)
    private SatisfactionLevel satisfactionLevel;

    @Column(name = "satisfaction_formula", nullable = false, length = 4000)
    private Message satisfactionFormula;

    // lifecycle
    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 16)
    private LifecycleStage stage;

    @Column(name = "churn_risk", nullable = false)
    private int churnRisk;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 8)
    private Lifecycle.RiskLevel riskLevel;

    @Column(name = "stage_reason", nullable = false, length = 4000)
    private Message stageReason;

    // bonds and tiers
    @Column(name = "bonds_in_place", nullable = false)
    private int bondsInPlace;

    @Column(name = "current_tier", nullable = false, length = 32)
    private String currentTier;

    @Column(name = "recommended_tier", nullable = false, length = 32)
    private String recommendedTier;

    /** The first day of the client's shortfall from its current tier beyond the margin; null when there was none. */
    @Column(name = "tier_short_since")
    private LocalDate tierShortSince;

    /** Null in snapshots taken before V36: the next computation reads it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "loyalty_type", length = 16)
    private LoyaltyType loyaltyType;

    @Column(name = "loyalty_at_risk")
    private Boolean loyaltyAtRisk;

    @Column(name = "loyalty_reason", length = 4000)
    private Message loyaltyReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship_level", length = 16)
    private RelationshipLevel relationshipLevel;

    @Column(name = "level_reason", length = 4000)
    private Message levelReason;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "relationship_contribution", joinColumns = @JoinColumn(name = "snapshot_id"))
    @OrderColumn(name = "position")
    private List<ContributionLine> contributions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "relationship_bond_status", joinColumns = @JoinColumn(name = "snapshot_id"))
    @OrderColumn(name = "position")
    private List<BondLine> bonds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "relationship_signal", joinColumns = @JoinColumn(name = "snapshot_id"))
    @OrderColumn(name = "position")
    private List<SignalLine> signals = new ArrayList<>();

    protected RelationshipSnapshot() {
        // for JPA
    }

    public RelationshipSnapshot(Long organisationId, LocalDate asOf, Instant computedAt, Figures f) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.computedAt = Objects.requireNonNull(computedAt, "computedAt");
        this.latest = true;
        SwitchingCostProfile p = f.profile();
        switchingCost = new SwitchingCostScores(p);
        for (SwitchingCostProfile.FacetScore fs : p.facets()) {
            for (SwitchingCostProfile.Contribution c : fs.contributions()) {
                contributions.add(new ContributionLine(
                        "PROXY",
                        fs.facet().name(),
                        c.proxy().name(),
                        c.rawValue(),
                        c.scaled(),
                        c.weight(),
                        c.points(),
                        c.measured() ? c.scale() : Message.of("explain.scale.noData")));
            }
        }
        for (SwitchingCostProfile.GroupScore gs : p.groups()) {
            for (SwitchingCostProfile.Share<SwitchingCostFacet> s : gs.facets()) {
                contributions.add(new ContributionLine(
                        "FACET", gs.group().name(), s.part().name(), null, s.score(), s.weight(), s.points(), null));
            }
        }
        for (SwitchingCostProfile.Share<SwitchingCostGroup> s : p.overallShares()) {
            contributions.add(new ContributionLine(
                    "GROUP", "INDEX", s.part().name(), null, s.score(), s.weight(), s.points(), null));
        }
        valueFigures = new ValueFigures(f.placement(), f.basis(), f.valuation(), f.lifetime(), f.reportingCurrency());
        Satisfaction.Figure s = f.satisfaction();
        surveyC = s.surveyC();
        slaRatio = s.slaRatio();
        satisfaction = s.value();
        satisfactionLevel = s.level();
        satisfactionFormula = s.formula();
        Lifecycle.Assessment a = f.lifecycle();
        stage = a.stage();
        churnRisk = a.churnRisk();
        riskLevel = a.riskLevel();
        stageReason = a.reason();
        a.checks().forEach(c -> signals.add(new SignalLine(c)));
        f.bonds().bonds().forEach(b -> bonds.add(new BondLine(b)));
        bondsInPlace = (int) f.bonds().inPlace();
        currentTier = Objects.requireNonNull(f.currentTier(), "currentTier");
        recommendedTier = Objects.requireNonNull(f.recommendedTier(), "recommendedTier");
        tierShortSince = f.tierShortSince();
        LoyaltyRules.Loyalty loyalty = LoyaltyRules.loyalty(f);
        loyaltyType = loyalty.type();
        loyaltyAtRisk = loyalty.atRisk();
        loyaltyReason = loyalty.reason();
        LoyaltyRules.Level level = LoyaltyRules.level(f);
        relationshipLevel = level.level();
        levelReason = level.reason();
    }

    /** A newer snapshot took over: this one is history now. */
    public void superseded() {
        latest = false;
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Instant computedAt() {
        return computedAt;
    }

    public boolean latest() {
        return latest;
    }

    public SwitchingCostScores switchingCost() {
        return switchingCost;
    }

    public ValueFigures value() {
        return valueFigures;
    }

    public BigDecimal surveyC() {
        return surveyC;
    }

    public BigDecimal slaRatio() {
        return slaRatio;
    }

    public BigDecimal satisfaction() {
        return satisfaction;
    }

    public SatisfactionLevel satisfactionLevel() {
        return satisfactionLevel;
    }

    public Message satisfactionFormula() {
        return satisfactionFormula;
    }

    public LifecycleStage stage() {
        return stage;
    }

    public int churnRisk() {
        return churnRisk;
    }

    public Lifecycle.RiskLevel riskLevel() {
        return riskLevel;
    }

    public Message stageReason() {
        return stageReason;
    }

    public int bondsInPlace() {
        return bondsInPlace;
    }

    public String currentTier() {
        return currentTier;
    }

    public String recommendedTier() {
        return recommendedTier;
    }

    public LocalDate tierShortSince() {
        return tierShortSince;
    }

    /** Why the client stays; empty in a snapshot taken before loyalty was read. */
    public java.util.Optional<LoyaltyRules.Loyalty> loyalty() {
        return loyaltyType == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(
                        new LoyaltyRules.Loyalty(loyaltyType, Boolean.TRUE.equals(loyaltyAtRisk), loyaltyReason));
    }

    /** Kotler's relationship level; empty in a snapshot taken before levels were read. */
    public java.util.Optional<LoyaltyRules.Level> relationshipLevel() {
        return relationshipLevel == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new LoyaltyRules.Level(relationshipLevel, levelReason));
    }

    public List<ContributionLine> contributions() {
        return List.copyOf(contributions);
    }

    public List<BondLine> bonds() {
        return List.copyOf(bonds);
    }

    public List<SignalLine> signals() {
        return List.copyOf(signals);
    }
}
