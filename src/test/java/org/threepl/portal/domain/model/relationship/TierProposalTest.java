package org.threepl.portal.domain.model.relationship;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The approval state machine: every legal step, every illegal one refused with nothing changed. */
class TierProposalTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static TierProposal proposed() {
        return new TierProposal(7L, "TRANSACTIONAL", "PREFERRED", " Integrated and growing ", "am.lee", NOW);
    }

    static TierProposal in(TierProposal.State state) {
        TierProposal p = proposed();
        switch (state) {
            case PROPOSED -> { }
            case APPROVED -> p.approve("ops.admin", "Agreed", NOW);
            case REJECTED -> p.reject("ops.admin", "Not yet", NOW);
            case WITHDRAWN -> p.withdraw("am.lee", NOW);
        }
        assertEquals(state, p.state());
        return p;
    }

    static Map<String, Consumer<TierProposal>> steps() {
        Map<String, Consumer<TierProposal>> m = new LinkedHashMap<>();
        m.put("approve", p -> p.approve("ops.admin", "ok", NOW));
        m.put("reject", p -> p.reject("ops.admin", "no", NOW));
        m.put("withdraw", p -> p.withdraw("am.lee", NOW));
        return m;
    }

    @Test
    void aProposalIsApprovedBySomeoneElseWithAReason() {
        TierProposal p = proposed();
        assertEquals("Integrated and growing", p.reason());
        assertEquals(TierProposal.State.PROPOSED, p.state());
        assertTrue(p.state().isOpen());
        p.approve("ops.admin", " Meets every rule ", NOW.plusSeconds(60));
        assertEquals(TierProposal.State.APPROVED, p.state());
        assertEquals("ops.admin", p.decidedBy());
        assertEquals("Meets every rule", p.decisionReason());
        assertEquals(NOW.plusSeconds(60), p.decidedAt());
    }

    @Test
    void rejectedWithAReason() {
        TierProposal p = proposed();
        p.reject("ops.admin", "SLA below target", NOW);
        assertEquals(TierProposal.State.REJECTED, p.state());
        assertEquals("SLA below target", p.decisionReason());
    }

    @Test
    void withdrawnByItsProposerOnly() {
        TierProposal p = proposed();
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> p.withdraw("am.schmidt", NOW));
        assertTrue(e.getMessage().contains("Only am.lee"), e.getMessage());
        assertEquals(TierProposal.State.PROPOSED, p.state());
        p.withdraw("am.lee", NOW);
        assertEquals(TierProposal.State.WITHDRAWN, p.state());
    }

    @Test
    void nobodyDecidesTheirOwnProposal() {
        TierProposal p = proposed();
        DomainRuleViolation approve = assertThrows(DomainRuleViolation.class, () -> p.approve("am.lee", "I like it", NOW));
        assertTrue(approve.getMessage().contains("someone other than its proposer"), approve.getMessage());
        assertThrows(DomainRuleViolation.class, () -> p.reject("am.lee", "changed my mind", NOW));
        assertEquals(TierProposal.State.PROPOSED, p.state());
    }

    @Test
    void decisionsStateTheirReason() {
        TierProposal p = proposed();
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> p.approve("ops.admin", "  ", NOW));
        assertEquals("reason", e.field());
        assertThrows(DomainRuleViolation.class, () -> p.reject("ops.admin", null, NOW));
        assertThrows(DomainRuleViolation.class, () -> p.reject("ops.admin", "x".repeat(1001), NOW));
        assertEquals(TierProposal.State.PROPOSED, p.state());
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(value = TierProposal.State.class, names = {"APPROVED", "REJECTED", "WITHDRAWN"})
    void everyStepFromAFinalStateIsRefusedAndChangesNothing(TierProposal.State state) {
        for (Map.Entry<String, Consumer<TierProposal>> step : steps().entrySet()) {
            TierProposal p = in(state);
            String decidedBy = p.decidedBy();
            String why = p.decisionReason();
            DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> step.getValue().accept(p), step.getKey() + " from " + state);
            assertTrue(e.getMessage().contains("that is " + state), e.getMessage());
            assertEquals("action", e.field());
            assertEquals(state, p.state());
            assertEquals(decidedBy, p.decidedBy());
            assertEquals(why, p.decisionReason());
        }
    }

    @Test
    void everyStepFromProposedIsAllowed() {
        for (Map.Entry<String, Consumer<TierProposal>> step : steps().entrySet()) {
            TierProposal p = proposed();
            step.getValue().accept(p);
            assertTrue(!p.state().isOpen(), step.getKey());
        }
    }

    @Test
    void aProposalNamesAnotherTierAndItsReason() {
        assertEquals("toTier", assertThrows(DomainRuleViolation.class,
                () -> new TierProposal(7L, "PREFERRED", "PREFERRED", "why", "am", NOW)).field());
        assertEquals("toTier", assertThrows(DomainRuleViolation.class, () -> new TierProposal(7L, "PREFERRED", " ", "why", "am", NOW)).field());
        assertEquals("reason", assertThrows(DomainRuleViolation.class, () -> new TierProposal(7L, "PREFERRED", "STRATEGIC_PARTNER", "", "am", NOW))
                .field());
    }

    @Test
    void onlyAnApprovedProposalChangesTheTierAndBecomesHistory() {
        RelationshipSettings settings = RelationshipSettings.defaults();
        TierDefinition preferred = settings.tier("PREFERRED").orElseThrow();
        ClientTier tier = new ClientTier(7L, settings.lowestTier(), NOW.minusSeconds(86400));
        assertEquals(0, tier.disputePriority());
        for (TierProposal.State s : new TierProposal.State[]{TierProposal.State.PROPOSED, TierProposal.State.REJECTED, TierProposal.State.WITHDRAWN}) {
            TierProposal p = in(s);
            assertThrows(IllegalArgumentException.class, () -> tier.change(p, preferred, NOW));
            assertThrows(IllegalArgumentException.class, () -> TierHistoryEntry.of(p));
        }
        TierProposal other = new TierProposal(8L, "TRANSACTIONAL", "PREFERRED", "why", "am.lee", NOW);
        other.approve("ops.admin", "ok", NOW);
        assertThrows(IllegalArgumentException.class, () -> tier.change(other, preferred, NOW), "another client's proposal");
        TierProposal p = in(TierProposal.State.APPROVED);
        assertThrows(IllegalArgumentException.class, () -> tier.change(p, settings.lowestTier(), NOW), "the proposal's own tier");
        tier.change(p, preferred, NOW);
        assertEquals("PREFERRED", tier.tierCode());
        assertEquals(1, tier.disputePriority());
        assertEquals(NOW, tier.since());
        TierHistoryEntry h = TierHistoryEntry.of(p);
        assertEquals("TRANSACTIONAL", h.fromTier());
        assertEquals("PREFERRED", h.toTier());
        assertEquals("am.lee", h.proposedBy());
        assertEquals("ops.admin", h.approvedBy());
        assertEquals("Integrated and growing / approved: Agreed", h.reason());
    }

    @Test
    void aTaskIsDoneOnce() {
        AccountTask t = new AccountTask(7L, AccountTask.Kind.REVIEW_DUE, "2026-12-01", "Business review due", "every 90 days",
                java.time.LocalDate.of(2026, 12, 1), NOW);
        assertEquals(AccountTask.State.OPEN, t.state());
        t.done("am.lee", " held on site ", NOW);
        assertEquals(AccountTask.State.DONE, t.state());
        assertEquals("held on site", t.doneNote());
        assertThrows(DomainRuleViolation.class, () -> t.done("am.schmidt", null, NOW));
        assertEquals("am.lee", t.doneBy());
    }
}
