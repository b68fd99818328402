package org.threepl.portal.domain.model.relationship;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The documented defaults of the relationship settings, the same as the migration seeds. */
final class SettingsDefaults {

    /** The names the portal seeds its tiers with, by code (the same as {@link #values()}' tiers). */
    static final Map<String, String> SEEDED_NAMES = Map.of(
            "TRANSACTIONAL", "Transactional", "PREFERRED", "Preferred", "STRATEGIC_PARTNER", "Strategic partner");

    private SettingsDefaults() {}

    static RelationshipSettings.Values values() {
        Map<Proxy, SwitchingCostModel.ProxyWeighting> p = new EnumMap<>(Proxy.class);
        p.put(Proxy.SLA_PERFORMANCE, w("2", ProxyScale.linear("0.90", "1.05")));
        p.put(Proxy.SLA_TERMS, w("1", ProxyScale.linear("0", "6")));
        p.put(Proxy.SHIPMENTS_PER_MONTH, w("1", ProxyScale.saturating("0", "200")));
        p.put(Proxy.DISPUTE_PROCEDURES, w("1", ProxyScale.linear("0", "2")));
        p.put(Proxy.CONTRACT_SERVICES, w("1", ProxyScale.linear("0", "5")));
        p.put(Proxy.ACTIVE_PORTAL_USERS, w("2", ProxyScale.saturating("0", "5")));
        p.put(Proxy.SAVED_FILTERS, w("1", ProxyScale.saturating("0", "5")));
        p.put(Proxy.SIGN_INS_PER_MONTH, w("1", ProxyScale.saturating("0", "20")));
        p.put(Proxy.ACTIVE_API_CREDENTIALS, w("1", ProxyScale.linear("0", "3")));
        p.put(Proxy.API_CREDENTIALS_USED, w("1", ProxyScale.linear("0", "2")));
        p.put(Proxy.INTEGRATION_AGE_MONTHS, w("1", ProxyScale.linear("0", "24")));
        p.put(Proxy.API_TRAFFIC_PER_MONTH, w("2", ProxyScale.saturating("0", "2000")));
        p.put(Proxy.PRICE_INCENTIVE_PERCENT, w("2", ProxyScale.linear("0", "10")));
        p.put(Proxy.UNUSED_CREDITS, w("1", ProxyScale.saturating("0", "10000")));
        p.put(Proxy.ACCRUED_REBATES, w("1", ProxyScale.saturating("0", "25000")));
        p.put(Proxy.REMAINING_CONTRACT_VALUE, w("2", ProxyScale.saturating("0", "250000")));
        p.put(Proxy.EXIT_FEE, w("1", ProxyScale.saturating("0", "50000")));
        p.put(Proxy.DEDICATED_ASSETS, w("1", ProxyScale.saturating("0", "100000")));
        p.put(Proxy.ACCOUNT_MANAGER_TENURE_MONTHS, w("2", ProxyScale.linear("0", "36")));
        p.put(Proxy.CONTACTS_PER_QUARTER, w("1", ProxyScale.linear("0", "6")));
        p.put(Proxy.BUSINESS_REVIEWS_PER_YEAR, w("1", ProxyScale.linear("0", "4")));
        p.put(Proxy.RELATIONSHIP_TENURE_MONTHS, w("2", ProxyScale.linear("0", "60")));
        p.put(Proxy.SURVEY_SATISFACTION, w("2", ProxyScale.linear("0.80", "1.20")));
        Map<SwitchingCostFacet, BigDecimal> f = new EnumMap<>(SwitchingCostFacet.class);
        for (SwitchingCostFacet facet : SwitchingCostFacet.values()) {
            f.put(facet, BigDecimal.ONE);
        }
        Map<SwitchingCostGroup, BigDecimal> g = new EnumMap<>(SwitchingCostGroup.class);
        g.put(SwitchingCostGroup.PROCEDURAL, new BigDecimal("40"));
        g.put(SwitchingCostGroup.FINANCIAL, new BigDecimal("30"));
        g.put(SwitchingCostGroup.RELATIONAL, new BigDecimal("30"));
        Map<String, BigDecimal> rates = new TreeMap<>();
        rates.put("CHF", new BigDecimal("1.06"));
        rates.put("CNY", new BigDecimal("0.128"));
        rates.put("GBP", new BigDecimal("1.17"));
        rates.put("JPY", new BigDecimal("0.0061"));
        rates.put("PLN", new BigDecimal("0.233"));
        rates.put("USD", new BigDecimal("0.92"));
        List<TierDefinition> tiers = List.of(
                new TierDefinition(
                        "TRANSACTIONAL",
                        SEEDED_NAMES.get("TRANSACTIONAL"),
                        0,
                        null,
                        null,
                        null,
                        false,
                        null,
                        null,
                        false,
                        365,
                        90,
                        0,
                        false,
                        BigDecimal.ZERO),
                new TierDefinition(
                        "PREFERRED",
                        SEEDED_NAMES.get("PREFERRED"),
                        1,
                        null,
                        new BigDecimal("40"),
                        3,
                        false,
                        new BigDecimal("0.95"),
                        new BigDecimal("0.95"),
                        true,
                        180,
                        45,
                        1,
                        false,
                        new BigDecimal("2")),
                new TierDefinition(
                        "STRATEGIC_PARTNER",
                        SEEDED_NAMES.get("STRATEGIC_PARTNER"),
                        2,
                        ValueSegment.MAJOR,
                        new BigDecimal("60"),
                        5,
                        true,
                        new BigDecimal("0.98"),
                        new BigDecimal("1.00"),
                        true,
                        90,
                        30,
                        2,
                        true,
                        new BigDecimal("5")));
        return new RelationshipSettings.Values(
                "EUR",
                Valuation.Basis.REVENUE,
                12,
                new BigDecimal("0.15"),
                true,
                3,
                ValueSegmentation.Thresholds.standard(),
                CustomerLifetimeValue.Policy.standard(),
                Satisfaction.Policy.standard(),
                Lifecycle.Policy.standard(),
                14,
                7,
                p,
                f,
                g,
                rates,
                tiers,
                TierRules.Stability.standard());
    }

    private static SwitchingCostModel.ProxyWeighting w(String weight, ProxyScale scale) {
        return new SwitchingCostModel.ProxyWeighting(new BigDecimal(weight), scale);
    }
}
