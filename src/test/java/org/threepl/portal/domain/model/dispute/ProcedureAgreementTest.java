package org.threepl.portal.domain.model.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A dispute procedure is agreed by both sides: one proposes and signs, the other accepts and signs, rejects with a
 * reason or counters; every other step is refused, naming the field.
 */
class ProcedureAgreementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Actor LEE = Actor.user(2, "am.lee");
    private static final Actor ADMIN = Actor.user(9, "acme.admin");

    private static DisputeProcedure proposal(Side side, LocalDate from) {
        return new ProcedureDraft(
                        List.of("BILLING"),
                        60,
                        5,
                        20,
                        false,
                        10,
                        List.of(new ProcedureDraft.Rung("Operations", 0, "ACCOUNT_MANAGER")),
                        Map.of(),
                        from)
                .toProposal(1L, 1L, side, side == Side.PROVIDER ? LEE : ADMIN, null, NOW);
    }

    private static String refused(Executable step) {
        return assertThrows(DomainRuleViolation.class, step).problems().get(0).field();
    }

    @Test
    void aProposalIsSignedByItsProposerAndInForceOnlyOnceTheOtherSideAccepts() {
        DisputeProcedure p = proposal(Side.PROVIDER, TODAY.plusDays(10));
        assertEquals(ProcedureAgreement.State.PROPOSED, p.agreement().state());
        assertFalse(p.isAgreed());
        assertEquals(LEE, p.agreement().providerSignatory());
        assertEquals(NOW, p.agreement().providerSignedAt());
        assertNull(p.agreement().clientSignatory());
        p.accept(Side.CLIENT, ADMIN, TODAY, NOW.plusSeconds(60));
        assertTrue(p.isAgreed());
        assertEquals(ADMIN, p.agreement().clientSignatory());
        assertEquals(NOW.plusSeconds(60), p.agreement().clientSignedAt());
        assertEquals(TODAY.plusDays(10), p.effectiveFrom(), "a future date stays");
    }

    @Test
    void anAgreementOnAProposalDatedInThePastAppliesFromTheDayOfTheAgreement() {
        DisputeProcedure p = proposal(Side.CLIENT, TODAY.minusDays(20));
        p.accept(Side.PROVIDER, LEE, TODAY, NOW);
        assertEquals(TODAY, p.effectiveFrom(), "disputes filed before keep their version");
    }

    @Test
    void theProposerNeitherAcceptsNorRejectsNorCountersItsOwnProposal() {
        DisputeProcedure p = proposal(Side.PROVIDER, TODAY);
        assertEquals("side", refused(() -> p.accept(Side.PROVIDER, LEE, TODAY, NOW)));
        assertEquals("side", refused(() -> p.agreement().reject(Side.PROVIDER, "changed my mind")));
        assertEquals("side", refused(() -> p.agreement().counteredBy(Side.PROVIDER)));
        assertEquals("side", refused(() -> p.agreement().withdraw(Side.CLIENT)), "only the proposer withdraws");
        assertEquals(ProcedureAgreement.State.PROPOSED, p.agreement().state());
    }

    @Test
    void aRejectionSaysWhy() {
        DisputeProcedure p = proposal(Side.CLIENT, TODAY);
        assertEquals("reason", refused(() -> p.agreement().reject(Side.PROVIDER, " ")));
        assertEquals(
                "reason",
                refused(() -> p.agreement().reject(Side.PROVIDER, "x".repeat(ProcedureAgreement.MAX_REASON + 1))));
        p.agreement().reject(Side.PROVIDER, " Five days to acknowledge is too short ");
        assertEquals(ProcedureAgreement.State.REJECTED, p.agreement().state());
        assertEquals("Five days to acknowledge is too short", p.agreement().answerReason());
    }

    @Test
    void onlyAnOpenProposalIsAnsweredOrWithdrawn() {
        DisputeProcedure agreed = proposal(Side.CLIENT, TODAY);
        agreed.accept(Side.PROVIDER, LEE, TODAY, NOW);
        DisputeProcedure rejected = proposal(Side.CLIENT, TODAY);
        rejected.agreement().reject(Side.PROVIDER, "No");
        DisputeProcedure countered = proposal(Side.CLIENT, TODAY);
        countered.agreement().counteredBy(Side.PROVIDER);
        DisputeProcedure withdrawn = proposal(Side.CLIENT, TODAY);
        withdrawn.agreement().withdraw(Side.CLIENT);
        for (DisputeProcedure p : List.of(agreed, rejected, countered, withdrawn)) {
            ProcedureAgreement.State before = p.agreement().state();
            assertEquals("agreement", refused(() -> p.accept(Side.PROVIDER, LEE, TODAY, NOW)), before.name());
            assertEquals("agreement", refused(() -> p.agreement().reject(Side.PROVIDER, "No")), before.name());
            assertEquals("agreement", refused(() -> p.agreement().counteredBy(Side.PROVIDER)), before.name());
            assertEquals("agreement", refused(() -> p.agreement().withdraw(Side.CLIENT)), before.name());
            assertEquals(before, p.agreement().state());
        }
        assertEquals(ProcedureAgreement.State.COUNTERED, countered.agreement().state());
        assertEquals(ProcedureAgreement.State.WITHDRAWN, withdrawn.agreement().state());
    }

    @Test
    void aVersionRecordedBeforeJointAgreementAndTheStandardTemplateReadAgreed() {
        DisputeProcedure standard = DisputeProcedure.standard(1L, 1L, TODAY, DisputeProcedure.TEMPLATE, NOW);
        assertTrue(standard.isAgreed());
        assertTrue(standard.isStandardTemplate());
        assertFalse(proposal(Side.CLIENT, TODAY).isStandardTemplate());
    }
}
