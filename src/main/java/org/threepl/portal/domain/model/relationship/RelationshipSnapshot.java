package org.threepl.portal.domain.model.relationship;

import org.threepl.portal.domain.model.shared.Message;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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

/**
 * Everything computed about one client on one day: the switching-cost profile, value and segment,
 * lifetime value, satisfaction, lifecycle and churn risk, bonds, current and recommended tier. One per
 * client and day (a run later that day replaces it), so the history gives the trends. The latest one also
 * keeps its explanation (every contribution, bond and signal); older ones keep their figures only.
 */
@Entity
@Table(name = "relationship_snapshot")
public class RelationshipSnapshot {

    /** One line of an explanation: a proxy in a facet, a facet in a group, or a group in the index. */
    @Embeddable
    public static class Contribution {
        @Column(name = "level", nullable = false, length = 8)
        private String level;
        @Column(name = "target", nullable = false, length = 40)
        private String target;
        @Column(name = "part", nullable = false, length = 40)
        private String part;
        @Column(name = "raw_value", precision = 19, scale = 4)
        private BigDecimal rawValue;
        @Column(name = "scaled", precision = 7, scale = 2)
        private BigDecimal scaled;
        @Column(name = "weight", nullable = false, precision = 9, scale = 4)
        private BigDecimal weight;
        @Column(name = "points", nullable = false, precision = 7, scale = 2)
        private BigDecimal points;
        @Column(name = "note", length = 4000)
        private Message note;

        protected Contribution() {
            // for JPA
        }

        Contribution(String level, String target, String part, BigDecimal rawValue, BigDecimal scaled, BigDecimal weight,
                     BigDecimal points, Message note) {
            this.level = level;
            this.target = target;
            this.part = part;
            this.rawValue = rawValue;
            this.scaled = scaled;
            this.weight = weight;
            this.points = points;
            this.note = note;
        }

        /** PROXY (a proxy in a facet), FACET (a facet in a group) or GROUP (a group in the index). */
        public String level() { return level; }
        public String target() { return target; }
        public String part() { return part; }
        public BigDecimal rawValue() { return rawValue; }
        public BigDecimal scaled() { return scaled; }
        public BigDecimal weight() { return weight; }
        public BigDecimal points() { return points; }
        public Message note() { return note; }
    }

    @Embeddable
    public static class BondLine {
        @Enumerated(EnumType.STRING)
        @Column(name = "bond", nullable = false, length = 32)
        private Bond bond;
        @Column(name = "in_place", nullable = false)
        private boolean inPlace;
        @Column(name = "evidence", nullable = false, length = 4000)
        private Message evidence;

        protected BondLine() {
            // for JPA
        }

        BondLine(RetentionBonds.Status s) {
            this.bond = s.bond();
            this.inPlace = s.inPlace();
            this.evidence = s.evidence();
        }

        public Bond bond() { return bond; }
        public boolean inPlace() { return inPlace; }
        public Message evidence() { return evidence; }
    }

    @Embeddable
    public static class SignalLine {
        @Enumerated(EnumType.STRING)
        @Column(name = "signal", nullable = false, length = 24)
        private ChurnSignal signal;
        @Column(name = "fired", nullable = false)
        private boolean fired;
        @Column(name = "recent")
        private Long recent;
        @Column(name = "previous")
        private Long previous;
        @Column(name = "points", nullable = false)
        private int points;
        @Column(name = "detail", nullable = false, length = 4000)
        private Message detail;

        protected SignalLine() {
            // for JPA
        }

        SignalLine(Lifecycle.Check c) {
            this.signal = c.signal();
            this.fired = c.fired();
            this.recent = c.recent();
            this.previous = c.previous();
            this.points = c.points();
            this.detail = c.detail();
        }

        public ChurnSignal signal() { return signal; }
        public boolean fired() { return fired; }
        public Long recent() { return recent; }
        public Long previous() { return previous; }
        public int points() { return points; }
        public Message detail() { return detail; }
    }

    /** What a snapshot is made of. */
    public record Figures(SwitchingCostProfile profile, ValueSegmentation.Placement placement, Valuation.Basis basis, Valuation valuation,
                          CustomerLifetimeValue.Figure lifetime, Satisfaction.Figure satisfaction, Lifecycle.Assessment lifecycle,
                          RetentionBonds bonds, String currentTier, String recommendedTier, String reportingCurrency) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "relationship_snapshot_seq")
    @SequenceGenerator(name = "relationship_snapshot_seq", sequenceName = "relationship_snapshot_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "as_of", nullable = false, updatable = false)
    private LocalDate asOf;

    @Column(name = "computed_at", nullable = false, updatable = false)
    private Instant computedAt;

    @Column(name = "latest", nullable = false)
    private boolean latest;

    // switching cost
    @Column(name = "switching_cost", nullable = false, precision = 7, scale = 2) private BigDecimal switchingCost;
    @Column(name = "procedural", nullable = false, precision = 7, scale = 2) private BigDecimal procedural;
    @Column(name = "financial", nullable = false, precision = 7, scale = 2) private BigDecimal financial;
    @Column(name = "relational", nullable = false, precision = 7, scale = 2) private BigDecimal relational;
    @Column(name = "economic_risk", nullable = false, precision = 7, scale = 2) private BigDecimal economicRisk;
    @Column(name = "evaluation", nullable = false, precision = 7, scale = 2) private BigDecimal evaluation;
    @Column(name = "learning", nullable = false, precision = 7, scale = 2) private BigDecimal learning;
    @Column(name = "setup", nullable = false, precision = 7, scale = 2) private BigDecimal setup;
    @Column(name = "benefit_loss", nullable = false, precision = 7, scale = 2) private BigDecimal benefitLoss;
    @Column(name = "monetary_loss", nullable = false, precision = 7, scale = 2) private BigDecimal monetaryLoss;
    @Column(name = "personal_loss", nullable = false, precision = 7, scale = 2) private BigDecimal personalLoss;
    @Column(name = "brand_loss", nullable = false, precision = 7, scale = 2) private BigDecimal brandLoss;

    // value
    @Enumerated(EnumType.STRING)
    @Column(name = "segment", nullable = false, length = 16) private ValueSegment segment;
    @Column(name = "segment_rank", nullable = false) private int segmentRank;
    @Column(name = "segment_clients", nullable = false) private int segmentClients;
    @Enumerated(EnumType.STRING)
    @Column(name = "value_basis", nullable = false, length = 8) private Valuation.Basis valueBasis;
    @Column(name = "value_amount", nullable = false, precision = 19, scale = 2) private BigDecimal valueAmount;
    @Column(name = "revenue", nullable = false, precision = 19, scale = 2) private BigDecimal revenue;
    @Column(name = "margin", nullable = false, precision = 19, scale = 2) private BigDecimal margin;
    @Column(name = "reporting_currency", nullable = false, length = 3) private String reportingCurrency;
    @Enumerated(EnumType.STRING)
    @Column(name = "value_source", nullable = false, length = 16) private Valuation.Source valueSource;
    @Column(name = "value_note", nullable = false, length = 4000) private Message valueNote;
    @Column(name = "clv", nullable = false, precision = 19, scale = 2) private BigDecimal clv;
    @Column(name = "margin_per_month", nullable = false, precision = 19, scale = 2) private BigDecimal marginPerMonth;
    @Column(name = "expected_months", nullable = false, precision = 9, scale = 2) private BigDecimal expectedMonths;
    @Column(name = "churn_rate", nullable = false, precision = 7, scale = 4) private BigDecimal churnRate;
    @Column(name = "clv_formula", nullable = false, length = 4000) private Message clvFormula;

    // satisfaction
    @Column(name = "survey_c", precision = 10, scale = 4) private BigDecimal surveyC;
    @Column(name = "sla_ratio", precision = 10, scale = 4) private BigDecimal slaRatio;
    @Column(name = "satisfaction", precision = 10, scale = 4) private BigDecimal satisfaction;
    @Enumerated(EnumType.STRING)
    @Column(name = "satisfaction_level", length = 20) private SatisfactionLevel satisfactionLevel;
    @Column(name = "satisfaction_formula", nullable = false, length = 4000) private Message satisfactionFormula;

    // lifecycle
    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 16) private LifecycleStage stage;
    @Column(name = "churn_risk", nullable = false) private int churnRisk;
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 8) private Lifecycle.RiskLevel riskLevel;
    @Column(name = "stage_reason", nullable = false, length = 4000) private Message stageReason;

    // bonds and tiers
    @Column(name = "bonds_in_place", nullable = false) private int bondsInPlace;
    @Column(name = "current_tier", nullable = false, length = 32) private String currentTier;
    @Column(name = "recommended_tier", nullable = false, length = 32) private String recommendedTier;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "relationship_contribution", joinColumns = @JoinColumn(name = "snapshot_id"))
    @OrderColumn(name = "position")
    private List<Contribution> contributions = new ArrayList<>();

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
        switchingCost = p.overall();
        procedural = p.group(SwitchingCostGroup.PROCEDURAL).score();
        financial = p.group(SwitchingCostGroup.FINANCIAL).score();
        relational = p.group(SwitchingCostGroup.RELATIONAL).score();
        economicRisk = p.facet(SwitchingCostFacet.ECONOMIC_RISK).score();
        evaluation = p.facet(SwitchingCostFacet.EVALUATION).score();
        learning = p.facet(SwitchingCostFacet.LEARNING).score();
        setup = p.facet(SwitchingCostFacet.SETUP).score();
        benefitLoss = p.facet(SwitchingCostFacet.BENEFIT_LOSS).score();
        monetaryLoss = p.facet(SwitchingCostFacet.MONETARY_LOSS).score();
        personalLoss = p.facet(SwitchingCostFacet.PERSONAL_RELATIONSHIP_LOSS).score();
        brandLoss = p.facet(SwitchingCostFacet.BRAND_RELATIONSHIP_LOSS).score();
        for (SwitchingCostProfile.FacetScore fs : p.facets()) {
            for (SwitchingCostProfile.Contribution c : fs.contributions()) {
                contributions.add(new Contribution("PROXY", fs.facet().name(), c.proxy().name(), c.rawValue(), c.scaled(), c.weight(), c.points(),
                        c.measured() ? c.scale() : Message.of("explain.scale.noData")));
            }
        }
        for (SwitchingCostProfile.GroupScore gs : p.groups()) {
            for (SwitchingCostProfile.Share<SwitchingCostFacet> s : gs.facets()) {
                contributions.add(new Contribution("FACET", gs.group().name(), s.part().name(), null, s.score(), s.weight(), s.points(), null));
            }
        }
        for (SwitchingCostProfile.Share<SwitchingCostGroup> s : p.overallShares()) {
            contributions.add(new Contribution("GROUP", "INDEX", s.part().name(), null, s.score(), s.weight(), s.points(), null));
        }
        ValueSegmentation.Placement pl = f.placement();
        segment = pl.segment();
        segmentRank = pl.rank();
        segmentClients = pl.clients();
        valueBasis = f.basis();
        valueAmount = f.valuation().value(f.basis());
        revenue = f.valuation().revenue().setScale(2, java.math.RoundingMode.HALF_EVEN);
        margin = f.valuation().margin();
        reportingCurrency = f.reportingCurrency();
        valueSource = f.valuation().source();
        valueNote = Message.of("explain.list", Message.nested(f.valuation().explain()), Message.nested(pl.reason()));
        CustomerLifetimeValue.Figure l = f.lifetime();
        clv = l.value();
        marginPerMonth = l.marginPerMonth();
        expectedMonths = l.expectedRemainingMonths();
        churnRate = l.churn().annual();
        clvFormula = l.formula();
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
    }

    /** A newer snapshot took over: this one is history now. */
    public void superseded() {
        latest = false;
    }

    /** The facet's score. */
    public BigDecimal facet(SwitchingCostFacet f) {
        return switch (f) {
            case ECONOMIC_RISK -> economicRisk;
            case EVALUATION -> evaluation;
            case LEARNING -> learning;
            case SETUP -> setup;
            case BENEFIT_LOSS -> benefitLoss;
            case MONETARY_LOSS -> monetaryLoss;
            case PERSONAL_RELATIONSHIP_LOSS -> personalLoss;
            case BRAND_RELATIONSHIP_LOSS -> brandLoss;
        };
    }

    public BigDecimal group(SwitchingCostGroup g) {
        return switch (g) {
            case PROCEDURAL -> procedural;
            case FINANCIAL -> financial;
            case RELATIONAL -> relational;
        };
    }

    public Long id() { return id; }
    public Long organisationId() { return organisationId; }
    public LocalDate asOf() { return asOf; }
    public Instant computedAt() { return computedAt; }
    public boolean latest() { return latest; }
    public BigDecimal switchingCost() { return switchingCost; }
    public ValueSegment segment() { return segment; }
    public int segmentRank() { return segmentRank; }
    public int segmentClients() { return segmentClients; }
    public Valuation.Basis valueBasis() { return valueBasis; }
    public BigDecimal valueAmount() { return valueAmount; }
    public BigDecimal revenue() { return revenue; }
    public BigDecimal margin() { return margin; }
    public String reportingCurrency() { return reportingCurrency; }
    public Valuation.Source valueSource() { return valueSource; }
    public Message valueNote() { return valueNote; }
    public BigDecimal clv() { return clv; }
    public BigDecimal marginPerMonth() { return marginPerMonth; }
    public BigDecimal expectedMonths() { return expectedMonths; }
    public BigDecimal churnRate() { return churnRate; }
    public Message clvFormula() { return clvFormula; }
    public BigDecimal surveyC() { return surveyC; }
    public BigDecimal slaRatio() { return slaRatio; }
    public BigDecimal satisfaction() { return satisfaction; }
    public SatisfactionLevel satisfactionLevel() { return satisfactionLevel; }
    public Message satisfactionFormula() { return satisfactionFormula; }
    public LifecycleStage stage() { return stage; }
    public int churnRisk() { return churnRisk; }
    public Lifecycle.RiskLevel riskLevel() { return riskLevel; }
    public Message stageReason() { return stageReason; }
    public int bondsInPlace() { return bondsInPlace; }
    public String currentTier() { return currentTier; }
    public String recommendedTier() { return recommendedTier; }
    public List<Contribution> contributions() { return List.copyOf(contributions); }
    public List<BondLine> bonds() { return List.copyOf(bonds); }
    public List<SignalLine> signals() { return List.copyOf(signals); }
}
