package org.threepl.portal.domain.model.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.threepl.portal.domain.model.shared.Message;

/**
 * A partnership tier (Lambert's partnership types, from transactional to strategic): its rank, the entry rules a client
 * must meet to be recommended for it, and the benefits it grants. A rule left empty does not apply. The lowest-ranked
 * tier has no rules, so that every client has a tier.
 */
@Embeddable
public class TierDefinition {

    @Column(name = "code", nullable = false, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "tier_rank", nullable = false)
    private int rank;

    // entry rules
    @Enumerated(EnumType.STRING)
    @Column(name = "min_segment", length = 16)
    private ValueSegment minSegment;

    @Column(name = "min_switching_cost", precision = 7, scale = 2)
    private BigDecimal minSwitchingCost;

    @Column(name = "min_bonds")
    private Integer minBonds;

    @Column(name = "structural_bond_required", nullable = false)
    private boolean structuralBondRequired;

    @Column(name = "min_sla_performance", precision = 7, scale = 4)
    private BigDecimal minSlaPerformance;

    @Column(name = "min_satisfaction", precision = 7, scale = 4)
    private BigDecimal minSatisfaction;

    // benefits
    @Column(name = "dedicated_account_manager", nullable = false)
    private boolean dedicatedAccountManager;

    @Column(name = "review_cadence_days", nullable = false)
    private int reviewCadenceDays;

    @Column(name = "contact_cadence_days", nullable = false)
    private int contactCadenceDays;

    @Column(name = "dispute_priority", nullable = false)
    private int disputePriority;

    @Column(name = "custom_reports", nullable = false)
    private boolean customReports;

    @Column(name = "price_incentive_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal priceIncentivePercent;

    protected TierDefinition() {
        // for JPA
    }

    public TierDefinition(
            String code,
            String name,
            int rank,
            ValueSegment minSegment,
            BigDecimal minSwitchingCost,
            Integer minBonds,
            boolean structuralBondRequired,
            BigDecimal minSlaPerformance,
            BigDecimal minSatisfaction,
            boolean dedicatedAccountManager,
            int reviewCadenceDays,
            int contactCadenceDays,
            int disputePriority,
            boolean customReports,
            BigDecimal priceIncentivePercent) {
        SettingsRules.rule(
                "code",
                code != null && code.strip().matches("[A-Z][A-Z0-9_]{1,31}"),
                "rule.settings.tier.code",
                "A tier code is 2 to 32 capital letters, digits or underscores, starting with a letter");
        this.code = code.strip();
        SettingsRules.rule(
                "name",
                name != null && !name.isBlank() && name.strip().length() <= 60,
                "rule.settings.tier.name",
                "A tier name of 1 to 60 characters is required");
        this.name = name.strip();
        SettingsRules.rule(
                "rank", rank >= 0 && rank <= 9, "rule.settings.tier.rank", "A tier's rank is from 0 (lowest) to 9");
        this.rank = rank;
        this.minSegment = minSegment;
        SettingsRules.rule(
                "minSwitchingCost",
                minSwitchingCost == null
                        || minSwitchingCost.signum() >= 0 && minSwitchingCost.compareTo(ProxyScale.HUNDRED) <= 0,
                "rule.settings.tier.minSwitchingCost",
                "The minimum switching-cost index is from 0 to 100");
        this.minSwitchingCost = minSwitchingCost;
        SettingsRules.rule(
                "minBonds",
                minBonds == null || minBonds >= 0 && minBonds <= Bond.values().length,
                "rule.settings.tier.minBonds",
                "The minimum number of bonds is from 0 to {0}",
                Bond.values().length);
        this.minBonds = minBonds;
        this.structuralBondRequired = structuralBondRequired;
        SettingsRules.rule(
                "minSlaPerformance",
                minSlaPerformance == null
                        || minSlaPerformance.signum() >= 0 && minSlaPerformance.compareTo(BigDecimal.valueOf(2)) <= 0,
                "rule.settings.tier.minSlaPerformance",
                "The minimum SLA performance ratio is from 0 to 2");
        this.minSlaPerformance = minSlaPerformance;
        SettingsRules.rule(
                "minSatisfaction",
                minSatisfaction == null
                        || minSatisfaction.signum() >= 0 && minSatisfaction.compareTo(BigDecimal.valueOf(2)) <= 0,
                "rule.settings.tier.minSatisfaction",
                "The minimum satisfaction is from 0 to 2");
        this.minSatisfaction = minSatisfaction;
        this.dedicatedAccountManager = dedicatedAccountManager;
        SettingsRules.rule(
                "reviewCadenceDays",
                reviewCadenceDays >= 7 && reviewCadenceDays <= 730,
                "rule.settings.tier.reviewCadenceDays",
                "The business-review cadence is 7 to 730 days");
        SettingsRules.rule(
                "contactCadenceDays",
                contactCadenceDays >= 1 && contactCadenceDays <= 365,
                "rule.settings.tier.contactCadenceDays",
                "The contact cadence is 1 to 365 days");
        this.reviewCadenceDays = reviewCadenceDays;
        this.contactCadenceDays = contactCadenceDays;
        SettingsRules.rule(
                "disputePriority",
                disputePriority >= 0 && disputePriority <= 9,
                "rule.settings.tier.disputePriority",
                "The dispute-queue priority is from 0 (none) to 9");
        this.disputePriority = disputePriority;
        this.customReports = customReports;
        SettingsRules.rule(
                "priceIncentivePercent",
                priceIncentivePercent != null,
                "rule.settings.tier.priceIncentive.required",
                "The price incentive is required (0 for none)");
        SettingsRules.rule(
                "priceIncentivePercent",
                priceIncentivePercent.signum() >= 0 && priceIncentivePercent.compareTo(BigDecimal.valueOf(50)) <= 0,
                "rule.settings.tier.priceIncentive.range",
                "The price incentive is from 0 to 50 %");
        this.priceIncentivePercent = priceIncentivePercent;
    }

    /** Whether any entry rule applies. */
    public boolean hasRules() {
        return minSegment != null
                || minSwitchingCost != null
                || minBonds != null
                || structuralBondRequired
                || minSlaPerformance != null
                || minSatisfaction != null;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /**
     * The tier's name inside a composed text: the 3PL's own name as its operations admins wrote it, or, while it keeps
     * the name the portal seeded, that name in the reader's language.
     */
    public Message.Arg nameInText() {
        return RelationshipSettings.isSeededName(code, name) ? Message.term("tier.name." + code) : Message.text(name);
    }

    public int rank() {
        return rank;
    }

    public ValueSegment minSegment() {
        return minSegment;
    }

    public BigDecimal minSwitchingCost() {
        return minSwitchingCost;
    }

    public Integer minBonds() {
        return minBonds;
    }

    public boolean structuralBondRequired() {
        return structuralBondRequired;
    }

    public BigDecimal minSlaPerformance() {
        return minSlaPerformance;
    }

    public BigDecimal minSatisfaction() {
        return minSatisfaction;
    }

    public boolean dedicatedAccountManager() {
        return dedicatedAccountManager;
    }

    public int reviewCadenceDays() {
        return reviewCadenceDays;
    }

    public int contactCadenceDays() {
        return contactCadenceDays;
    }

    public int disputePriority() {
        return disputePriority;
    }

    public boolean customReports() {
        return customReports;
    }

    public BigDecimal priceIncentivePercent() {
        return priceIncentivePercent;
    }
}
