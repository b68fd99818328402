package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.relationship.PartnershipService;
import org.threepl.portal.domain.model.relationship.ValueSegment;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;


import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ops admins: every setting of relationship management in one form (value and segments, lifetime value,
 * satisfaction, lifecycle and churn points, reminders, the switching-cost model's proxy weights and scales
 * and its facet and group weights, exchange rates, and the partnership tiers with their rules and
 * benefits), saved as a whole on the version read; a refused value is shown next to its field.
 */
@Named
@ViewScoped
public class RelationshipSettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern KEYED = Pattern.compile("(proxies|facets|groups|exchangeRates|lifecycle\\.signalPoints)\\.([A-Z][A-Z0-9_]*)");
    /** The keys of each keyed section's rows, in the page's order. */
    private static final Map<String, Function<Form, List<String>>> ROW_KEYS = Map.of(
            "proxies", f -> f.proxies.stream().map(ProxyForm::getProxy).toList(),
            "facets", f -> f.facets.stream().map(WeightForm::getName).toList(),
            "groups", f -> f.groups.stream().map(WeightForm::getName).toList(),
            "exchangeRates", f -> f.rates.stream().map(RateForm::getCurrency).toList(),
            "lifecycle.signalPoints", f -> f.signalPoints.stream().map(PointsForm::getSignal).toList());
    /** The sections of the settings, as the API's document names them: each has an anchor on the page. */
    private static final Set<String> SECTIONS = Set.of("segments", "lifetime", "satisfaction", "lifecycle", "lifecycle.signalPoints", "proxies",
            "facets", "groups", "exchangeRates", "tiers");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]\\.?");

    /** A normal-scoped bean: what is injected is a serialisable proxy, so a replicated view finds it again. */
    @Inject
    PartnershipService partnership;

    private Form form;
    private int version;
    private String updatedBy;
    private Instant updatedAt;

    public void load() {
        try {
            read();
        } catch (AccessDeniedException e) {
            Faces.sendError(403);
        }
    }

    private void read() {
        PartnershipService.Settings s = partnership.settings();
        form = Form.of(s);
        version = s.version() == null ? 0 : s.version();
        updatedBy = s.updatedBy();
        updatedAt = s.updatedAt();
    }

    /** Saves every setting on the version read; refused values are shown in place, a change by someone else is not overwritten. */
    public void save() {
        try {
            PartnershipService.Settings saved = partnership.updateSettings(version, form.settings());
            form = Form.of(saved);
            version = saved.version();
            updatedBy = saved.updatedBy();
            updatedAt = saved.updatedAt();
            Faces.info(Faces.text("rel.settings.saved"));
        } catch (ConcurrentChangeException e) {
            Faces.error(Faces.text("rel.settings.changedMeanwhile"));
        } catch (DomainRuleViolation e) {
            Faces.error(shownAt(e.field()), e.getMessage());
        } catch (AccessDeniedException e) {
            Faces.error(e.getMessage());
        }
    }

    /** Drops the changes and shows the settings as saved now. */
    public void reload() {
        read();
        Faces.info(Faces.text("rel.settings.reloaded"));
    }

    public void addTier() {
        TierForm t = new TierForm();
        t.rank = form.tiers.stream().mapToInt(x -> x.rank == null ? 0 : x.rank).max().orElse(0) + 1;
        t.reviewCadenceDays = 90;
        t.contactCadenceDays = 30;
        t.priceIncentivePercent = BigDecimal.ZERO;
        form.tiers.add(t);
    }

    public void removeTier(TierForm t) {
        form.tiers.remove(t);
    }

    public void addRate() {
        form.rates.add(new RateForm());
    }

    public void removeRate(RateForm r) {
        form.rates.remove(r);
    }

    /** The input a refused field is shown at: its own, or its section's anchor for a rule over a section or a row. */
    private String shownAt(String field) {
        return componentId(byPosition(field));
    }

    /** An entry named by its key ({@code proxies.EXIT_FEE.weight}) as the page's row of it ({@code proxies[3].weight}). */
    String byPosition(String field) {
        if (field == null || form == null) {
            return field;
        }
        Matcher m = KEYED.matcher(field);
        if (!m.lookingAt()) {
            return field;
        }
        List<String> keys = ROW_KEYS.get(m.group(1)).apply(form);
        int row = keys.indexOf(m.group(2));
        return row < 0 ? m.group(1) : m.group(1) + "[" + row + "]" + field.substring(m.end());
    }

    /**
     * The component id of a field path, by the page's one naming rule: a section's field joins with {@code _}
     * ({@code segments.vipShare}: {@code settings:segments_vipShare}), a row of a table or repeat is its index
     * ({@code tiers[2].minBonds}: {@code settings:tiers:2:minBonds}), and a section, or a row as a whole, is shown at
     * its section's anchor ({@code tiers}, {@code tiers[2]}: {@code settings:tiers_section}).
     */
    static String componentId(String path) {
        if (path == null) {
            return null;
        }
        if (SECTIONS.contains(path) || path.endsWith("]")) {
            return "settings:" + path.replaceFirst("\\[.*", "").replace('.', '_') + "_section";
        }
        return "settings:" + INDEX.matcher(path).replaceAll(":$1:").replace('.', '_');
    }

    public ValueSegment[] getSegments() { return ValueSegment.values(); }
    public Form getForm() { return form; }
    public int getVersion() { return version; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }

    // --- the form, mutable mirrors of the service's records ---

    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private String reportingCurrency;
        private String valueBasis;
        private Integer valuePeriodMonths;
        private BigDecimal defaultMarginRate;
        private boolean contractFeeFallback;
        private Integer openEndedRemainingMonths;
        private BigDecimal vipShare;
        private BigDecimal majorShare;
        private BigDecimal ordinaryShare;
        private BigDecimal defaultAnnualChurn;
        private Integer minimumClientsForHistory;
        private Integer floorMonths;
        private Integer capMonths;
        private BigDecimal surveyWeight;
        private BigDecimal slaWeight;
        private BigDecimal tolerance;
        private Integer windowDays;
        private BigDecimal dropThreshold;
        private BigDecimal riseThreshold;
        private Integer minimumBase;
        private Integer minimumRise;
        private Integer declineRisk;
        private Integer explorationMonths;
        private Integer formationMonths;
        private Integer reviewReminderDays;
        private Integer contactReminderDays;
        private final List<PointsForm> signalPoints = new ArrayList<>();
        private final List<ProxyForm> proxies = new ArrayList<>();
        private final List<WeightForm> facets = new ArrayList<>();
        private final List<WeightForm> groups = new ArrayList<>();
        private final List<RateForm> rates = new ArrayList<>();
        private final List<TierForm> tiers = new ArrayList<>();

        static Form of(PartnershipService.Settings s) {
            Form f = new Form();
            f.reportingCurrency = s.reportingCurrency();
            f.valueBasis = s.valueBasis();
            f.valuePeriodMonths = s.valuePeriodMonths();
            f.defaultMarginRate = s.defaultMarginRate();
            f.contractFeeFallback = s.contractFeeFallback();
            f.openEndedRemainingMonths = s.openEndedRemainingMonths();
            f.vipShare = s.segments().vipShare();
            f.majorShare = s.segments().majorShare();
            f.ordinaryShare = s.segments().ordinaryShare();
            f.defaultAnnualChurn = s.lifetime().defaultAnnualChurn();
            f.minimumClientsForHistory = s.lifetime().minimumClientsForHistory();
            f.floorMonths = s.lifetime().floorMonths();
            f.capMonths = s.lifetime().capMonths();
            f.surveyWeight = s.satisfaction().surveyWeight();
            f.slaWeight = s.satisfaction().slaWeight();
            f.tolerance = s.satisfaction().tolerance();
            PartnershipService.LifecycleSettings l = s.lifecycle();
            f.windowDays = l.windowDays();
            f.dropThreshold = l.dropThreshold();
            f.riseThreshold = l.riseThreshold();
            f.minimumBase = l.minimumBase();
            f.minimumRise = l.minimumRise();
            f.declineRisk = l.declineRisk();
            f.explorationMonths = l.explorationMonths();
            f.formationMonths = l.formationMonths();
            f.reviewReminderDays = s.reviewReminderDays();
            f.contactReminderDays = s.contactReminderDays();
            l.signalPoints().forEach(p -> f.signalPoints.add(new PointsForm(p.signal(), p.points())));
            s.proxies().forEach(p -> f.proxies.add(new ProxyForm(p)));
            s.facets().forEach(w -> f.facets.add(new WeightForm(w.name(), w.weight())));
            s.groups().forEach(w -> f.groups.add(new WeightForm(w.name(), w.weight())));
            s.exchangeRates().stream().filter(r -> !r.currency().equals(s.reportingCurrency()))
                    .forEach(r -> f.rates.add(new RateForm(r.currency(), r.rate())));
            s.tiers().forEach(t -> f.tiers.add(TierForm.of(t)));
            return f;
        }

        PartnershipService.Settings settings() {
            return new PartnershipService.Settings(reportingCurrency, valueBasis, valuePeriodMonths, defaultMarginRate, contractFeeFallback,
                    openEndedRemainingMonths, new PartnershipService.Segments(vipShare, majorShare, ordinaryShare),
                    new PartnershipService.LifetimeSettings(defaultAnnualChurn, minimumClientsForHistory, floorMonths, capMonths),
                    new PartnershipService.SatisfactionSettings(surveyWeight, slaWeight, tolerance),
                    new PartnershipService.LifecycleSettings(windowDays, dropThreshold, riseThreshold, minimumBase, minimumRise,
                            declineRisk, explorationMonths, formationMonths,
                            signalPoints.stream().map(p -> new PartnershipService.SignalPoints(p.signal, p.points)).toList()),
                    reviewReminderDays, contactReminderDays,
                    proxies.stream().map(p -> new PartnershipService.ProxySetting(p.proxy, p.facet, null, p.weight, p.scale, p.zeroAt, p.referenceAt))
                            .toList(),
                    facets.stream().map(w -> new PartnershipService.Weight(w.name, w.weight)).toList(),
                    groups.stream().map(w -> new PartnershipService.Weight(w.name, w.weight)).toList(),
                    rates.stream().filter(r -> r.currency != null && !r.currency.isBlank())
                            .map(r -> new PartnershipService.Rate(r.currency, r.rate)).toList(),
                    tiers.stream().map(TierForm::setting).toList(), null, null, null);
        }

        public String getReportingCurrency() { return reportingCurrency; }
        public void setReportingCurrency(String v) { reportingCurrency = v; }
        public String getValueBasis() { return valueBasis; }
        public void setValueBasis(String v) { valueBasis = v; }
        public Integer getValuePeriodMonths() { return valuePeriodMonths; }
        public void setValuePeriodMonths(Integer v) { valuePeriodMonths = v; }
        public BigDecimal getDefaultMarginRate() { return defaultMarginRate; }
        public void setDefaultMarginRate(BigDecimal v) { defaultMarginRate = v; }
        public boolean isContractFeeFallback() { return contractFeeFallback; }
        public void setContractFeeFallback(boolean v) { contractFeeFallback = v; }
        public Integer getOpenEndedRemainingMonths() { return openEndedRemainingMonths; }
        public void setOpenEndedRemainingMonths(Integer v) { openEndedRemainingMonths = v; }
        public BigDecimal getVipShare() { return vipShare; }
        public void setVipShare(BigDecimal v) { vipShare = v; }
        public BigDecimal getMajorShare() { return majorShare; }
        public void setMajorShare(BigDecimal v) { majorShare = v; }
        public BigDecimal getOrdinaryShare() { return ordinaryShare; }
        public void setOrdinaryShare(BigDecimal v) { ordinaryShare = v; }
        public BigDecimal getDefaultAnnualChurn() { return defaultAnnualChurn; }
        public void setDefaultAnnualChurn(BigDecimal v) { defaultAnnualChurn = v; }
        public Integer getMinimumClientsForHistory() { return minimumClientsForHistory; }
        public void setMinimumClientsForHistory(Integer v) { minimumClientsForHistory = v; }
        public Integer getFloorMonths() { return floorMonths; }
        public void setFloorMonths(Integer v) { floorMonths = v; }
        public Integer getCapMonths() { return capMonths; }
        public void setCapMonths(Integer v) { capMonths = v; }
        public BigDecimal getSurveyWeight() { return surveyWeight; }
        public void setSurveyWeight(BigDecimal v) { surveyWeight = v; }
        public BigDecimal getSlaWeight() { return slaWeight; }
        public void setSlaWeight(BigDecimal v) { slaWeight = v; }
        public BigDecimal getTolerance() { return tolerance; }
        public void setTolerance(BigDecimal v) { tolerance = v; }
        public Integer getWindowDays() { return windowDays; }
        public void setWindowDays(Integer v) { windowDays = v; }
        public BigDecimal getDropThreshold() { return dropThreshold; }
        public void setDropThreshold(BigDecimal v) { dropThreshold = v; }
        public BigDecimal getRiseThreshold() { return riseThreshold; }
        public void setRiseThreshold(BigDecimal v) { riseThreshold = v; }
        public Integer getMinimumBase() { return minimumBase; }
        public void setMinimumBase(Integer v) { minimumBase = v; }
        public Integer getMinimumRise() { return minimumRise; }
        public void setMinimumRise(Integer v) { minimumRise = v; }
        public Integer getDeclineRisk() { return declineRisk; }
        public void setDeclineRisk(Integer v) { declineRisk = v; }
        public Integer getExplorationMonths() { return explorationMonths; }
        public void setExplorationMonths(Integer v) { explorationMonths = v; }
        public Integer getFormationMonths() { return formationMonths; }
        public void setFormationMonths(Integer v) { formationMonths = v; }
        public Integer getReviewReminderDays() { return reviewReminderDays; }
        public void setReviewReminderDays(Integer v) { reviewReminderDays = v; }
        public Integer getContactReminderDays() { return contactReminderDays; }
        public void setContactReminderDays(Integer v) { contactReminderDays = v; }
        public List<PointsForm> getSignalPoints() { return signalPoints; }
        public List<ProxyForm> getProxies() { return proxies; }
        public List<WeightForm> getFacets() { return facets; }
        public List<WeightForm> getGroups() { return groups; }
        public List<RateForm> getRates() { return rates; }
        public List<TierForm> getTiers() { return tiers; }
    }

    public static class PointsForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String signal;
        private Integer points;

        PointsForm(String signal, Integer points) {
            this.signal = signal;
            this.points = points;
        }

        public String getSignal() { return signal; }
        public Integer getPoints() { return points; }
        public void setPoints(Integer points) { this.points = points; }
    }

    public static class ProxyForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String proxy;
        private final String facet;
        private BigDecimal weight;
        private String scale;
        private BigDecimal zeroAt;
        private BigDecimal referenceAt;

        ProxyForm(PartnershipService.ProxySetting p) {
            proxy = p.proxy();
            facet = p.facet();
            weight = p.weight();
            scale = p.scale();
            zeroAt = p.zeroAt();
            referenceAt = p.referenceAt();
        }

        public String getProxy() { return proxy; }
        public String getFacet() { return facet; }
        public BigDecimal getWeight() { return weight; }
        public void setWeight(BigDecimal weight) { this.weight = weight; }
        public String getScale() { return scale; }
        public void setScale(String scale) { this.scale = scale; }
        public BigDecimal getZeroAt() { return zeroAt; }
        public void setZeroAt(BigDecimal zeroAt) { this.zeroAt = zeroAt; }
        public BigDecimal getReferenceAt() { return referenceAt; }
        public void setReferenceAt(BigDecimal referenceAt) { this.referenceAt = referenceAt; }
    }

    public static class WeightForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private BigDecimal weight;

        WeightForm(String name, BigDecimal weight) {
            this.name = name;
            this.weight = weight;
        }

        public String getName() { return name; }
        public BigDecimal getWeight() { return weight; }
        public void setWeight(BigDecimal weight) { this.weight = weight; }
    }

    public static class RateForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String currency;
        private BigDecimal rate;

        RateForm() {
        }

        RateForm(String currency, BigDecimal rate) {
            this.currency = currency;
            this.rate = rate;
        }

        public String getCurrency() { return currency; }
        public void setCurrency(String currency) { this.currency = currency; }
        public BigDecimal getRate() { return rate; }
        public void setRate(BigDecimal rate) { this.rate = rate; }
    }

    public static class TierForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String name;
        private Integer rank;
        private String minSegment;
        private BigDecimal minSwitchingCost;
        private Integer minBonds;
        private boolean structuralBondRequired;
        private BigDecimal minSlaPerformance;
        private BigDecimal minSatisfaction;
        private boolean dedicatedAccountManager;
        private Integer reviewCadenceDays;
        private Integer contactCadenceDays;
        private Integer disputePriority = 0;
        private boolean customReports;
        private BigDecimal priceIncentivePercent;

        static TierForm of(PartnershipService.TierSetting t) {
            TierForm f = new TierForm();
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

        PartnershipService.TierSetting setting() {
            return new PartnershipService.TierSetting(code, name, rank, minSegment, minSwitchingCost, minBonds, structuralBondRequired,
                    minSlaPerformance, minSatisfaction, dedicatedAccountManager, reviewCadenceDays, contactCadenceDays,
                    disputePriority, customReports, priceIncentivePercent);
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Integer getRank() { return rank; }
        public void setRank(Integer rank) { this.rank = rank; }
        public String getMinSegment() { return minSegment; }
        public void setMinSegment(String minSegment) { this.minSegment = minSegment; }
        public BigDecimal getMinSwitchingCost() { return minSwitchingCost; }
        public void setMinSwitchingCost(BigDecimal v) { minSwitchingCost = v; }
        public Integer getMinBonds() { return minBonds; }
        public void setMinBonds(Integer minBonds) { this.minBonds = minBonds; }
        public boolean isStructuralBondRequired() { return structuralBondRequired; }
        public void setStructuralBondRequired(boolean v) { structuralBondRequired = v; }
        public BigDecimal getMinSlaPerformance() { return minSlaPerformance; }
        public void setMinSlaPerformance(BigDecimal v) { minSlaPerformance = v; }
        public BigDecimal getMinSatisfaction() { return minSatisfaction; }
        public void setMinSatisfaction(BigDecimal v) { minSatisfaction = v; }
        public boolean isDedicatedAccountManager() { return dedicatedAccountManager; }
        public void setDedicatedAccountManager(boolean v) { dedicatedAccountManager = v; }
        public Integer getReviewCadenceDays() { return reviewCadenceDays; }
        public void setReviewCadenceDays(Integer v) { reviewCadenceDays = v; }
        public Integer getContactCadenceDays() { return contactCadenceDays; }
        public void setContactCadenceDays(Integer v) { contactCadenceDays = v; }
        public Integer getDisputePriority() { return disputePriority; }
        public void setDisputePriority(Integer v) { disputePriority = v; }
        public boolean isCustomReports() { return customReports; }
        public void setCustomReports(boolean v) { customReports = v; }
        public BigDecimal getPriceIncentivePercent() { return priceIncentivePercent; }
        public void setPriceIncentivePercent(BigDecimal v) { priceIncentivePercent = v; }
    }
}
