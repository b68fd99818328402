package org.threepl.portal.domain.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.i18n.InEnglish;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** Every score of the switching-cost profile on hand-built signals, with the default configuration. */
class SwitchingCostModelTest {

    private static final SwitchingCostModel MODEL =
            RelationshipSettings.defaults().model();

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void withNothingMeasuredEveryScoreIsZeroAndEveryProxySaysSo() {
        SwitchingCostProfile p = MODEL.profile(MeasuredSignals.none());
        assertEquals(d("0.00"), p.overall());
        for (SwitchingCostProfile.FacetScore f : p.facets()) {
            assertEquals(d("0.00"), f.score(), f.facet().name());
            f.contributions().forEach(c -> {
                assertFalse(c.measured());
                assertEquals(d("0.00"), c.points());
            });
        }
        p.groups().forEach(g -> assertEquals(d("0.00"), g.score()));
        assertEquals(8, p.facets().size());
        assertEquals(3, p.groups().size());
    }

    @Test
    void aNewClientWithZerosEverywhereScoresZero() {
        Map<Proxy, BigDecimal> zeros = new EnumMap<>(Proxy.class);
        for (Proxy proxy : Proxy.values()) {
            if (proxy != Proxy.SLA_PERFORMANCE && proxy != Proxy.SURVEY_SATISFACTION) {
                zeros.put(proxy, BigDecimal.ZERO);
            }
        }
        SwitchingCostProfile p = MODEL.profile(MeasuredSignals.of(zeros));
        assertEquals(d("0.00"), p.overall());
        assertTrue(p.facet(SwitchingCostFacet.SETUP).contributions().stream()
                .allMatch(SwitchingCostProfile.Contribution::measured));
    }

    @Test
    void setUpIsTheWeightedMeanOfItsProxiesWithPointsThatExplainIt() {
        MeasuredSignals s = MeasuredSignals.none()
                .with(Proxy.ACTIVE_API_CREDENTIALS, 3) // linear 0..3 -> 100, weight 1
                .with(Proxy.API_CREDENTIALS_USED, 1) // linear 0..2 -> 50, weight 1
                .with(Proxy.INTEGRATION_AGE_MONTHS, 12) // linear 0..24 -> 50, weight 1
                .with(Proxy.API_TRAFFIC_PER_MONTH, 2000); // saturating, half at 2000 -> 50, weight 2
        SwitchingCostProfile.FacetScore setup = MODEL.profile(s).facet(SwitchingCostFacet.SETUP);
        assertEquals(d("60.00"), setup.score(), "(100 + 50 + 50 + 2 × 50) / 5");
        Map<Proxy, BigDecimal> points = new EnumMap<>(Proxy.class);
        setup.contributions().forEach(c -> points.put(c.proxy(), c.points()));
        assertEquals(d("20.00"), points.get(Proxy.ACTIVE_API_CREDENTIALS));
        assertEquals(d("10.00"), points.get(Proxy.API_CREDENTIALS_USED));
        assertEquals(d("10.00"), points.get(Proxy.INTEGRATION_AGE_MONTHS));
        assertEquals(d("20.00"), points.get(Proxy.API_TRAFFIC_PER_MONTH));
        SwitchingCostProfile.Contribution traffic = setup.contributions().stream()
                .filter(c -> c.proxy() == Proxy.API_TRAFFIC_PER_MONTH)
                .findFirst()
                .orElseThrow();
        assertEquals(d("2000"), traffic.rawValue());
        assertEquals(d("50.00"), traffic.scaled());
        assertEquals(d("2"), traffic.weight());
        assertEquals("saturating: 0 at 0, 50 at 2,000, approaching 100", InEnglish.of(traffic.scale()));
    }

    @Test
    void aProxyWithNoDataIsLeftOutOfItsFacetsMean() {
        MeasuredSignals s = MeasuredSignals.none().with(Proxy.SLA_TERMS, 3).with(Proxy.SHIPMENTS_PER_MONTH, 200);
        SwitchingCostProfile.FacetScore risk = MODEL.profile(s).facet(SwitchingCostFacet.ECONOMIC_RISK);
        assertEquals(d("50.00"), risk.score(), "SLA performance unknown: the mean of the other two (50 and 50)");
        SwitchingCostProfile.Contribution sla = risk.contributions().get(0);
        assertEquals(Proxy.SLA_PERFORMANCE, sla.proxy());
        assertFalse(sla.measured());
        assertEquals(d("0.00"), sla.points());

        SwitchingCostProfile.FacetScore withSla =
                MODEL.profile(s.with(Proxy.SLA_PERFORMANCE, d("1.05"))).facet(SwitchingCostFacet.ECONOMIC_RISK);
        assertEquals(d("75.00"), withSla.score(), "(2 × 100 + 50 + 50) / 4");
    }

    @Test
    void groupsAndTheIndexAreWeightedMeansOfTheScoresBelow() {
        MeasuredSignals s = MeasuredSignals.none()
                .with(Proxy.ACTIVE_API_CREDENTIALS, 3)
                .with(Proxy.API_CREDENTIALS_USED, 1)
                .with(Proxy.INTEGRATION_AGE_MONTHS, 12)
                .with(Proxy.API_TRAFFIC_PER_MONTH, 2000)
                .with(Proxy.RELATIONSHIP_TENURE_MONTHS, 60); // brand: 100
        SwitchingCostProfile p = MODEL.profile(s);
        assertEquals(
                d("15.00"),
                p.group(SwitchingCostGroup.PROCEDURAL).score(),
                "set-up 60 among four equally weighted facets");
        assertEquals(d("0.00"), p.group(SwitchingCostGroup.FINANCIAL).score());
        assertEquals(d("50.00"), p.group(SwitchingCostGroup.RELATIONAL).score(), "brand 100, personal 0");
        assertEquals(d("21.00"), p.overall(), "0.4 × 15 + 0.3 × 0 + 0.3 × 50");
        assertEquals(d("6.00"), p.overallShares().get(0).points());
        assertEquals(d("15.00"), p.overallShares().get(2).points());
    }

    @Test
    void extremeValuesGiveAHundredEverywhere() {
        Map<Proxy, BigDecimal> huge = new EnumMap<>(Proxy.class);
        for (Proxy proxy : Proxy.values()) {
            huge.put(proxy, new BigDecimal("1e30"));
        }
        SwitchingCostProfile p = MODEL.profile(MeasuredSignals.of(huge));
        assertEquals(d("100.00"), p.overall());
        p.facets().forEach(f -> assertEquals(d("100.00"), f.score(), f.facet().name()));
        p.groups().forEach(g -> assertEquals(d("100.00"), g.score(), g.group().name()));
    }

    @Test
    void everyScoresPointsAddUpToTheScoreAndTheSameFactsGiveTheSameProfile() {
        Random r = new Random(7);
        for (int run = 0; run < 300; run++) {
            Map<Proxy, BigDecimal> values = new EnumMap<>(Proxy.class);
            for (Proxy proxy : Proxy.values()) {
                if (r.nextInt(5) > 0) {
                    values.put(proxy, BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(4)));
                }
            }
            SwitchingCostProfile p = MODEL.profile(MeasuredSignals.of(values));
            for (SwitchingCostProfile.FacetScore f : p.facets()) {
                assertEquals(
                        f.score(),
                        f.contributions().stream()
                                .map(SwitchingCostProfile.Contribution::points)
                                .reduce(d("0.00"), BigDecimal::add));
                assertTrue(f.score().signum() >= 0 && f.score().compareTo(d("100")) <= 0);
            }
            for (SwitchingCostProfile.GroupScore g : p.groups()) {
                assertEquals(
                        g.score(),
                        g.facets().stream()
                                .map(SwitchingCostProfile.Share::points)
                                .reduce(d("0.00"), BigDecimal::add));
            }
            assertEquals(
                    p.overall(),
                    p.overallShares().stream()
                            .map(SwitchingCostProfile.Share::points)
                            .reduce(d("0.00"), BigDecimal::add));
            assertEquals(p, MODEL.profile(MeasuredSignals.of(values)));
        }
    }

    @Test
    void aProxyWeightedZeroAddsNothingEvenAtItsMaximum() {
        Map<Proxy, SwitchingCostModel.ProxyWeighting> proxies = new EnumMap<>(MODEL.proxies());
        proxies.put(
                Proxy.SAVED_FILTERS,
                new SwitchingCostModel.ProxyWeighting(BigDecimal.ZERO, ProxyScale.linear("0", "1")));
        SwitchingCostModel model = new SwitchingCostModel(proxies, MODEL.facetWeights(), MODEL.groupWeights());
        SwitchingCostProfile.FacetScore learning = model.profile(MeasuredSignals.none()
                        .with(Proxy.SAVED_FILTERS, 50)
                        .with(Proxy.ACTIVE_PORTAL_USERS, 0)
                        .with(Proxy.SIGN_INS_PER_MONTH, 0))
                .facet(SwitchingCostFacet.LEARNING);
        assertEquals(d("0.00"), learning.score());
    }

    @Test
    void inconsistentConfigurationsAreRefused() {
        Map<Proxy, SwitchingCostModel.ProxyWeighting> noSetup = new EnumMap<>(MODEL.proxies());
        for (Proxy proxy : Proxy.of(SwitchingCostFacet.SETUP)) {
            noSetup.put(proxy, new SwitchingCostModel.ProxyWeighting(BigDecimal.ZERO, ProxyScale.linear("0", "1")));
        }
        DomainRuleViolation e = assertThrows(
                DomainRuleViolation.class,
                () -> new SwitchingCostModel(noSetup, MODEL.facetWeights(), MODEL.groupWeights()));
        assertTrue(e.getMessage().contains("setup"), e.getMessage());

        Map<Proxy, SwitchingCostModel.ProxyWeighting> missing = new EnumMap<>(MODEL.proxies());
        missing.remove(Proxy.EXIT_FEE);
        assertThrows(
                DomainRuleViolation.class,
                () -> new SwitchingCostModel(missing, MODEL.facetWeights(), MODEL.groupWeights()));

        assertThrows(
                DomainRuleViolation.class,
                () -> new SwitchingCostModel.ProxyWeighting(d("-1"), ProxyScale.linear("0", "1")));

        Map<SwitchingCostFacet, BigDecimal> financialOff = new EnumMap<>(MODEL.facetWeights());
        financialOff.put(SwitchingCostFacet.BENEFIT_LOSS, BigDecimal.ZERO);
        financialOff.put(SwitchingCostFacet.MONETARY_LOSS, BigDecimal.ZERO);
        assertThrows(
                DomainRuleViolation.class,
                () -> new SwitchingCostModel(MODEL.proxies(), financialOff, MODEL.groupWeights()));

        Map<SwitchingCostGroup, BigDecimal> allOff = new EnumMap<>(SwitchingCostGroup.class);
        for (SwitchingCostGroup g : SwitchingCostGroup.values()) {
            allOff.put(g, BigDecimal.ZERO);
        }
        assertThrows(
                DomainRuleViolation.class, () -> new SwitchingCostModel(MODEL.proxies(), MODEL.facetWeights(), allOff));

        Map<SwitchingCostGroup, BigDecimal> financialOnlyOff = new EnumMap<>(MODEL.groupWeights());
        financialOnlyOff.put(SwitchingCostGroup.FINANCIAL, BigDecimal.ZERO);
        SwitchingCostProfile p = new SwitchingCostModel(MODEL.proxies(), MODEL.facetWeights(), financialOnlyOff)
                .profile(MeasuredSignals.none()
                        .with(Proxy.EXIT_FEE, new BigDecimal("1e9"))
                        .with(Proxy.RELATIONSHIP_TENURE_MONTHS, 60));
        assertEquals(d("50.00"), p.group(SwitchingCostGroup.FINANCIAL).score());
        assertEquals(d("21.43"), p.overall(), "financial switched off: relational 50 × 30 / 70");
    }

    @Test
    void signalsAreNeverNegative() {
        assertThrows(
                IllegalArgumentException.class, () -> MeasuredSignals.none().with(Proxy.SAVED_FILTERS, -1));
        assertThrows(IllegalArgumentException.class, () -> MeasuredSignals.of(Map.of(Proxy.EXIT_FEE, d("-0.01"))));
        assertEquals(
                MeasuredSignals.none().values(),
                MeasuredSignals.none()
                        .with(Proxy.EXIT_FEE, 5)
                        .with(Proxy.EXIT_FEE, null)
                        .values());
    }

    @Test
    void eachProxyFeedsOneFacetAndEveryFacetHasProxies() {
        for (SwitchingCostFacet f : SwitchingCostFacet.values()) {
            assertFalse(Proxy.of(f).isEmpty(), f.name());
        }
        assertEquals(4, SwitchingCostFacet.of(SwitchingCostGroup.PROCEDURAL).size());
        assertEquals(2, SwitchingCostFacet.of(SwitchingCostGroup.FINANCIAL).size());
        assertEquals(2, SwitchingCostFacet.of(SwitchingCostGroup.RELATIONAL).size());
    }
}
