package org.threepl.portal.domain.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;

/** The settings: defaults equal the migration's seed, updates are checked part by part, money converts. */
class RelationshipSettingsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Actor OPS = Actor.user(1, "ops.admin");
    private static final Actor AM = Actor.user(5, "am.lee");

    private static String migration() throws IOException {
        return Files.readString(Path.of("src/main/resources/db/migration/V14__relationship.sql"));
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theColumnsAddedLaterDefaultToTheDocumentedDefaults() throws IOException {
        String sql = Files.readString(
                Path.of("src/main/resources/db/migration/V34__tier_stability_and_satisfaction_bands.sql"));
        RelationshipSettings.Values v = RelationshipSettings.defaultValues();
        assertEquals(0, v.tierStability().holdMargin().compareTo(added(sql, "tier_hold_margin")));
        assertEquals(
                v.tierStability().downgradeAfterDays(),
                added(sql, "tier_downgrade_days").intValueExact());
        assertEquals(0, v.satisfaction().slaTolerance().compareTo(added(sql, "satisfaction_sla_tolerance")));
        assertEquals(
                v.satisfaction().surveyHalfLifeDays(),
                added(sql, "survey_half_life_days").intValueExact());
        String v38 = Files.readString(Path.of("src/main/resources/db/migration/V38__lifetime_value_per_client.sql"));
        assertEquals(0, v.lifetime().annualDiscountRate().compareTo(added(v38, "annual_discount_rate")));
    }

    /** A proxy's weighting from a match of (name, weight, scale kind, zero at, reference at). */
    private static SwitchingCostModel.ProxyWeighting weighting(Matcher m) {
        return new SwitchingCostModel.ProxyWeighting(
                d(m.group(2)), new ProxyScale(ProxyScale.Kind.valueOf(m.group(3)), d(m.group(4)), d(m.group(5))));
    }

    /** The default a migration gives a column it adds. */
    private static BigDecimal added(String sql, String column) {
        Matcher m = Pattern.compile("add column " + column + " [a-z]+(\\([\\d, ]+\\))? default ([\\d.]+) not null")
                .matcher(sql);
        if (!m.find()) {
            throw new AssertionError("no default for " + column);
        }
        return d(m.group(2));
    }

    @Test
    void theMigrationSeedsExactlyTheDocumentedDefaults() throws IOException {
        String sql = migration();
        RelationshipSettings.Values v = RelationshipSettings.defaultValues();
        Matcher m = Pattern.compile("\\(1, '(\\w+)', ([\\d.]+), '(LINEAR|SATURATING)', ([\\d.]+), ([\\d.]+)\\)")
                .matcher(sql);
        Map<String, SwitchingCostModel.ProxyWeighting> byName = new TreeMap<>();
        while (m.find()) {
            byName.put(m.group(1), weighting(m));
        }
        // V35 replaced the settled credits by what a client forfeits
        String v35 = Files.readString(Path.of("src/main/resources/db/migration/V35__benefit_loss.sql"));
        Matcher retired = Pattern.compile("delete from relationship_proxy_setting where proxy = '(\\w+)'")
                .matcher(v35);
        while (retired.find()) {
            assertTrue(Proxy.RETIRED.containsKey(retired.group(1)), retired.group(1));
            byName.remove(retired.group(1));
        }
        Matcher added = Pattern.compile(
                        "select id, '(\\w+)', ([\\d.]+), '(LINEAR|SATURATING)', ([\\d.]+), ([\\d.]+) from")
                .matcher(v35);
        while (added.find()) {
            byName.put(added.group(1), weighting(added));
        }
        Map<Proxy, SwitchingCostModel.ProxyWeighting> seeded = new EnumMap<>(Proxy.class);
        byName.forEach((name, w) -> seeded.put(Proxy.valueOf(name), w));
        assertEquals(Proxy.values().length, seeded.size(), "every proxy seeded");
        for (Proxy p : Proxy.values()) {
            assertEquals(0, v.proxies().get(p).weight().compareTo(seeded.get(p).weight()), p.name());
            assertEquals(v.proxies().get(p).scale(), seeded.get(p).scale(), p.name());
        }
        Matcher pts = Pattern.compile("\\(1, '(\\w+)', (\\d+)\\)").matcher(sql);
        Map<String, Integer> small = new TreeMap<>();
        while (pts.find()) {
            small.put(pts.group(1), Integer.parseInt(pts.group(2)));
        }
        v.lifecycle().points().forEach((s, p) -> assertEquals(p, small.get(s.name()), s.name()));
        v.groupWeights().forEach((g, w) -> assertEquals(w.intValueExact(), small.get(g.name()), g.name()));
        v.facetWeights().forEach((f, w) -> assertEquals(w.intValueExact(), small.get(f.name()), f.name()));
        Matcher rates = Pattern.compile("\\(1, '([A-Z]{3})', ([\\d.]+)\\)").matcher(sql);
        Map<String, BigDecimal> seededRates = new TreeMap<>();
        while (rates.find()) {
            seededRates.put(rates.group(1), d(rates.group(2)));
        }
        assertEquals(v.exchangeRates(), seededRates);
        String config = sql.substring(sql.indexOf("values (1, 'EUR'"));
        config = config.substring(0, config.indexOf(';'));
        assertEquals(
                "values (1, 'EUR', 'REVENUE', 12, 0.15, true, 3, 0.01, 0.05, 0.20, 0.15, 20, 6, 120, 0.6, "
                        + "0.4, 0.05, 90, 0.25, 0.50, 10, 2, 50,"
                        + " 6, 24, 14, 7, 'migration V14', timestamp '2026-01-01 00:00:00', 0)",
                config.replaceAll("\\s+", " ").replace("( ", "("),
                "the scalar settings in the order of the columns");
        assertEquals(
                String.join(
                        ",",
                        v.reportingCurrency(),
                        v.valueBasis().name(),
                        "" + v.valuePeriodMonths(),
                        v.defaultMarginRate().toPlainString(),
                        "" + v.contractFeeFallback(),
                        "" + v.openEndedRemainingMonths(),
                        v.segments().vipShare().toPlainString(),
                        v.segments().majorShare().toPlainString(),
                        v.segments().ordinaryShare().toPlainString(),
                        v.lifetime().defaultAnnualChurn().toPlainString(),
                        "" + v.lifetime().minimumClientsForHistory(),
                        "" + v.lifetime().floorMonths(),
                        "" + v.lifetime().capMonths(),
                        v.satisfaction().surveyWeight().toPlainString(),
                        v.satisfaction().slaWeight().toPlainString(),
                        v.satisfaction().tolerance().toPlainString(),
                        "" + v.lifecycle().windowDays(),
                        v.lifecycle().dropThreshold().toPlainString(),
                        v.lifecycle().riseThreshold().toPlainString(),
                        "" + v.lifecycle().minimumBase(),
                        "" + v.lifecycle().minimumRise(),
                        "" + v.lifecycle().declineRisk(),
                        "" + v.lifecycle().explorationMonths(),
                        "" + v.lifecycle().formationMonths(),
                        "" + v.reviewReminderDays(),
                        "" + v.contactReminderDays()),
                "EUR,REVENUE,12,0.15,true,3,0.01,0.05,0.20,0.15,20,6,120,0.6,0.4,0.05,90,0.25,0.50,10,2,50,6,24,14,7");
        for (TierDefinition t : v.tiers()) {
            assertTrue(sql.contains("(1, '" + t.code() + "', '" + t.name() + "', " + t.rank() + ", "), t.code());
        }
    }

    @Test
    void theDefaultsHoldTogether() {
        RelationshipSettings s = RelationshipSettings.defaults();
        RelationshipSettings.check(s.values());
        assertEquals("TRANSACTIONAL", s.lowestTier().code());
        assertEquals(
                List.of("TRANSACTIONAL", "PREFERRED", "STRATEGIC_PARTNER"),
                s.tiers().stream().map(TierDefinition::code).toList());
        assertEquals(new BigDecimal("40"), s.model().groupWeights().get(SwitchingCostGroup.PROCEDURAL));
    }

    @Test
    void valuesRoundTrip() {
        RelationshipSettings s = RelationshipSettings.defaults();
        RelationshipSettings.Values v = s.values();
        s.update(v, OPS, NOW);
        assertEquals(v, s.values());
        assertEquals(OPS, s.updatedBy());
    }

    @Test
    void anUpdateIsCheckedPartByPartAndRefusedWhole() {
        RelationshipSettings s = RelationshipSettings.defaults();
        RelationshipSettings.Values v = s.values();
        assertEquals("reportingCurrency", refused(s, with(v, "reportingCurrency", "EURO")));
        assertEquals("valuePeriodMonths", refused(s, with(v, "valuePeriodMonths", 0)));
        assertEquals("defaultMarginRate", refused(s, with(v, "defaultMarginRate", d("2"))));
        Map<SwitchingCostGroup, BigDecimal> groups = new EnumMap<>(SwitchingCostGroup.class);
        groups.put(SwitchingCostGroup.PROCEDURAL, BigDecimal.ZERO);
        groups.put(SwitchingCostGroup.FINANCIAL, BigDecimal.ZERO);
        groups.put(SwitchingCostGroup.RELATIONAL, BigDecimal.ZERO);
        assertEquals("groups", refused(s, with(v, "groupWeights", groups)));
        Map<String, BigDecimal> badRate = new TreeMap<>(v.exchangeRates());
        badRate.put("GBP", BigDecimal.ZERO);
        assertEquals("exchangeRates.GBP.rate", refused(s, with(v, "exchangeRates", badRate)));
        Map<String, BigDecimal> badCurrency = new TreeMap<>(v.exchangeRates());
        badCurrency.put("XYZW", BigDecimal.ONE);
        assertEquals("exchangeRates", refused(s, with(v, "exchangeRates", badCurrency)));
        assertEquals("valueBasis", refused(s, with(v, "valueBasis", null)));
        assertEquals("openEndedRemainingMonths", refused(s, with(v, "openEndedRemainingMonths", 61)));
        assertEquals("reviewReminderDays", refused(s, with(v, "reviewReminderDays", 91)));
        assertEquals("contactReminderDays", refused(s, with(v, "contactReminderDays", -1)));
        assertEquals("segments", refused(s, with(v, "segments", null)));
        assertEquals("lifecycle", refused(s, with(v, "lifecycle", null)));
        Map<Proxy, SwitchingCostModel.ProxyWeighting> noExitFee = new EnumMap<>(v.proxies());
        noExitFee.remove(Proxy.EXIT_FEE);
        assertEquals("proxies.EXIT_FEE", refused(s, with(v, "proxies", noExitFee)));
        List<TierDefinition> noTiers = new ArrayList<>();
        assertEquals("tiers", refused(s, with(v, "tiers", noTiers)));
        assertEquals(v, s.values(), "nothing changed");
        assertEquals(RelationshipSettings.DEFAULTS, s.updatedBy());
        assertEquals(Actor.Kind.SYSTEM, s.updatedBy().kind(), "the defaults are the portal's, not a person's");
    }

    @Test
    void aSeededNameIsKnownByCodeAndNameWithoutBuildingTheDefaults() {
        assertTrue(RelationshipSettings.isSeededName("PREFERRED", "Preferred"));
        assertTrue(RelationshipSettings.isSeededName("STRATEGIC_PARTNER", "Strategic partner"));
        assertTrue(
                !RelationshipSettings.isSeededName("PREFERRED", "Preferred plus"), "renamed by the operations admins");
        assertTrue(!RelationshipSettings.isSeededName("GOLD", "Preferred"), "another tier's seeded name");
        assertTrue(!RelationshipSettings.isSeededName(null, null));
        for (TierDefinition t : RelationshipSettings.defaultValues().tiers()) {
            assertTrue(RelationshipSettings.isSeededName(t.code(), t.name()), t.code());
        }
    }

    @Test
    void amountsConvertIntoTheReportingCurrency() {
        RelationshipSettings s = RelationshipSettings.defaults();
        assertEquals(d("1170.0000"), s.toReporting(d("1000"), "GBP").orElseThrow());
        assertEquals(d("1000"), s.toReporting(d("1000"), "EUR").orElseThrow());
        assertTrue(s.toReporting(d("1000"), "XAF").isEmpty(), "no rate: not converted");
        assertEquals(BigDecimal.ONE, s.exchangeRates().get("EUR"));
        RelationshipSettings.Values gbp = with(s.values(), "reportingCurrency", "GBP");
        s.update(gbp, OPS, NOW);
        assertEquals(d("1000"), s.toReporting(d("1000"), "GBP").orElseThrow());
        assertTrue(
                !s.exchangeRates().containsKey("GBP")
                        || s.exchangeRates().get("GBP").compareTo(BigDecimal.ONE) == 0,
                "the reporting currency's own rate is 1");
    }

    @Test
    void contactsAreLoggedOnceTheyHappened() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        ContactLogEntry e = new ContactLogEntry(
                1L,
                ContactKind.BUSINESS_REVIEW,
                today,
                " Ms Chen ",
                " Q4 review ",
                " send plan ",
                today.plusDays(7),
                AM,
                NOW,
                today);
        assertEquals("Ms Chen", e.contactPerson());
        assertEquals("Q4 review", e.summary());
        assertThrows(
                DomainRuleViolation.class,
                () -> new ContactLogEntry(
                        1L, ContactKind.CALL, today.plusDays(1), null, "x", null, null, AM, NOW, today));
        assertThrows(
                DomainRuleViolation.class,
                () -> new ContactLogEntry(
                        1L, ContactKind.CALL, today.minusYears(3), null, "x", null, null, AM, NOW, today));
        assertThrows(
                DomainRuleViolation.class,
                () -> new ContactLogEntry(1L, ContactKind.CALL, today, null, " ", null, null, AM, NOW, today));
        assertThrows(
                DomainRuleViolation.class,
                () -> new ContactLogEntry(
                        1L, ContactKind.CALL, today, null, "x".repeat(2001), null, null, AM, NOW, today));
        assertThrows(
                DomainRuleViolation.class,
                () -> new ContactLogEntry(1L, ContactKind.CALL, today, null, "x", null, today, AM, NOW, today),
                "a due day without a next step");
        assertThrows(
                DomainRuleViolation.class,
                () -> new ContactLogEntry(
                        1L, ContactKind.CALL, today, null, "x", "y", today.minusDays(1), AM, NOW, today));
        assertThrows(
                DomainRuleViolation.class,
                () -> new ContactLogEntry(1L, ContactKind.CALL, null, null, "x", null, null, AM, NOW, today));
        assertThrows(
                NullPointerException.class,
                () -> new ContactLogEntry(1L, null, today, null, "x", null, null, AM, NOW, today));
    }

    @Test
    void factsAreRecordedAsAWholeAndChecked() {
        RelationshipFacts f = new RelationshipFacts(1L);
        f.record(
                Money.of("25000", "GBP"),
                " 2 racks ",
                Money.of("80000", "GBP"),
                d("1.5"),
                Money.of("4000", "GBP"),
                " watch the renewal ",
                AM,
                NOW);
        assertEquals(Money.of("25000", "GBP"), f.exitFee());
        assertEquals("2 racks", f.dedicatedAssets());
        assertEquals(Money.of("4000", "GBP"), f.accruedRebates());
        assertEquals("watch the renewal", f.internalNote());
        f.record(null, null, null, null, null, null, AM, NOW);
        assertEquals(null, f.exitFee());
        assertEquals(
                "exitFee", refusedFacts(() -> f.record(Money.of("-1", "EUR"), null, null, null, null, null, AM, NOW)));
        assertEquals(
                "dedicatedAssets",
                refusedFacts(() -> f.record(null, null, Money.of("1", "EUR"), null, null, null, AM, NOW)),
                "a value of what?");
        assertEquals(
                "dedicatedAssetsValue",
                refusedFacts(() -> f.record(null, "2 racks", Money.of("-1", "EUR"), null, null, null, AM, NOW)));
        assertEquals(
                "volumeDiscountPercent", refusedFacts(() -> f.record(null, null, null, d("51"), null, null, AM, NOW)));
        assertEquals(
                "dedicatedAssets",
                refusedFacts(() -> f.record(null, "x".repeat(501), null, null, null, null, AM, NOW)));
        assertEquals(
                "accruedRebates",
                refusedFacts(() -> f.record(null, null, null, null, Money.of("-1", "EUR"), null, AM, NOW)),
                "rebates forfeited are not negative");
        assertEquals(
                "internalNote", refusedFacts(() -> f.record(null, null, null, null, null, "x".repeat(2001), AM, NOW)));
    }

    private static String refusedFacts(Runnable record) {
        return assertThrows(DomainRuleViolation.class, record::run).field();
    }

    private static String refused(RelationshipSettings s, RelationshipSettings.Values v) {
        return assertThrows(DomainRuleViolation.class, () -> s.update(v, OPS, NOW))
                .field();
    }

    /** A copy of the values with one component replaced (by its record component name). */
    private static RelationshipSettings.Values with(RelationshipSettings.Values v, String component, Object value) {
        try {
            var components = RelationshipSettings.Values.class.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getName().equals(component)
                        ? value
                        : components[i].getAccessor().invoke(v);
            }
            return RelationshipSettings.Values.class
                    .getDeclaredConstructor(types)
                    .newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
