package org.threepl.portal.domain.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** Each settings policy refuses each bad value itself, naming the field by the one scheme of {@link SettingsRules}. */
class SettingsPoliciesTest {

    private static BigDecimal d(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    private static void refused(String field, Executable make) {
        assertEquals(field, assertThrows(DomainRuleViolation.class, make).field());
    }

    @Test
    void segmentSharesRiseAndEachNamesItself() {
        refused("segments.vipShare", () -> new ValueSegmentation.Thresholds(null, d("0.05"), d("0.2")));
        refused("segments.majorShare", () -> new ValueSegmentation.Thresholds(d("0.01"), null, d("0.2")));
        refused("segments.ordinaryShare", () -> new ValueSegmentation.Thresholds(d("0.01"), d("0.05"), null));
        refused("segments.vipShare", () -> new ValueSegmentation.Thresholds(d("0"), d("0.05"), d("0.2")));
        refused("segments.vipShare", () -> new ValueSegmentation.Thresholds(d("0.06"), d("0.05"), d("0.2")));
        refused("segments.majorShare", () -> new ValueSegmentation.Thresholds(d("0.01"), d("0.3"), d("0.2")));
        refused("segments.ordinaryShare", () -> new ValueSegmentation.Thresholds(d("0.01"), d("0.05"), d("1.01")));
        new ValueSegmentation.Thresholds(d("0.05"), d("0.05"), d("1"));
    }

    @Test
    void lifetimeRules() {
        refused("lifetime.defaultAnnualChurn", () -> new CustomerLifetimeValue.Policy(null, 20, 6, 120, d("0.1")));
        refused("lifetime.defaultAnnualChurn", () -> new CustomerLifetimeValue.Policy(d("0"), 20, 6, 120, d("0.1")));
        refused("lifetime.defaultAnnualChurn", () -> new CustomerLifetimeValue.Policy(d("1.01"), 20, 6, 120, d("0.1")));
        refused(
                "lifetime.minimumClientsForHistory",
                () -> new CustomerLifetimeValue.Policy(d("0.15"), 0, 6, 120, d("0.1")));
        refused("lifetime.floorMonths", () -> new CustomerLifetimeValue.Policy(d("0.15"), 20, -1, 120, d("0.1")));
        refused("lifetime.floorMonths", () -> new CustomerLifetimeValue.Policy(d("0.15"), 20, 130, 120, d("0.1")));
        refused("lifetime.capMonths", () -> new CustomerLifetimeValue.Policy(d("0.15"), 20, 6, 601, d("0.1")));
        refused("lifetime.annualDiscountRate", () -> new CustomerLifetimeValue.Policy(d("0.15"), 20, 6, 120, null));
        refused(
                "lifetime.annualDiscountRate",
                () -> new CustomerLifetimeValue.Policy(d("0.15"), 20, 6, 120, d("-0.01")));
        refused(
                "lifetime.annualDiscountRate",
                () -> new CustomerLifetimeValue.Policy(d("0.15"), 20, 6, 120, d("0.51")));
        new CustomerLifetimeValue.Policy(d("1"), 1, 0, 600, d("0.5"));
        new CustomerLifetimeValue.Policy(d("1"), 1, 0, 600, BigDecimal.ZERO);
    }

    @Test
    void satisfactionRules() {
        refused("satisfaction.surveyWeight", () -> new Satisfaction.Policy(null, d("0.4"), d("0.05"), d("0.01"), 180));
        refused("satisfaction.slaWeight", () -> new Satisfaction.Policy(d("0.6"), null, d("0.05"), d("0.01"), 180));
        refused("satisfaction.tolerance", () -> new Satisfaction.Policy(d("0.6"), d("0.4"), null, d("0.01"), 180));
        refused("satisfaction.surveyWeight", () -> new Satisfaction.Policy(d("-1"), d("1"), d("0.05"), d("0.01"), 180));
        refused("satisfaction.surveyWeight", () -> new Satisfaction.Policy(d("0"), d("0"), d("0.05"), d("0.01"), 180));
        refused("satisfaction.slaWeight", () -> new Satisfaction.Policy(d("1"), d("-0.1"), d("0.05"), d("0.01"), 180));
        refused("satisfaction.tolerance", () -> new Satisfaction.Policy(d("1"), d("1"), d("-0.01"), d("0.01"), 180));
        refused("satisfaction.tolerance", () -> new Satisfaction.Policy(d("1"), d("1"), d("0.51"), d("0.01"), 180));
        refused("satisfaction.slaTolerance", () -> new Satisfaction.Policy(d("1"), d("1"), d("0.05"), null, 180));
        refused("satisfaction.slaTolerance", () -> new Satisfaction.Policy(d("1"), d("1"), d("0.05"), d("0.6"), 180));
        refused(
                "satisfaction.surveyHalfLifeDays",
                () -> new Satisfaction.Policy(d("1"), d("1"), d("0.05"), d("0.01"), -1));
    }

    @Test
    void lifecycleRules() {
        Lifecycle.Policy ok = Lifecycle.Policy.standard();
        Map<ChurnSignal, Integer> p = ok.points();
        refused("lifecycle.windowDays", () -> new Lifecycle.Policy(6, d("0.25"), d("0.5"), 10, 2, p, 50, 6, 24));
        refused("lifecycle.windowDays", () -> new Lifecycle.Policy(367, d("0.25"), d("0.5"), 10, 2, p, 50, 6, 24));
        refused("lifecycle.dropThreshold", () -> new Lifecycle.Policy(90, null, d("0.5"), 10, 2, p, 50, 6, 24));
        refused("lifecycle.dropThreshold", () -> new Lifecycle.Policy(90, d("0"), d("0.5"), 10, 2, p, 50, 6, 24));
        refused("lifecycle.dropThreshold", () -> new Lifecycle.Policy(90, d("1.1"), d("0.5"), 10, 2, p, 50, 6, 24));
        refused("lifecycle.riseThreshold", () -> new Lifecycle.Policy(90, d("0.25"), null, 10, 2, p, 50, 6, 24));
        refused("lifecycle.riseThreshold", () -> new Lifecycle.Policy(90, d("0.25"), d("-0.1"), 10, 2, p, 50, 6, 24));
        refused("lifecycle.riseThreshold", () -> new Lifecycle.Policy(90, d("0.25"), d("10.1"), 10, 2, p, 50, 6, 24));
        refused("lifecycle.minimumBase", () -> new Lifecycle.Policy(90, d("0.25"), d("0.5"), 0, 2, p, 50, 6, 24));
        refused("lifecycle.minimumRise", () -> new Lifecycle.Policy(90, d("0.25"), d("0.5"), 10, 0, p, 50, 6, 24));
        refused("lifecycle.signalPoints", () -> new Lifecycle.Policy(90, d("0.25"), d("0.5"), 10, 2, null, 50, 6, 24));
        Map<ChurnSignal, Integer> missing = new EnumMap<>(p);
        missing.remove(ChurnSignal.LOGINS_DOWN);
        refused(
                "lifecycle.signalPoints.LOGINS_DOWN.points",
                () -> new Lifecycle.Policy(90, d("0.25"), d("0.5"), 10, 2, missing, 50, 6, 24));
        Map<ChurnSignal, Integer> tooMany = new EnumMap<>(p);
        tooMany.put(ChurnSignal.VOLUME_DOWN, 101);
        refused(
                "lifecycle.signalPoints.VOLUME_DOWN.points",
                () -> new Lifecycle.Policy(90, d("0.25"), d("0.5"), 10, 2, tooMany, 50, 6, 24));
        refused("lifecycle.declineRisk", () -> new Lifecycle.Policy(90, d("0.25"), d("0.5"), 10, 2, p, 0, 6, 24));
        refused("lifecycle.declineRisk", () -> new Lifecycle.Policy(90, d("0.25"), d("0.5"), 10, 2, p, 101, 6, 24));
        refused(
                "lifecycle.explorationMonths",
                () -> new Lifecycle.Policy(90, d("0.25"), d("0.5"), 10, 2, p, 50, -1, 24));
        refused("lifecycle.formationMonths", () -> new Lifecycle.Policy(90, d("0.25"), d("0.5"), 10, 2, p, 50, 30, 24));
    }

    private static TierDefinition tier(
            String code,
            String name,
            int rank,
            BigDecimal minSwitchingCost,
            Integer minBonds,
            BigDecimal minSla,
            BigDecimal minSatisfaction,
            int review,
            int contact,
            int priority,
            BigDecimal incentive) {
        return new TierDefinition(
                code,
                name,
                rank,
                null,
                minSwitchingCost,
                minBonds,
                false,
                minSla,
                minSatisfaction,
                false,
                review,
                contact,
                priority,
                false,
                incentive);
    }

    @Test
    void aTierNamesItsOwnFieldAndAListPrefixesItsPosition() {
        BigDecimal z = BigDecimal.ZERO;
        refused("code", () -> tier("lower", "N", 1, null, null, null, null, 90, 30, 0, z));
        refused("code", () -> tier(null, "N", 1, null, null, null, null, 90, 30, 0, z));
        refused("name", () -> tier("OK", " ", 1, null, null, null, null, 90, 30, 0, z));
        refused("name", () -> tier("OK", "x".repeat(61), 1, null, null, null, null, 90, 30, 0, z));
        refused("rank", () -> tier("OK", "N", 10, null, null, null, null, 90, 30, 0, z));
        refused("minSwitchingCost", () -> tier("OK", "N", 1, d("101"), null, null, null, 90, 30, 0, z));
        refused("minBonds", () -> tier("OK", "N", 1, null, Bond.values().length + 1, null, null, 90, 30, 0, z));
        refused("minSlaPerformance", () -> tier("OK", "N", 1, null, null, d("2.1"), null, 90, 30, 0, z));
        refused("minSatisfaction", () -> tier("OK", "N", 1, null, null, null, d("-0.1"), 90, 30, 0, z));
        refused("reviewCadenceDays", () -> tier("OK", "N", 1, null, null, null, null, 6, 30, 0, z));
        refused("contactCadenceDays", () -> tier("OK", "N", 1, null, null, null, null, 90, 366, 0, z));
        refused("disputePriority", () -> tier("OK", "N", 1, null, null, null, null, 90, 30, 10, z));
        refused("priceIncentivePercent", () -> tier("OK", "N", 1, null, null, null, null, 90, 30, 0, null));
        refused("priceIncentivePercent", () -> tier("OK", "N", 1, null, null, null, null, 90, 30, 0, d("50.01")));
        refused(
                "tiers[2].minBonds",
                () -> SettingsRules.at("tiers[2]", () -> tier("OK", "N", 1, null, 99, null, null, 90, 30, 0, z)));
        refused(
                "tiers[2]",
                () -> SettingsRules.at("tiers[2]", () -> {
                    throw new IllegalArgumentException("a rule over the whole row");
                }));
    }

    @Test
    void aProxyNamesItsWeightAndScaleAndTheModelNamesTheSection() {
        refused("scale", () -> new ProxyScale(null, d("0"), d("1")));
        refused("zeroAt", () -> new ProxyScale(ProxyScale.Kind.LINEAR, null, d("1")));
        refused("referenceAt", () -> new ProxyScale(ProxyScale.Kind.LINEAR, d("0"), null));
        refused("referenceAt", () -> new ProxyScale(ProxyScale.Kind.LINEAR, d("1"), d("1")));
        refused("weight", () -> new SwitchingCostModel.ProxyWeighting(d("-1"), ProxyScale.linear("0", "1")));
        refused("weight", () -> new SwitchingCostModel.ProxyWeighting(d("1000.1"), ProxyScale.linear("0", "1")));
        refused("scale", () -> new SwitchingCostModel.ProxyWeighting(d("1"), null));
        refused(
                "proxies.EXIT_FEE.weight",
                () -> SettingsRules.at(
                        "proxies.EXIT_FEE",
                        () -> new SwitchingCostModel.ProxyWeighting(null, ProxyScale.linear("0", "1"))));
        SwitchingCostModel m = RelationshipSettings.defaults().model();
        Map<SwitchingCostFacet, BigDecimal> facets = new EnumMap<>(m.facetWeights());
        facets.put(SwitchingCostFacet.values()[0], d("-1"));
        refused(
                "facets." + SwitchingCostFacet.values()[0] + ".weight",
                () -> new SwitchingCostModel(m.proxies(), facets, m.groupWeights()));
        Map<SwitchingCostGroup, BigDecimal> groups = new EnumMap<>(m.groupWeights());
        groups.remove(SwitchingCostGroup.FINANCIAL);
        refused("groups.FINANCIAL", () -> new SwitchingCostModel(m.proxies(), m.facetWeights(), groups));
        groups.put(SwitchingCostGroup.FINANCIAL, BigDecimal.ZERO);
        groups.put(SwitchingCostGroup.PROCEDURAL, BigDecimal.ZERO);
        groups.put(SwitchingCostGroup.RELATIONAL, BigDecimal.ZERO);
        refused("groups", () -> new SwitchingCostModel(m.proxies(), m.facetWeights(), groups));
        Map<SwitchingCostFacet, BigDecimal> noneInGroup = new EnumMap<>(m.facetWeights());
        SwitchingCostFacet.of(SwitchingCostGroup.RELATIONAL).forEach(f -> noneInGroup.put(f, BigDecimal.ZERO));
        refused("facets", () -> new SwitchingCostModel(m.proxies(), noneInGroup, m.groupWeights()));
        Map<Proxy, SwitchingCostModel.ProxyWeighting> noneInFacet = new EnumMap<>(m.proxies());
        Proxy.of(SwitchingCostFacet.values()[0])
                .forEach(p -> noneInFacet.put(
                        p, new SwitchingCostModel.ProxyWeighting(BigDecimal.ZERO, ProxyScale.linear("0", "1"))));
        refused("proxies", () -> new SwitchingCostModel(noneInFacet, m.facetWeights(), m.groupWeights()));
    }
}
