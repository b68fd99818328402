package org.threepl.portal.application.relationship;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.threepl.portal.application.relationship.SettingsDocument.LifecycleSettings;
import org.threepl.portal.application.relationship.SettingsDocument.LifetimeSettings;
import org.threepl.portal.application.relationship.SettingsDocument.ProxySetting;
import org.threepl.portal.application.relationship.SettingsDocument.Rate;
import org.threepl.portal.application.relationship.SettingsDocument.SatisfactionSettings;
import org.threepl.portal.application.relationship.SettingsDocument.Segments;
import org.threepl.portal.application.relationship.SettingsDocument.Settings;
import org.threepl.portal.application.relationship.SettingsDocument.SignalPoints;
import org.threepl.portal.application.relationship.SettingsDocument.TierSetting;
import org.threepl.portal.application.relationship.SettingsDocument.TierStability;
import org.threepl.portal.application.relationship.SettingsDocument.Weight;
import org.threepl.portal.domain.model.relationship.ChurnSignal;
import org.threepl.portal.domain.model.relationship.CustomerLifetimeValue;
import org.threepl.portal.domain.model.relationship.Lifecycle;
import org.threepl.portal.domain.model.relationship.Proxy;
import org.threepl.portal.domain.model.relationship.ProxyScale;
import org.threepl.portal.domain.model.relationship.RelationshipSettings;
import org.threepl.portal.domain.model.relationship.Satisfaction;
import org.threepl.portal.domain.model.relationship.SettingsRules;
import org.threepl.portal.domain.model.relationship.SwitchingCostFacet;
import org.threepl.portal.domain.model.relationship.SwitchingCostGroup;
import org.threepl.portal.domain.model.relationship.SwitchingCostModel;
import org.threepl.portal.domain.model.relationship.TierDefinition;
import org.threepl.portal.domain.model.relationship.TierRules;
import org.threepl.portal.domain.model.relationship.Valuation;
import org.threepl.portal.domain.model.relationship.ValueSegment;
import org.threepl.portal.domain.model.relationship.ValueSegmentation;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Enums;

/**
 * The settings' API document read into the domain's policies, and back: the one place where sections become policies.
 * Refused fields are named by the domain's one scheme ({@code segments.vipShare}, {@code tiers[2].minBonds},
 * {@code proxies.EXIT_FEE.weight}); an entry whose key cannot be read is named by its position
 * ({@code proxies[3].proxy}), since it has no key yet.
 */
final class SettingsConversion {

    private SettingsConversion() {}

    static Settings view(RelationshipSettings s) {
        RelationshipSettings.Values v = s.values();
        List<ProxySetting> proxies = new ArrayList<>();
        v.proxies()
                .forEach((p, w) -> proxies.add(new ProxySetting(
                        p.name(),
                        p.facet().name(),
                        p.description(),
                        w.weight(),
                        w.scale().kind().name(),
                        w.scale().zeroAt(),
                        w.scale().referenceAt())));
        List<Weight> facets = new ArrayList<>();
        v.facetWeights().forEach((f, w) -> facets.add(new Weight(f.name(), w)));
        List<Weight> groups = new ArrayList<>();
        v.groupWeights().forEach((g, w) -> groups.add(new Weight(g.name(), w)));
        List<Rate> rates = new ArrayList<>();
        v.exchangeRates().forEach((c, r) -> rates.add(new Rate(c, r)));
        List<SignalPoints> points = new ArrayList<>();
        v.lifecycle().points().forEach((sig, p) -> points.add(new SignalPoints(sig.name(), p)));
        Lifecycle.Policy l = v.lifecycle();
        return new Settings(
                v.reportingCurrency(),
                v.valueBasis().name(),
                v.valuePeriodMonths(),
                v.defaultMarginRate(),
                v.contractFeeFallback(),
                v.openEndedRemainingMonths(),
                new Segments(
                        v.segments().vipShare(),
                        v.segments().majorShare(),
                        v.segments().ordinaryShare()),
                new LifetimeSettings(
                        v.lifetime().defaultAnnualChurn(),
                        v.lifetime().minimumClientsForHistory(),
                        v.lifetime().floorMonths(),
                        v.lifetime().capMonths(),
                        v.lifetime().annualDiscountRate()),
                new SatisfactionSettings(
                        v.satisfaction().surveyWeight(),
                        v.satisfaction().slaWeight(),
                        v.satisfaction().tolerance(),
                        v.satisfaction().slaTolerance(),
                        v.satisfaction().surveyHalfLifeDays()),
                new LifecycleSettings(
                        l.windowDays(),
                        l.dropThreshold(),
                        l.riseThreshold(),
                        l.minimumBase(),
                        l.minimumRise(),
                        l.declineRisk(),
                        l.explorationMonths(),
                        l.formationMonths(),
                        points),
                v.reviewReminderDays(),
                v.contactReminderDays(),
                proxies,
                facets,
                groups,
                rates,
                v.tiers().stream()
                        .map(t -> new TierSetting(
                                t.code(),
                                t.name(),
                                t.rank(),
                                t.minSegment() == null ? null : t.minSegment().name(),
                                t.minSwitchingCost(),
                                t.minBonds(),
                                t.structuralBondRequired(),
                                t.minSlaPerformance(),
                                t.minSatisfaction(),
                                t.dedicatedAccountManager(),
                                t.reviewCadenceDays(),
                                t.contactCadenceDays(),
                                t.disputePriority(),
                                t.customReports(),
                                t.priceIncentivePercent()))
                        .toList(),
                new TierStability(
                        v.tierStability().holdMargin(), v.tierStability().downgradeAfterDays()),
                s.updatedBy().name(),
                s.updatedAt(),
                s.version());
    }

    /** Settings as sent, checked field by field into the domain's values. */
    static RelationshipSettings.Values values(Settings in) {
        Map<Proxy, SwitchingCostModel.ProxyWeighting> proxies = new EnumMap<>(Proxy.class);
        List<ProxySetting> ps = in.proxies() == null ? List.of() : in.proxies();
        for (int i = 0; i < ps.size(); i++) {
            ProxySetting p = ps.get(i);
            Proxy proxy = Enums.parse(Proxy.class, "proxies[" + i + "].proxy", p.proxy());
            String at = "proxies." + proxy.name();
            ProxyScale.Kind kind = Enums.parse(ProxyScale.Kind.class, at + ".scale", p.scale());
            proxies.put(
                    proxy,
                    SettingsRules.at(
                            at,
                            () -> new SwitchingCostModel.ProxyWeighting(
                                    p.weight(), new ProxyScale(kind, p.zeroAt(), p.referenceAt()))));
        }
        Map<SwitchingCostFacet, BigDecimal> facets = weights(in.facets(), SwitchingCostFacet.class, "facets");
        Map<SwitchingCostGroup, BigDecimal> groups = weights(in.groups(), SwitchingCostGroup.class, "groups");
        Map<String, BigDecimal> rates = new TreeMap<>();
        for (Rate r : in.exchangeRates() == null ? List.<Rate>of() : in.exchangeRates()) {
            rates.put(r.currency() == null ? "" : r.currency().trim().toUpperCase(Locale.ROOT), r.rate());
        }
        LifecycleSettings l = required("lifecycle", in.lifecycle());
        Map<ChurnSignal, Integer> points = new EnumMap<>(ChurnSignal.class);
        List<SignalPoints> sps = l.signalPoints() == null ? List.of() : l.signalPoints();
        for (int i = 0; i < sps.size(); i++) {
            points.put(
                    Enums.parse(
                            ChurnSignal.class,
                            "lifecycle.signalPoints[" + i + "].signal",
                            sps.get(i).signal()),
                    sps.get(i).points());
        }
        Segments seg = required("segments", in.segments());
        LifetimeSettings lt = required("lifetime", in.lifetime());
        SatisfactionSettings sat = required("satisfaction", in.satisfaction());
        TierStability stability = required("tierStability", in.tierStability());
        List<TierDefinition> tierList = new ArrayList<>();
        List<TierSetting> ts = in.tiers() == null ? List.of() : in.tiers();
        for (int i = 0; i < ts.size(); i++) {
            TierSetting t = ts.get(i);
            String at = "tiers[" + i + "]";
            ValueSegment min = Enums.parseOptional(ValueSegment.class, at + ".minSegment", t.minSegment());
            tierList.add(SettingsRules.at(
                    at,
                    () -> new TierDefinition(
                            t.code() == null ? null : t.code().trim().toUpperCase(Locale.ROOT),
                            t.name(),
                            required("rank", t.rank()),
                            min,
                            t.minSwitchingCost(),
                            t.minBonds(),
                            t.structuralBondRequired(),
                            t.minSlaPerformance(),
                            t.minSatisfaction(),
                            t.dedicatedAccountManager(),
                            required("reviewCadenceDays", t.reviewCadenceDays()),
                            required("contactCadenceDays", t.contactCadenceDays()),
                            required("disputePriority", t.disputePriority()),
                            t.customReports(),
                            t.priceIncentivePercent())));
        }
        Valuation.Basis basis = Enums.parse(Valuation.Basis.class, "valueBasis", in.valueBasis());
        RelationshipSettings.Values v = new RelationshipSettings.Values(
                in.reportingCurrency() == null
                        ? null
                        : in.reportingCurrency().trim().toUpperCase(Locale.ROOT),
                basis,
                required("valuePeriodMonths", in.valuePeriodMonths()),
                in.defaultMarginRate(),
                in.contractFeeFallback(),
                required("openEndedRemainingMonths", in.openEndedRemainingMonths()),
                new ValueSegmentation.Thresholds(seg.vipShare(), seg.majorShare(), seg.ordinaryShare()),
                new CustomerLifetimeValue.Policy(
                        lt.defaultAnnualChurn(),
                        required("lifetime.minimumClientsForHistory", lt.minimumClientsForHistory()),
                        required("lifetime.floorMonths", lt.floorMonths()),
                        required("lifetime.capMonths", lt.capMonths()),
                        lt.annualDiscountRate()),
                new Satisfaction.Policy(
                        sat.surveyWeight(),
                        sat.slaWeight(),
                        sat.tolerance(),
                        sat.slaTolerance(),
                        required("satisfaction.surveyHalfLifeDays", sat.surveyHalfLifeDays())),
                new Lifecycle.Policy(
                        required("lifecycle.windowDays", l.windowDays()),
                        l.dropThreshold(),
                        l.riseThreshold(),
                        required("lifecycle.minimumBase", l.minimumBase()),
                        required("lifecycle.minimumRise", l.minimumRise()),
                        points,
                        required("lifecycle.declineRisk", l.declineRisk()),
                        required("lifecycle.explorationMonths", l.explorationMonths()),
                        required("lifecycle.formationMonths", l.formationMonths())),
                required("reviewReminderDays", in.reviewReminderDays()),
                required("contactReminderDays", in.contactReminderDays()),
                proxies,
                facets,
                groups,
                rates,
                tierList,
                new TierRules.Stability(
                        stability.holdMargin(),
                        required("tierStability.downgradeAfterDays", stability.downgradeAfterDays())));
        RelationshipSettings.check(v);
        return v;
    }

    private static <E extends Enum<E>> Map<E, BigDecimal> weights(List<Weight> list, Class<E> type, String section) {
        Map<E, BigDecimal> m = new LinkedHashMap<>();
        List<Weight> ws = list == null ? List.of() : list;
        for (int i = 0; i < ws.size(); i++) {
            m.put(
                    Enums.parse(type, section + "[" + i + "].name", ws.get(i).name()),
                    ws.get(i).weight());
        }
        return m;
    }

    /** A section or a whole number the document must carry, refused by its field's name when absent. */
    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new DomainRuleViolation(field, "rule.relationship.required", "A value is required");
        }
        return value;
    }
}
