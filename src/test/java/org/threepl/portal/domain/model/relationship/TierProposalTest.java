package org.threepl.portal.domain.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.threepl.portal.application.i18n.InEnglish;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** The approval state machine: every legal step, every illegal one refused with nothing changed. */
class TierProposalTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Actor LEE = Actor.user(5, "am.lee");
    private static final Actor SCHMIDT = Actor.user(6, "am.schmidt");
    private static final Actor OPS = Actor.user(1, "ops.admin");

    static TierProposal proposed() {
        return new TierProposal(7L, "TRANSACTIONAL", "PREFERRED", " Integrated and growing ", LEE, NOW);
    }

    static TierProposal in(TierProposal.State state) {
        TierProposal p = proposed();
        switch (state) {
            case PROPOSED -> {}
            case APPROVED -> p.approve(OPS, "Agreed", NOW);
            case REJECTED -> p.reject(OPS, "Not yet", NOW);
            case WITHDRAWN -> p.withdraw(LEE, NOW);
        }
        assertEquals(state, p.state());
        return p;
    }

    static Map<String, Consumer<TierProposal>> steps() {
        Map<String, Consumer<TierProposal>> m = new LinkedHashMap<>();
        m.put("approve", p -> p.approve(OPS, "ok", NOW));
        m.put("reject", p -> p.reject(OPS, "no", NOW));
        m.put("withdraw", p -> p.withdraw(LEE, NOW));
        return m;
    }

    @Test
    void aProposalIsApprovedBySomeoneElseWithAReason() {
        TierProposal p = proposed();
        assertEquals("Integrated and growing", p.reason());
        assertEquals(TierProposal.State.PROPOSED, p.state());
        assertTrue(p.state().isOpen());
        p.approve(OPS, " Meets every rule ", NOW.plusSeconds(60));
        assertEquals(TierProposal.State.APPROVED, p.state());
        assertEquals(OPS, p.decidedBy());
        assertEquals("Meets every rule", p.decisionReason());
        assertEquals(NOW.plusSeconds(60), p.decidedAt());
    }

    @Test
    void rejectedWithAReason() {
        TierProposal p = proposed();
        p.reject(OPS, "SLA below target", NOW);
        assertEquals(TierProposal.State.REJECTED, p.state());
        assertEquals("SLA below target", p.decisionReason());
    }

    @Test
    void withdrawnByItsProposerOnly() {
        TierProposal p = proposed();
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> p.withdraw(SCHMIDT, NOW));
        assertTrue(e.getMessage().contains("Only am.lee"), e.getMessage());
        assertEquals(TierProposal.State.PROPOSED, p.state());
        p.withdraw(LEE, NOW);
        assertEquals(TierProposal.State.WITHDRAWN, p.state());
    }

    @Test
    void nobodyDecidesTheirOwnProposal() {
        TierProposal p = proposed();
        DomainRuleViolation approve = assertThrows(DomainRuleViolation.class, () -> p.approve(LEE, "I like it", NOW));
        assertTrue(approve.getMessage().contains("someone other than its proposer"), approve.getMessage());
        assertThrows(DomainRuleViolation.class, () -> p.reject(LEE, "changed my mind", NOW));
        assertEquals(TierProposal.State.PROPOSED, p.state());
    }

    @Test
    void theProposerIsAnIdentityNotAName() {
        TierProposal p = new TierProposal(7L, "TRANSACTIONAL", "PREFERRED", "why", Actor.user(5, "a"), NOW);
        assertThrows(
                DomainRuleViolation.class,
                () -> p.approve(Actor.user(5, "renamed"), "ok", NOW),
                "renamed, still the proposer");
        assertThrows(
                DomainRuleViolation.class,
                () -> p.reject(Actor.user(5, "renamed"), "no", NOW),
                "renamed, still the proposer");
        assertEquals(TierProposal.State.PROPOSED, p.state());
        p.approve(Actor.user(6, "a"), "ok", NOW);
        assertEquals(TierProposal.State.APPROVED, p.state(), "another person, whatever their name");
        assertEquals(Actor.user(6, "a"), p.decidedBy());

        TierProposal q = new TierProposal(7L, "TRANSACTIONAL", "PREFERRED", "why", Actor.user(5, "a"), NOW);
        q.reject(Actor.user(6, "b"), "no", NOW);
        assertEquals(TierProposal.State.REJECTED, q.state());
    }

    @Test
    void aKeyIsNotThePersonWithTheSameIdOrName() {
        Actor key = Actor.credential(5, "a");
        assertFalse(key.sameAs(Actor.user(5, "a")));
        TierProposal byPerson = new TierProposal(7L, "TRANSACTIONAL", "PREFERRED", "why", Actor.user(5, "a"), NOW);
        DomainRuleViolation e = assertThrows(
                DomainRuleViolation.class,
                () -> byPerson.withdraw(key, NOW),
                "a key does not withdraw a person's proposal");
        assertTrue(e.getMessage().contains("Only a, who proposed it"), e.getMessage());
        byPerson.approve(key, "reviewed by the integration", NOW);
        assertEquals(TierProposal.State.APPROVED, byPerson.state(), "a key is another identity than the person");

        TierProposal byKey = new TierProposal(7L, "TRANSACTIONAL", "PREFERRED", "why", key, NOW);
        DomainRuleViolation own = assertThrows(
                DomainRuleViolation.class, () -> byKey.approve(Actor.credential(5, "renamed key"), "ok", NOW));
        assertEquals("action", own.field());
        assertTrue(own.getMessage().contains("API key \u201ca\u201d"), own.getMessage());
        assertThrows(
                DomainRuleViolation.class, () -> byKey.withdraw(Actor.user(5, "a"), NOW), "the person is not the key");
        byKey.withdraw(Actor.credential(5, "renamed key"), NOW);
        assertEquals(TierProposal.State.WITHDRAWN, byKey.state());
    }

    @Test
    void aProposalOlderThanTypedActorsIsWithdrawnByNobodyAndNotDecidedUnderItsProposersName() {
        TierProposal legacy =
                new TierProposal(7L, "TRANSACTIONAL", "PREFERRED", "why", Actor.stored(null, null, "ops.admin"), NOW);
        assertEquals(Actor.Kind.LEGACY, legacy.proposedBy().kind());
        assertThrows(
                DomainRuleViolation.class,
                () -> legacy.withdraw(Actor.user(3, "ops.admin"), NOW),
                "a name proves nothing");
        assertThrows(
                DomainRuleViolation.class,
                () -> legacy.approve(Actor.credential(9, "OPS.ADMIN"), "ok", NOW),
                "its proposer's name (person or key) may not decide it: the four-eyes rule as it was before");
        assertEquals(TierProposal.State.PROPOSED, legacy.state());
        legacy.reject(LEE, "stale", NOW);
        assertEquals(TierProposal.State.REJECTED, legacy.state());
    }

    @Test
    void decisionsStateTheirReason() {
        TierProposal p = proposed();
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> p.approve(OPS, "  ", NOW));
        assertEquals("reason", e.field());
        assertThrows(DomainRuleViolation.class, () -> p.reject(OPS, null, NOW));
        assertThrows(DomainRuleViolation.class, () -> p.reject(OPS, "x".repeat(1001), NOW));
        assertEquals(TierProposal.State.PROPOSED, p.state());
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(
            value = TierProposal.State.class,
            names = {"APPROVED", "REJECTED", "WITHDRAWN"})
    void everyStepFromAFinalStateIsRefusedAndChangesNothing(TierProposal.State state) {
        for (Map.Entry<String, Consumer<TierProposal>> step : steps().entrySet()) {
            TierProposal p = in(state);
            Actor decidedBy = p.decidedBy();
            String why = p.decisionReason();
            DomainRuleViolation e = assertThrows(
                    DomainRuleViolation.class, () -> step.getValue().accept(p), step.getKey() + " from " + state);
            assertTrue(
                    e.getMessage().contains("that is " + state.name().toLowerCase(java.util.Locale.ROOT)),
                    e.getMessage());
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
        assertEquals(
                "toTier",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new TierProposal(7L, "PREFERRED", "PREFERRED", "why", LEE, NOW))
                        .field());
        assertEquals(
                "toTier",
                assertThrows(DomainRuleViolation.class, () -> new TierProposal(7L, "PREFERRED", " ", "why", LEE, NOW))
                        .field());
        assertEquals(
                "reason",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new TierProposal(7L, "PREFERRED", "STRATEGIC_PARTNER", "", LEE, NOW))
                        .field());
    }

    @Test
    void onlyAnApprovedProposalChangesTheTierAndBecomesHistory() {
        RelationshipSettings settings = RelationshipSettings.defaults();
        TierDefinition preferred = settings.tier("PREFERRED").orElseThrow();
        ClientTier tier = new ClientTier(7L, settings.lowestTier(), NOW.minusSeconds(86400));
        assertEquals(0, tier.disputePriority());
        for (TierProposal.State s : new TierProposal.State[] {
            TierProposal.State.PROPOSED, TierProposal.State.REJECTED, TierProposal.State.WITHDRAWN
        }) {
            TierProposal p = in(s);
            assertThrows(IllegalArgumentException.class, () -> tier.change(p, preferred, NOW));
            assertThrows(IllegalArgumentException.class, () -> TierHistoryEntry.of(p));
        }
        TierProposal other = new TierProposal(8L, "TRANSACTIONAL", "PREFERRED", "why", LEE, NOW);
        other.approve(OPS, "ok", NOW);
        assertThrows(
                IllegalArgumentException.class, () -> tier.change(other, preferred, NOW), "another client's proposal");
        TierProposal p = in(TierProposal.State.APPROVED);
        assertThrows(
                IllegalArgumentException.class,
                () -> tier.change(p, settings.lowestTier(), NOW),
                "the proposal's own tier");
        tier.change(p, preferred, NOW);
        assertEquals("PREFERRED", tier.tierCode());
        assertEquals(1, tier.disputePriority());
        assertEquals(NOW, tier.since());
        TierHistoryEntry h = TierHistoryEntry.of(p);
        assertEquals("TRANSACTIONAL", h.fromTier());
        assertEquals("PREFERRED", h.toTier());
        assertEquals(LEE, h.proposedBy());
        assertEquals(OPS, h.approvedBy());
        assertEquals("Integrated and growing / approved: Agreed", h.reason());
    }

    @Test
    void aTaskIsDoneOnce() {
        AccountTask t = new AccountTask(
                7L,
                AccountTask.Kind.REVIEW_DUE,
                "2026-12-01",
                InEnglish.verbatim("Business review due"),
                InEnglish.verbatim("every 90 days"),
                java.time.LocalDate.of(2026, 12, 1),
                NOW);
        assertEquals(AccountTask.State.OPEN, t.state());
        t.done(LEE, " held on site ", NOW);
        assertEquals(AccountTask.State.DONE, t.state());
        assertEquals("held on site", t.doneNote());
        assertThrows(DomainRuleViolation.class, () -> t.done(SCHMIDT, null, NOW));
        assertEquals(LEE, t.doneBy());
    }
}
