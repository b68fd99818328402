package org.threepl.portal.interfaces.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.threepl.portal.application.relationship.SettingsDocument;
import org.threepl.portal.application.relationship.SettingsDocument.Settings;
import org.threepl.portal.application.relationship.SettingsSection;

/**
 * The settings page's forms of single values, one per section (value basis and segments, lifetime, satisfaction,
 * reminders; the lifecycle's is {@link LifecycleSettingsForm}): each is read from the settings document and saved by
 * itself.
 */
public final class SettingsSectionForms {

    private SettingsSectionForms() {}

    /** A section's form: which section it saves, and how it is filled from the document as read or saved. */
    public interface Section extends Serializable {
        SettingsSection section();

        void read(Settings s);
    }

    public static class ValueForm implements Section {
        private static final long serialVersionUID = 1L;
        String reportingCurrency;
        String valueBasis;
        Integer valuePeriodMonths;
        BigDecimal defaultMarginRate;
        boolean contractFeeFallback;
        Integer openEndedRemainingMonths;
        BigDecimal vipShare;
        BigDecimal majorShare;
        BigDecimal ordinaryShare;

        @Override
        public SettingsSection section() {
            return SettingsSection.VALUE;
        }

        @Override
        public void read(Settings s) {
            reportingCurrency = s.reportingCurrency();
            valueBasis = s.valueBasis();
            valuePeriodMonths = s.valuePeriodMonths();
            defaultMarginRate = s.defaultMarginRate();
            contractFeeFallback = s.contractFeeFallback();
            openEndedRemainingMonths = s.openEndedRemainingMonths();
            vipShare = s.segments().vipShare();
            majorShare = s.segments().majorShare();
            ordinaryShare = s.segments().ordinaryShare();
        }

        SettingsDocument.Segments segments() {
            return new SettingsDocument.Segments(vipShare, majorShare, ordinaryShare);
        }

        public String getReportingCurrency() {
            return reportingCurrency;
        }

        public void setReportingCurrency(String v) {
            reportingCurrency = v;
        }

        public String getValueBasis() {
            return valueBasis;
        }

        public void setValueBasis(String v) {
            valueBasis = v;
        }

        public Integer getValuePeriodMonths() {
            return valuePeriodMonths;
        }

        public void setValuePeriodMonths(Integer v) {
            valuePeriodMonths = v;
        }

        public BigDecimal getDefaultMarginRate() {
            return defaultMarginRate;
        }

        public void setDefaultMarginRate(BigDecimal v) {
            defaultMarginRate = v;
        }

        public boolean isContractFeeFallback() {
            return contractFeeFallback;
        }

        public void setContractFeeFallback(boolean v) {
            contractFeeFallback = v;
        }

        public Integer getOpenEndedRemainingMonths() {
            return openEndedRemainingMonths;
        }

        public void setOpenEndedRemainingMonths(Integer v) {
            openEndedRemainingMonths = v;
        }

        public BigDecimal getVipShare() {
            return vipShare;
        }

        public void setVipShare(BigDecimal v) {
            vipShare = v;
        }

        public BigDecimal getMajorShare() {
            return majorShare;
        }

        public void setMajorShare(BigDecimal v) {
            majorShare = v;
        }

        public BigDecimal getOrdinaryShare() {
            return ordinaryShare;
        }

        public void setOrdinaryShare(BigDecimal v) {
            ordinaryShare = v;
        }
    }

    public static class LifetimeForm implements Section {
        private static final long serialVersionUID = 1L;
        BigDecimal defaultAnnualChurn;
        Integer minimumClientsForHistory;
        Integer floorMonths;
        Integer capMonths;
        BigDecimal annualDiscountRate;

        @Override
        public SettingsSection section() {
            return SettingsSection.LIFETIME;
        }

        @Override
        public void read(Settings s) {
            defaultAnnualChurn = s.lifetime().defaultAnnualChurn();
            minimumClientsForHistory = s.lifetime().minimumClientsForHistory();
            floorMonths = s.lifetime().floorMonths();
            capMonths = s.lifetime().capMonths();
            annualDiscountRate = s.lifetime().annualDiscountRate();
        }

        SettingsDocument.LifetimeSettings part() {
            return new SettingsDocument.LifetimeSettings(
                    defaultAnnualChurn, minimumClientsForHistory, floorMonths, capMonths, annualDiscountRate);
        }

        public BigDecimal getDefaultAnnualChurn() {
            return defaultAnnualChurn;
        }

        public void setDefaultAnnualChurn(BigDecimal v) {
            defaultAnnualChurn = v;
        }

        public Integer getMinimumClientsForHistory() {
            return minimumClientsForHistory;
        }

        public void setMinimumClientsForHistory(Integer v) {
            minimumClientsForHistory = v;
        }

        public Integer getFloorMonths() {
            return floorMonths;
        }

        public void setFloorMonths(Integer v) {
            floorMonths = v;
        }

        public Integer getCapMonths() {
            return capMonths;
        }

        public void setCapMonths(Integer v) {
            capMonths = v;
        }

        public BigDecimal getAnnualDiscountRate() {
            return annualDiscountRate;
        }

        public void setAnnualDiscountRate(BigDecimal v) {
            annualDiscountRate = v;
        }
    }

    public static class SatisfactionForm implements Section {
        private static final long serialVersionUID = 1L;
        BigDecimal surveyWeight;
        BigDecimal slaWeight;
        BigDecimal tolerance;
        BigDecimal slaTolerance;
        Integer surveyHalfLifeDays;

        @Override
        public SettingsSection section() {
            return SettingsSection.SATISFACTION;
        }

        @Override
        public void read(Settings s) {
            surveyWeight = s.satisfaction().surveyWeight();
            slaWeight = s.satisfaction().slaWeight();
            tolerance = s.satisfaction().tolerance();
            slaTolerance = s.satisfaction().slaTolerance();
            surveyHalfLifeDays = s.satisfaction().surveyHalfLifeDays();
        }

        SettingsDocument.SatisfactionSettings part() {
            return new SettingsDocument.SatisfactionSettings(
                    surveyWeight, slaWeight, tolerance, slaTolerance, surveyHalfLifeDays);
        }

        public BigDecimal getSurveyWeight() {
            return surveyWeight;
        }

        public void setSurveyWeight(BigDecimal v) {
            surveyWeight = v;
        }

        public BigDecimal getSlaWeight() {
            return slaWeight;
        }

        public void setSlaWeight(BigDecimal v) {
            slaWeight = v;
        }

        public BigDecimal getTolerance() {
            return tolerance;
        }

        public void setTolerance(BigDecimal v) {
            tolerance = v;
        }

        public BigDecimal getSlaTolerance() {
            return slaTolerance;
        }

        public void setSlaTolerance(BigDecimal v) {
            slaTolerance = v;
        }

        public Integer getSurveyHalfLifeDays() {
            return surveyHalfLifeDays;
        }

        public void setSurveyHalfLifeDays(Integer v) {
            surveyHalfLifeDays = v;
        }
    }

    public static class RemindersForm implements Section {
        private static final long serialVersionUID = 1L;
        Integer reviewReminderDays;
        Integer contactReminderDays;

        @Override
        public SettingsSection section() {
            return SettingsSection.REMINDERS;
        }

        @Override
        public void read(Settings s) {
            reviewReminderDays = s.reviewReminderDays();
            contactReminderDays = s.contactReminderDays();
        }

        public Integer getReviewReminderDays() {
            return reviewReminderDays;
        }

        public void setReviewReminderDays(Integer v) {
            reviewReminderDays = v;
        }

        public Integer getContactReminderDays() {
            return contactReminderDays;
        }

        public void setContactReminderDays(Integer v) {
            contactReminderDays = v;
        }
    }
}
