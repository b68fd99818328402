package org.threepl.portal.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.i18n.InEnglish;
import org.threepl.portal.application.relationship.SwitchingCostViews;
import org.threepl.portal.domain.model.relationship.AccountTask;
import org.threepl.portal.domain.model.relationship.Bond;
import org.threepl.portal.domain.model.relationship.ChurnSignal;
import org.threepl.portal.domain.model.relationship.ContactKind;
import org.threepl.portal.domain.model.relationship.Lifecycle;
import org.threepl.portal.domain.model.relationship.LifecycleStage;
import org.threepl.portal.domain.model.relationship.Proxy;
import org.threepl.portal.domain.model.relationship.ProxyScale;
import org.threepl.portal.domain.model.relationship.SatisfactionLevel;
import org.threepl.portal.domain.model.relationship.SatisfactionSurvey;
import org.threepl.portal.domain.model.relationship.SurveyDimension;
import org.threepl.portal.domain.model.relationship.SwitchingCostFacet;
import org.threepl.portal.domain.model.relationship.SwitchingCostGroup;
import org.threepl.portal.domain.model.relationship.TierProposal;
import org.threepl.portal.domain.model.relationship.TierRules;
import org.threepl.portal.domain.model.relationship.Valuation;
import org.threepl.portal.domain.model.relationship.ValueSegment;

/** The relationship pages' texts in both languages, their figures' formats, and where a refused setting is shown. */
class RelationshipPagesTest {

    private static Properties bundle(String name) {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(
                RelationshipPagesTest.class.getResourceAsStream("/org/threepl/portal/i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }

    private static final Properties EN = bundle("messages.properties");
    private static final Properties ZH = bundle("messages_zh_CN.properties");

    /** The keys the pages build from a value: prefix + the value's name (and some + ".hint"). */
    private static List<String> keysFromValues() {
        List<String> keys = new ArrayList<>();
        Map<String, Enum<?>[]> byPrefix = Map.ofEntries(
                Map.entry("rel.segment.", ValueSegment.values()),
                Map.entry("rel.stage.", LifecycleStage.values()),
                Map.entry("rel.risk.", Lifecycle.RiskLevel.values()),
                Map.entry("rel.group.", SwitchingCostGroup.values()),
                Map.entry("rel.facet.", SwitchingCostFacet.values()),
                Map.entry("rel.proxy.", Proxy.values()),
                Map.entry("rel.bond.", Bond.values()),
                Map.entry("rel.bondType.", Bond.Type.values()),
                Map.entry("rel.level.", SatisfactionLevel.values()),
                Map.entry("rel.rule.", TierRules.Rule.values()),
                Map.entry("rel.signal.", ChurnSignal.values()),
                Map.entry("rel.dimension.", SurveyDimension.values()),
                Map.entry("rel.contactKind.", ContactKind.values()),
                Map.entry("rel.taskKind.", AccountTask.Kind.values()),
                Map.entry("rel.proposalState.", TierProposal.State.values()),
                Map.entry("rel.surveyState.", SatisfactionSurvey.State.values()),
                Map.entry("rel.basis.", Valuation.Basis.values()),
                Map.entry("rel.source.", Valuation.Source.values()),
                Map.entry("rel.scale.", ProxyScale.Kind.values()));
        byPrefix.forEach((prefix, values) -> Stream.of(values).forEach(v -> keys.add(prefix + v.name())));
        Stream.of(SwitchingCostFacet.values()).forEach(f -> keys.add("rel.facet." + f.name() + ".hint"));
        Stream.of(Proxy.values()).forEach(p -> keys.add("rel.proxy." + p.name() + ".hint"));
        Stream.of(SurveyDimension.values()).forEach(d -> keys.add("rel.dimension." + d.name() + ".hint"));
        PortfolioBean.SORTS.forEach(s -> keys.add("rel.sort." + s));
        return keys;
    }

    @Test
    void everyValueShownHasItsTextInEnglishAndChinese() {
        for (String key : keysFromValues()) {
            assertTrue(EN.containsKey(key), "English text missing: " + key);
            assertTrue(ZH.containsKey(key), "Chinese text missing: " + key);
        }
    }

    @Test
    void bothBundlesHaveTheSameRelationshipKeys() {
        for (Object key : EN.keySet()) {
            if (key.toString().startsWith("rel.") || key.toString().startsWith("nav.")) {
                assertTrue(ZH.containsKey(key), "Chinese text missing: " + key);
            }
        }
        for (Object key : ZH.keySet()) {
            if (key.toString().startsWith("rel.")) {
                assertTrue(EN.containsKey(key), "English text missing: " + key);
            }
        }
    }

    /** Texts formatted with arguments go through MessageFormat, where a single apostrophe would swallow text. */
    @Test
    void textsFormattedWithArgumentsHaveNoLoneApostrophe() {
        for (Properties p : List.of(EN, ZH)) {
            p.forEach((k, v) -> {
                String text = v.toString();
                if (k.toString().startsWith("rel.") && text.contains("{0}")) {
                    assertFalse(text.replace("''", "").contains("'"), k + " = " + text);
                }
            });
        }
    }

    @Test
    void figuresAreShownInTheirUnits() {
        RelationshipFormat f = new RelationshipFormat();
        assertEquals("—", f.score(null));
        assertEquals("47.2", f.score(new BigDecimal("47.2")));
        assertEquals("103.3 %", f.ratio(new BigDecimal("1.03333")), "C as a share of what was expected");
        assertEquals("0.4", f.weight(new BigDecimal("0.4000")));
        assertEquals("€150,000.00", f.money(new BigDecimal("150000"), "EUR"));
        assertEquals("1 %", f.share(new BigDecimal("0.0100")));
        assertEquals("€150,000.00", f.raw(contribution("MONEY", "150000.0000"), "EUR"));
        assertEquals("3", f.raw(contribution("COUNT", "3.0000"), "EUR"));
        assertEquals("115.7", f.raw(contribution("PER_MONTH", "115.6667"), "EUR"));
        assertEquals("95.2 %", f.raw(contribution("RATIO", "0.95155"), "EUR"));
        assertEquals("2 %", f.raw(contribution("PERCENT", "2"), "EUR"));
        assertEquals("—", f.raw(contribution("MONTHS", null), "EUR"), "no data");
        assertEquals("Rank 3 of 10", f.fill2("Rank {0} of {1}", 3, 10));
        assertEquals("it's 7", f.fill("it's {0}", 7L), "no MessageFormat: the apostrophe stays");
    }

    private static SwitchingCostViews.ContributionView contribution(String unit, String raw) {
        return new SwitchingCostViews.ContributionView(
                "EXIT_FEE",
                "d",
                unit,
                raw == null ? null : new BigDecimal(raw),
                null,
                BigDecimal.ONE,
                BigDecimal.ZERO,
                InEnglish.verbatim("linear"),
                raw != null);
    }

    @Test
    void aRefusedSettingIsShownAtTheInputItsPathNames() {
        assertEquals("settings:segments_vipShare", RelationshipSettingsBean.componentId("segments.vipShare"));
        assertEquals("settings:lifecycle_windowDays", RelationshipSettingsBean.componentId("lifecycle.windowDays"));
        assertEquals("settings:tiers:1:minSegment", RelationshipSettingsBean.componentId("tiers[1].minSegment"));
        assertEquals("settings:proxies:3:weight", RelationshipSettingsBean.componentId("proxies[3].weight"));
        assertEquals(
                "settings:lifecycle_signalPoints:2:points",
                RelationshipSettingsBean.componentId("lifecycle.signalPoints[2].points"));
        assertEquals("settings:contactReminderDays", RelationshipSettingsBean.componentId("contactReminderDays"));
        assertEquals(
                "settings:tiers_section", RelationshipSettingsBean.componentId("tiers"), "a rule over the section");
        assertEquals("settings:tiers_section", RelationshipSettingsBean.componentId("tiers[2]"), "a row as a whole");
        assertEquals("settings:segments_section", RelationshipSettingsBean.componentId("segments"));
        assertEquals(
                "settings:lifecycle_signalPoints_section",
                RelationshipSettingsBean.componentId("lifecycle.signalPoints"));
        assertEquals("settings:groups_section", RelationshipSettingsBean.componentId("groups"));
        assertNull(RelationshipSettingsBean.componentId(null));
    }

    @Test
    void everyIdAFieldPathNamesIsOnThePage() throws java.io.IOException {
        String page = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/webapp/ops/relationship-settings.xhtml"));
        for (String path : List.of(
                "reportingCurrency",
                "valuePeriodMonths",
                "defaultMarginRate",
                "openEndedRemainingMonths",
                "reviewReminderDays",
                "contactReminderDays",
                "segments.vipShare",
                "segments.majorShare",
                "segments.ordinaryShare",
                "lifetime.defaultAnnualChurn",
                "lifetime.minimumClientsForHistory",
                "lifetime.floorMonths",
                "lifetime.capMonths",
                "lifetime.annualDiscountRate",
                "satisfaction.surveyWeight",
                "satisfaction.slaWeight",
                "satisfaction.tolerance",
                "lifecycle.windowDays",
                "lifecycle.dropThreshold",
                "lifecycle.riseThreshold",
                "lifecycle.minimumBase",
                "lifecycle.minimumRise",
                "lifecycle.declineRisk",
                "lifecycle.explorationMonths",
                "lifecycle.formationMonths",
                "segments",
                "lifetime",
                "satisfaction",
                "lifecycle",
                "lifecycle.signalPoints",
                "proxies",
                "facets",
                "groups",
                "exchangeRates",
                "tiers",
                "tiers[0].code",
                "tiers[0].name",
                "tiers[0].rank",
                "tiers[0].minSwitchingCost",
                "tiers[0].minBonds",
                "tiers[0].minSlaPerformance",
                "tiers[0].minSatisfaction",
                "tiers[0].reviewCadenceDays",
                "tiers[0].contactCadenceDays",
                "tiers[0].disputePriority",
                "tiers[0].priceIncentivePercent",
                "proxies[0].weight",
                "proxies[0].scale",
                "proxies[0].zeroAt",
                "proxies[0].referenceAt",
                "facets[0].weight",
                "groups[0].weight",
                "exchangeRates[0].rate",
                "lifecycle.signalPoints[0].points")) {
            String id = RelationshipSettingsBean.componentId(path);
            String own = id.substring(id.lastIndexOf(':') + 1);
            assertTrue(page.contains("<p:message for=\"" + own + "\"/>"), path + " is shown at " + id);
            String first = id.substring("settings:".length()).split(":")[0];
            assertTrue(page.contains("id=\"" + first + "\""), path + ": " + first);
        }
    }
}
