package org.threepl.portal.interfaces.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.threepl.portal.application.relationship.SettingsDocument;

/** A tier's row of the settings page's tiers form: its code, name and rank, its entry rules and its benefits. */
public class TierSettingForm implements Serializable {
    private static final long serialVersionUID = 1L;
    String code;
    String name;
    Integer rank;
    String minSegment;
    BigDecimal minSwitchingCost;
    Integer minBonds;
    boolean structuralBondRequired;
    BigDecimal minSlaPerformance;
    BigDecimal minSatisfaction;
    boolean dedicatedAccountManager;
    Integer reviewCadenceDays;
    Integer contactCadenceDays;
    Integer disputePriority = 0;
    boolean customReports;
    BigDecimal priceIncentivePercent;

    static TierSettingForm of(SettingsDocument.TierSetting t) {
        TierSettingForm f = new TierSettingForm();
        f.code = t.code();
        f.name = t.name();
        f.rank = t.rank();
        f.minSegment = t.minSegment();
        f.minSwitchingCost = t.minSwitchingCost();
        f.minBonds = t.minBonds();
        f.structuralBondRequired = t.structuralBondRequired();
        f.minSlaPerformance = t.minSlaPerformance();
        f.minSatisfaction = t.minSatisfaction();
        f.dedicatedAccountManager = t.dedicatedAccountManager();
        f.reviewCadenceDays = t.reviewCadenceDays();
        f.contactCadenceDays = t.contactCadenceDays();
        f.disputePriority = t.disputePriority();
        f.customReports = t.customReports();
        f.priceIncentivePercent = t.priceIncentivePercent();
        return f;
    }

    SettingsDocument.TierSetting setting() {
        return new SettingsDocument.TierSetting(
                code,
                name,
                rank,
                minSegment,
                minSwitchingCost,
                minBonds,
                structuralBondRequired,
                minSlaPerformance,
                minSatisfaction,
                dedicatedAccountManager,
                reviewCadenceDays,
                contactCadenceDays,
                disputePriority,
                customReports,
                priceIncentivePercent);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    public String getMinSegment() {
        return minSegment;
    }

    public void setMinSegment(String minSegment) {
        this.minSegment = minSegment;
    }

    public BigDecimal getMinSwitchingCost() {
        return minSwitchingCost;
    }

    public void setMinSwitchingCost(BigDecimal v) {
        minSwitchingCost = v;
    }

    public Integer getMinBonds() {
        return minBonds;
    }

    public void setMinBonds(Integer minBonds) {
        this.minBonds = minBonds;
    }

    public boolean isStructuralBondRequired() {
        return structuralBondRequired;
    }

    public void setStructuralBondRequired(boolean v) {
        structuralBondRequired = v;
    }

    public BigDecimal getMinSlaPerformance() {
        return minSlaPerformance;
    }

    public void setMinSlaPerformance(BigDecimal v) {
        minSlaPerformance = v;
    }

    public BigDecimal getMinSatisfaction() {
        return minSatisfaction;
    }

    public void setMinSatisfaction(BigDecimal v) {
        minSatisfaction = v;
    }

    public boolean isDedicatedAccountManager() {
        return dedicatedAccountManager;
    }

    public void setDedicatedAccountManager(boolean v) {
        dedicatedAccountManager = v;
    }

    public Integer getReviewCadenceDays() {
        return reviewCadenceDays;
    }

    public void setReviewCadenceDays(Integer v) {
        reviewCadenceDays = v;
    }

    public Integer getContactCadenceDays() {
        return contactCadenceDays;
    }

    public void setContactCadenceDays(Integer v) {
        contactCadenceDays = v;
    }

    public Integer getDisputePriority() {
        return disputePriority;
    }

    public void setDisputePriority(Integer v) {
        disputePriority = v;
    }

    public boolean isCustomReports() {
        return customReports;
    }

    public void setCustomReports(boolean v) {
        customReports = v;
    }

    public BigDecimal getPriceIncentivePercent() {
        return priceIncentivePercent;
    }

    public void setPriceIncentivePercent(BigDecimal v) {
        priceIncentivePercent = v;
    }
}
