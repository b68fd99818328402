package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.threepl.portal.domain.model.shared.Actor;

/**
 * Every setting of relationship management in one versioned record (one row, id 1): the switching-cost model's weights
 * and scales, how value is measured and segmented, the lifetime-value, satisfaction and lifecycle policies, the
 * reminders, the exchange rates into the reporting currency, and the partnership tiers with how a client keeps its
 * tier. Each section is kept as the domain's own policy (embeddables of the same columns), so what is stored is what
 * the computation uses. The migration seeds the documented defaults ({@link #defaults()} gives the same in code);
 * operations admins replace them ({@link #update}, a section at a time or all), checked with the version they read.
 */
@Entity
@Table(name = "relationship_config")
public class RelationshipSettings {

    /** All settings as values, to read or to replace them with. */
    public record Values(
            String reportingCurrency,
            Valuation.Basis valueBasis,
            int valuePeriodMonths,
            BigDecimal defaultMarginRate,
            boolean contractFeeFallback,
            int openEndedRemainingMonths,
            ValueSegmentation.Thresholds segments,
            CustomerLifetimeValue.Policy lifetime,
            Satisfaction.Policy satisfaction,
            Lifecycle.Policy lifecycle,
            int reviewReminderDays,
            int contactReminderDays,
            Map<Proxy, SwitchingCostModel.ProxyWeighting> proxies,
            Map<SwitchingCostFacet, BigDecimal> facetWeights,
            Map<SwitchingCostGroup, BigDecimal> groupWeights,
            Map<String, BigDecimal> exchangeRates,
            List<TierDefinition> tiers,
            TierRules.Stability tierStability) {}

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "reporting_currency", nullable = false, length = 3)
    private String reportingCurrency;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_basis", nullable = false, length = 8)
    private Valuation.Basis valueBasis;

    @Column(name = "value_period_months", nullable = false)
    private int valuePeriodMonths;

    @Column(name = "default_margin_rate", nullable = false, precision = 7, scale = 4)
    private BigDecimal defaultMarginRate;

    @Column(name = "contract_fee_fallback", nullable = false)
    private boolean contractFeeFallback;

    @Column(name = "open_ended_remaining_months", nullable = false)
    private int openEndedRemainingMonths;

    @Embedded
    @AttributeOverride(name = "vipShare", column = @Column(name = "vip_share"))
    @AttributeOverride(name = "majorShare", column = @Column(name = "major_share"))
    @AttributeOverride(name = "ordinaryShare", column = @Column(name = "ordinary_share"))
    private ValueSegmentation.Thresholds segments;

    @Embedded
    @AttributeOverride(name = "defaultAnnualChurn", column = @Column(name = "default_annual_churn"))
    @AttributeOverride(name = "minimumClientsForHistory", column = @Column(name = "churn_history_minimum"))
    @AttributeOverride(name = "floorMonths", column = @Column(name = "tenure_floor_months"))
    @AttributeOverride(name = "capMonths", column = @Column(name = "tenure_cap_months"))
    @AttributeOverride(name = "annualDiscountRate", column = @Column(name = "annual_discount_rate"))
    private CustomerLifetimeValue.Policy lifetime;

    @Embedded
    @AttributeOverride(name = "surveyWeight", column = @Column(name = "survey_weight"))
    @AttributeOverride(name = "slaWeight", column = @Column(name = "sla_weight"))
    @AttributeOverride(name = "tolerance", column = @Column(name = "satisfaction_tolerance"))
    @AttributeOverride(name = "slaTolerance", column = @Column(name = "satisfaction_sla_tolerance"))
    @AttributeOverride(name = "surveyHalfLifeDays", column = @Column(name = "survey_half_life_days"))
    private Satisfaction.Policy satisfaction;

    /** The lifecycle policy's thresholds; its points are the collection of churn points below. */
    @Embedded
    @AttributeOverride(name = "windowDays", column = @Column(name = "trend_window_days"))
    @AttributeOverride(name = "dropThreshold", column = @Column(name = "drop_threshold"))
    @AttributeOverride(name = "riseThreshold", column = @Column(name = "rise_threshold"))
    @AttributeOverride(name = "minimumBase", column = @Column(name = "minimum_base"))
    @AttributeOverride(name = "minimumRise", column = @Column(name = "minimum_rise"))
    @AttributeOverride(name = "declineRisk", column = @Column(name = "decline_risk"))
    @AttributeOverride(name = "explorationMonths", column = @Column(name = "exploration_months"))
    @AttributeOverride(name = "formationMonths", column = @Column(name = "formation_months"))
    private Lifecycle.Thresholds lifecycle;

    @Column(name = "review_reminder_days", nullable = false)
    private int reviewReminderDays;

    @Column(name = "contact_reminder_days", nullable = false)
    private int contactReminderDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "relationship_proxy_setting", joinColumns = @JoinColumn(name = "config_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "proxy", length = 40)
    private Map<Proxy, SwitchingCostModel.ProxyWeighting> proxies = new EnumMap<>(Proxy.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "relationship_facet_weight", joinColumns = @JoinColumn(name = "config_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "facet", length = 40)
    @Column(name = "weight", nullable = false, precision = 9, scale = 4)
    private Map<SwitchingCostFacet, BigDecimal> facetWeights = new EnumMap<>(SwitchingCostFacet.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "relationship_group_weight", joinColumns = @JoinColumn(name = "config_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "cost_group", length = 16)
    @Column(name = "weight", nullable = false, precision = 9, scale = 4)
    private Map<SwitchingCostGroup, BigDecimal> groupWeights = new EnumMap<>(SwitchingCostGroup.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "relationship_churn_points", joinColumns = @JoinColumn(name = "config_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "signal", length = 24)
    @Column(name = "points", nullable = false)
    private Map<ChurnSignal, Integer> churnPoints = new EnumMap<>(ChurnSignal.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "relationship_exchange_rate", joinColumns = @JoinColumn(name = "config_id"))
    @MapKeyColumn(name = "currency", length = 3)
    @Column(name = "rate", nullable = false, precision = 19, scale = 8)
    private Map<String, BigDecimal> exchangeRates = new TreeMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partnership_tier", joinColumns = @JoinColumn(name = "config_id"))
    private List<TierDefinition> tiers = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "holdMargin", column = @Column(name = "tier_hold_margin"))
    @AttributeOverride(name = "downgradeAfterDays", column = @Column(name = "tier_downgrade_days"))
    private TierRules.Stability tierStability;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "updated_by_kind", length = 16)),
        @AttributeOverride(name = "id", column = @Column(name = "updated_by_id")),
        @AttributeOverride(name = "name", column = @Column(name = "updated_by", nullable = false, length = 150))
    })
    private Actor updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** Who the documented defaults name as their author: the portal, not a person. */
    public static final Actor DEFAULTS = Actor.system("defaults");

    /**
     * Whether a tier still has the name the portal seeded for its code: such a name is shown in the reader's language,
     * any other as the operations admins wrote it.
     */
    public static boolean isSeededName(String code, String name) {
        return code != null && name != null && name.equals(SettingsDefaults.SEEDED_NAMES.get(code));
    }

    protected RelationshipSettings() {
        // for JPA
    }

    /** The documented defaults (the same as the migration seeds), e.g. for tests. */
    public static RelationshipSettings defaults() {
        RelationshipSettings s = new RelationshipSettings();
        s.id = 1;
        s.apply(defaultValues());
        s.updatedBy = DEFAULTS;
        s.updatedAt = Instant.EPOCH;
        return s;
    }

    /** The documented defaults as values. */
    public static Values defaultValues() {
        return SettingsDefaults.values();
    }

    /** Replaces every setting, after checking each part; the version moves on. */
    public void update(Values v, Actor by, Instant at) {
        check(v);
        apply(v);
        updatedBy = Objects.requireNonNull(by, "by");
        updatedAt = Objects.requireNonNull(at, "at");
    }

    /** Checks a set of values part by part, naming a refused field by the one scheme of {@link SettingsRules}. */
    public static void check(Values v) {
        SettingsRules.check(v);
    }

    private void apply(Values v) {
        reportingCurrency = v.reportingCurrency();
        valueBasis = v.valueBasis();
        valuePeriodMonths = v.valuePeriodMonths();
        defaultMarginRate = v.defaultMarginRate();
        contractFeeFallback = v.contractFeeFallback();
        openEndedRemainingMonths = v.openEndedRemainingMonths();
        segments = v.segments();
        lifetime = v.lifetime();
        satisfaction = v.satisfaction();
        lifecycle = v.lifecycle().thresholds();
        reviewReminderDays = v.reviewReminderDays();
        contactReminderDays = v.contactReminderDays();
        proxies.clear();
        proxies.putAll(v.proxies());
        facetWeights.clear();
        facetWeights.putAll(v.facetWeights());
        groupWeights.clear();
        groupWeights.putAll(v.groupWeights());
        churnPoints.clear();
        churnPoints.putAll(v.lifecycle().points());
        exchangeRates.clear();
        v.exchangeRates().forEach((c, r) -> {
            if (!c.equals(v.reportingCurrency())) {
                exchangeRates.put(c, r);
            }
        });
        tiers.clear();
        tiers.addAll(v.tiers());
        tierStability = v.tierStability();
    }

    public Values values() {
        return new Values(
                reportingCurrency,
                valueBasis,
                valuePeriodMonths,
                defaultMarginRate,
                contractFeeFallback,
                openEndedRemainingMonths,
                segments,
                lifetime,
                satisfaction,
                lifecyclePolicy(),
                reviewReminderDays,
                contactReminderDays,
                new EnumMap<>(proxies),
                new EnumMap<>(facetWeights),
                new EnumMap<>(groupWeights),
                new TreeMap<>(exchangeRates),
                tiers(),
                tierStability);
    }

    public SwitchingCostModel model() {
        return new SwitchingCostModel(proxies, facetWeights, groupWeights);
    }

    public ValueSegmentation.Thresholds segmentThresholds() {
        return segments;
    }

    public CustomerLifetimeValue.Policy lifetimePolicy() {
        return lifetime;
    }

    public Satisfaction.Policy satisfactionPolicy() {
        return satisfaction;
    }

    public Lifecycle.Policy lifecyclePolicy() {
        return new Lifecycle.Policy(lifecycle, churnPoints);
    }

    /** The tiers, lowest rank first. */
    public List<TierDefinition> tiers() {
        return tiers.stream()
                .sorted(Comparator.comparingInt(TierDefinition::rank))
                .toList();
    }

    public Optional<TierDefinition> tier(String code) {
        return tiers.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public TierRules.Stability tierStability() {
        return tierStability;
    }

    public TierDefinition lowestTier() {
        return tiers().get(0);
    }

    /** An amount in the reporting currency; empty when there is no exchange rate for its currency. */
    public Optional<BigDecimal> toReporting(BigDecimal amount, String currency) {
        if (amount == null) {
            return Optional.of(BigDecimal.ZERO);
        }
        if (reportingCurrency.equals(currency)) {
            return Optional.of(amount);
        }
        BigDecimal rate = exchangeRates.get(currency);
        return rate == null
                ? Optional.empty()
                : Optional.of(amount.multiply(rate).setScale(4, RoundingMode.HALF_EVEN));
    }

    public Map<String, BigDecimal> exchangeRates() {
        Map<String, BigDecimal> all = new LinkedHashMap<>();
        all.put(reportingCurrency, BigDecimal.ONE);
        all.putAll(new TreeMap<>(exchangeRates));
        return all;
    }

    public String reportingCurrency() {
        return reportingCurrency;
    }

    public Valuation.Basis valueBasis() {
        return valueBasis;
    }

    public int valuePeriodMonths() {
        return valuePeriodMonths;
    }

    public BigDecimal defaultMarginRate() {
        return defaultMarginRate;
    }

    public boolean contractFeeFallback() {
        return contractFeeFallback;
    }

    public int openEndedRemainingMonths() {
        return openEndedRemainingMonths;
    }

    public int reviewReminderDays() {
        return reviewReminderDays;
    }

    public int contactReminderDays() {
        return contactReminderDays;
    }

    public Actor updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
