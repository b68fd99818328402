package org.threepl.portal.application.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.i18n.InEnglish;
import org.threepl.portal.domain.model.relationship.TierRules;

/** What a client is shown of its relationship: field by field, against a view holding every internal fact. */
class ClientDisclosureTest {

    private static final String EVIDENCE = "Two dedicated pick faces and a returns cell in the Tilbury DC";

    private static TierViews.TierView tierWithEveryRule(String code, int rank) {
        List<TierViews.EntryRule> rules = Arrays.stream(TierRules.Rule.values())
                .map(r -> new TierViews.EntryRule(r.name(), "rule " + r.name()))
                .toList();
        return new TierViews.TierView(
                code,
                code,
                rank,
                new TierViews.Benefits(true, 90, 30, 2, true, new BigDecimal("1.5")),
                rules.stream().map(TierViews.EntryRule::text).toList(),
                rules);
    }

    private static ProfileViews.ClientSummary everything() {
        List<TierViews.RuleCheck> checks = Arrays.stream(TierRules.Rule.values())
                .map(r -> new TierViews.RuleCheck(
                        r.name(), "1", "0", r == TierRules.Rule.SATISFACTION, BigDecimal.ONE, null))
                .toList();
        TierViews.TierProgress next =
                new TierViews.TierProgress(tierWithEveryRule("STRATEGIC", 2), false, 1, checks.size(), checks);
        TierViews.TierStatus status = new TierViews.TierStatus(
                1L,
                "Acme",
                tierWithEveryRule("PREFERRED", 1),
                Instant.EPOCH,
                next,
                List.of(tierWithEveryRule("PREFERRED", 1), tierWithEveryRule("STRATEGIC", 2)),
                LocalDate.of(2026, 11, 30));
        return new ProfileViews.ClientSummary(
                1L,
                "Acme",
                status,
                LocalDate.of(2020, 1, 1),
                List.of("Li Wei"),
                List.of(
                        new ProfileViews.BondView("DEDICATED_ASSETS", "STRUCTURAL", true, InEnglish.verbatim(EVIDENCE)),
                        new ProfileViews.BondView(
                                "PRICE_INCENTIVE",
                                "FINANCIAL",
                                true,
                                InEnglish.verbatim("a volume discount of 1.5 % is recorded"))),
                new ProfileViews.SatisfactionView(
                        new BigDecimal("1.02"),
                        new BigDecimal("0.98"),
                        new BigDecimal("1.00"),
                        "SATISFIED",
                        InEnglish.verbatim("C")),
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 12, 1),
                1,
                LocalDate.of(2026, 11, 30));
    }

    @Test
    void aClientSeesNoRetentionBondsNorTheirEvidence() {
        ProfileViews.ClientSummary shown = ClientDisclosure.summary(everything());
        assertTrue(shown.bonds().isEmpty());
        String json = shown.toString(); // records print every component, nested ones too
        assertFalse(json.contains(EVIDENCE), json);
        assertFalse(json.contains("volume discount"), json);
    }

    @Test
    void aClientSeesOnlyTheEntryRulesAboutWhatItBuysAndHowItIsServed() {
        TierViews.TierStatus shown = ClientDisclosure.summary(everything()).tier();
        List<String> visible = List.of("SEGMENT", "SLA_PERFORMANCE", "SATISFACTION");
        for (TierViews.TierView t : shown.tiers()) {
            assertEquals(
                    visible, t.rules().stream().map(TierViews.EntryRule::rule).toList());
            assertEquals(3, t.entryRules().size());
        }
        assertEquals(
                visible,
                shown.tier().rules().stream().map(TierViews.EntryRule::rule).toList());
        assertEquals(
                visible,
                shown.next().checks().stream().map(TierViews.RuleCheck::rule).toList());
        assertEquals(3, shown.next().total());
        assertEquals(1, shown.next().passed(), "progress over the rules shown");
        String json = shown.toString(); // records print every component, nested ones too
        for (String internal : List.of("SWITCHING_COST", "BONDS", "STRUCTURAL_BOND")) {
            assertFalse(json.contains(internal), internal + " in " + json);
        }
    }

    @Test
    void whatAClientKeepsIsUnchanged() {
        ProfileViews.ClientSummary full = everything();
        ProfileViews.ClientSummary shown = ClientDisclosure.summary(full);
        assertEquals(full.accountManagers(), shown.accountManagers());
        assertEquals(full.satisfaction(), shown.satisfaction());
        assertEquals(full.nextBusinessReviewDue(), shown.nextBusinessReviewDue());
        assertEquals(full.openSurveys(), shown.openSurveys());
        assertEquals(full.tier().tier().benefits(), shown.tier().tier().benefits());
        assertNotNull(shown.tier().next());
        assertEquals(full.tier().next().eligible(), shown.tier().next().eligible());
    }
}
