package org.threepl.portal.domain.model.dispute;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;

class DisputeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Actor OPS = Actor.user(1, "ops");
    private static final Actor AM = Actor.user(2, "am");
    private static final Actor CLIENT = Actor.credential(3, "Client ERP");
    private static final DisputeProcedure PROCEDURE =
            DisputeProcedure.standard(1L, 1L, LocalDate.of(2026, 1, 1), OPS, NOW);

    static Dispute filed() {
        return new Dispute(
                "CL-2026-000001",
                1L,
                PROCEDURE,
                DisputeKind.LOSS_OR_DAMAGE,
                Money.of("500.00", "EUR"),
                "Two pallets crushed",
                List.of(7L),
                TODAY.minusDays(10),
                TODAY);
    }

    /** A dispute brought to each state by legal steps. */
    static Dispute in(DisputeState state) {
        Dispute d = filed();
        switch (state) {
            case FILED -> {}
            case ACKNOWLEDGED -> d.acknowledge(Side.PROVIDER);
            case UNDER_INVESTIGATION -> {
                d.acknowledge(Side.PROVIDER);
                d.investigate(Side.PROVIDER);
            }
            case NEGOTIATION -> {
                d.acknowledge(Side.PROVIDER);
                d.investigate(Side.PROVIDER);
                d.offer(Side.PROVIDER, Money.of("300", "EUR"), AM, NOW);
            }
            case SETTLED -> {
                d.acknowledge(Side.PROVIDER);
                d.investigate(Side.PROVIDER);
                d.offer(Side.PROVIDER, Money.of("300", "EUR"), AM, NOW);
                d.acceptOffer(Side.CLIENT, "CN-2026-000001");
            }
            case REJECTED -> {
                d.acknowledge(Side.PROVIDER);
                d.reject(Side.PROVIDER, "Damage was caused by packing", TODAY);
            }
            case CLOSED -> {
                d.acknowledge(Side.PROVIDER);
                d.reject(Side.PROVIDER, "No proof", TODAY);
                d.close(TODAY);
            }
            case WITHDRAWN -> d.withdraw(Side.CLIENT, TODAY);
        }
        assertEquals(state, d.state());
        return d;
    }

    /** Every step, as the side that may take it. */
    static Map<String, Consumer<Dispute>> steps() {
        Map<String, Consumer<Dispute>> m = new LinkedHashMap<>();
        m.put("acknowledge", d -> d.acknowledge(Side.PROVIDER));
        m.put("investigate", d -> d.investigate(Side.PROVIDER));
        m.put("offer", d -> d.offer(Side.PROVIDER, Money.of("100", "EUR"), AM, NOW));
        m.put("counter-offer", d -> d.offer(Side.CLIENT, Money.of("450", "EUR"), CLIENT, NOW));
        m.put("reject", d -> d.reject(Side.PROVIDER, "not liable", TODAY));
        m.put("close", d -> d.close(TODAY));
        m.put("withdraw", d -> d.withdraw(Side.CLIENT, TODAY));
        m.put("escalate", d -> d.escalate(Side.CLIENT, PROCEDURE, "slow", TODAY));
        m.put("reopen", d -> d.reopen(Side.CLIENT, PROCEDURE, TODAY));
        return m;
    }

    /** Which steps each state allows; everything else must be refused. */
    static final Map<DisputeState, Set<String>> ALLOWED = Map.of(
            DisputeState.FILED, Set.of("acknowledge", "withdraw", "escalate"),
            DisputeState.ACKNOWLEDGED, Set.of("investigate", "reject", "withdraw", "escalate"),
            DisputeState.UNDER_INVESTIGATION, Set.of("offer", "counter-offer", "reject", "withdraw", "escalate"),
            DisputeState.NEGOTIATION, Set.of("offer", "counter-offer", "reject", "withdraw", "escalate"),
            DisputeState.SETTLED, Set.of("close"),
            DisputeState.REJECTED, Set.of("close", "reopen"),
            DisputeState.CLOSED, Set.of("reopen"),
            DisputeState.WITHDRAWN, Set.of());

    @ParameterizedTest
    @EnumSource(DisputeState.class)
    void everyStepIsAllowedOrRefusedWithAMessageInEveryState(DisputeState state) {
        for (Map.Entry<String, Consumer<Dispute>> step : steps().entrySet()) {
            Dispute d = in(state);
            if (ALLOWED.get(state).contains(step.getKey())) {
                assertDoesNotThrow(() -> step.getValue().accept(d), step.getKey() + " from " + state);
            } else {
                DomainRuleViolation e = assertThrows(
                        DomainRuleViolation.class, () -> step.getValue().accept(d), step.getKey() + " from " + state);
                assertTrue(e.getMessage().length() > 10, e.getMessage());
                assertEquals(state, d.state(), "a refused step changes nothing");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DisputeState.class)
    void theStepsOfferedToASideAreExactlyThoseItMayTake(DisputeState state) {
        Map<DisputeAction, Consumer<Dispute>> client = Map.of(
                DisputeAction.OFFER,
                d -> d.offer(Side.CLIENT, Money.of("450", "EUR"), CLIENT, NOW),
                DisputeAction.ACCEPT_OFFER,
                d -> d.acceptOffer(Side.CLIENT, "CN-1"),
                DisputeAction.REJECT_OFFER,
                d -> d.rejectOffer(Side.CLIENT),
                DisputeAction.CLOSE,
                d -> d.close(TODAY),
                DisputeAction.WITHDRAW,
                d -> d.withdraw(Side.CLIENT, TODAY),
                DisputeAction.ESCALATE,
                d -> d.escalate(Side.CLIENT, PROCEDURE, null, TODAY),
                DisputeAction.REOPEN,
                d -> d.reopen(Side.CLIENT, PROCEDURE, TODAY),
                DisputeAction.ACKNOWLEDGE,
                d -> d.acknowledge(Side.CLIENT),
                DisputeAction.INVESTIGATE,
                d -> d.investigate(Side.CLIENT),
                DisputeAction.REJECT,
                d -> d.reject(Side.CLIENT, "x", TODAY));
        for (Map.Entry<DisputeAction, Consumer<Dispute>> step : client.entrySet()) {
            Dispute d = in(state);
            boolean offered = d.stepsFor(Side.CLIENT, PROCEDURE).contains(step.getKey());
            boolean works;
            try {
                step.getValue().accept(d);
                works = true;
            } catch (DomainRuleViolation e) {
                works = false;
            }
            assertEquals(works, offered, step.getKey() + " for the client from " + state);
        }
    }

    @Test
    void stepsAreTakenOnlyByTheirSide() {
        assertThrows(DomainRuleViolation.class, () -> in(DisputeState.FILED).acknowledge(Side.CLIENT));
        assertThrows(
                DomainRuleViolation.class, () -> in(DisputeState.ACKNOWLEDGED).investigate(Side.CLIENT));
        assertThrows(
                DomainRuleViolation.class, () -> in(DisputeState.ACKNOWLEDGED).reject(Side.CLIENT, "x", TODAY));
        assertThrows(DomainRuleViolation.class, () -> in(DisputeState.FILED).withdraw(Side.PROVIDER, TODAY));
        assertThrows(
                DomainRuleViolation.class, () -> in(DisputeState.REJECTED).reopen(Side.PROVIDER, PROCEDURE, TODAY));
    }

    @Test
    void offersGoBackAndForthAndAcceptingTheOtherSidesSettles() {
        Dispute d = in(DisputeState.NEGOTIATION); // the 3PL offered 300
        assertThrows(DomainRuleViolation.class, () -> d.acceptOffer(Side.PROVIDER, "CN-1"), "not one's own offer");
        d.offer(Side.CLIENT, Money.of("400", "EUR"), CLIENT, NOW);
        assertEquals(
                List.of(Offer.Status.SUPERSEDED, Offer.Status.PENDING),
                d.offers().stream().map(Offer::status).toList());
        d.rejectOffer(Side.PROVIDER);
        assertThrows(DomainRuleViolation.class, () -> d.acceptOffer(Side.PROVIDER, "CN-1"), "nothing pending any more");
        d.offer(Side.PROVIDER, Money.of("350", "EUR"), AM, NOW);
        d.acceptOffer(Side.CLIENT, "CN-2026-000009");
        assertEquals(DisputeState.SETTLED, d.state());
        assertEquals(0, d.settledAmount().compareTo(new java.math.BigDecimal("350")));
        assertEquals("CN-2026-000009", d.creditNoteNumber());
    }

    @Test
    void anOfferKeepsWhoMadeItAsATypedIdentity() {
        Dispute d = in(DisputeState.NEGOTIATION); // the 3PL's AM offered 300
        Actor keyNamedLikeTheManager = Actor.credential(2, "am");
        d.offer(Side.CLIENT, Money.of("400", "EUR"), keyNamedLikeTheManager, NOW);
        Offer theirs = d.offers().get(1);
        assertEquals(Actor.Kind.CREDENTIAL, theirs.madeBy().kind());
        assertFalse(theirs.madeBy().sameAs(AM), "the same name and id, but a key is not the person");
        d.acceptOffer(Side.PROVIDER, "CN-2026-000010");
        assertEquals(Offer.Status.ACCEPTED, d.offers().get(1).status());
        assertEquals(keyNamedLikeTheManager, d.offers().get(1).madeBy(), "accepting keeps who made it");
        assertThrows(
                NullPointerException.class,
                () -> in(DisputeState.UNDER_INVESTIGATION).offer(Side.PROVIDER, Money.of("1", "EUR"), null, NOW));
    }

    @Test
    void offersAreInTheClaimsCurrencyAndNotAboveTheClaim() {
        Dispute d = in(DisputeState.UNDER_INVESTIGATION);
        assertThrows(DomainRuleViolation.class, () -> d.offer(Side.PROVIDER, Money.of("100", "GBP"), AM, NOW));
        assertThrows(DomainRuleViolation.class, () -> d.offer(Side.PROVIDER, Money.of("500.01", "EUR"), AM, NOW));
        assertDoesNotThrow(() -> d.offer(Side.PROVIDER, Money.of("500.00", "EUR"), AM, NOW));
    }

    @Test
    void theLadderIsClimbedOneLevelAtATimeUpToItsLastRung() {
        Dispute d = in(DisputeState.ACKNOWLEDGED);
        for (int i = 1; i < PROCEDURE.ladder().size(); i++) {
            d.escalate(null, PROCEDURE, null, TODAY);
            assertEquals(i, d.level());
        }
        DomainRuleViolation e =
                assertThrows(DomainRuleViolation.class, () -> d.escalate(Side.CLIENT, PROCEDURE, "x", TODAY));
        assertTrue(e.getMessage().contains("Arbitration"), e.getMessage());
    }

    @Test
    void aLevelIsOverdueOnceItsTimeLimitHasPassed() {
        Dispute d = in(DisputeState.ACKNOWLEDGED); // level 0 since TODAY, 14 calendar days
        assertTrue(!d.levelOverdue(PROCEDURE, TODAY.plusDays(14)));
        assertTrue(d.levelOverdue(PROCEDURE, TODAY.plusDays(15)));
        assertTrue(
                !in(DisputeState.SETTLED).levelOverdue(PROCEDURE, TODAY.plusDays(100)), "only open disputes escalate");
    }

    @Test
    void aSettledDisputeIsNotReopened() {
        Dispute d = in(DisputeState.SETTLED);
        d.close(TODAY);
        assertThrows(DomainRuleViolation.class, () -> d.reopen(Side.CLIENT, PROCEDURE, TODAY));
        assertTrue(!d.stepsFor(Side.CLIENT, PROCEDURE).contains(DisputeAction.REOPEN));
    }

    @Test
    void reopeningIsPossibleOnlyWithinTheWindow() {
        Dispute d = in(DisputeState.REJECTED);
        DomainRuleViolation late =
                assertThrows(DomainRuleViolation.class, () -> d.reopen(Side.CLIENT, PROCEDURE, TODAY.plusDays(31)));
        assertTrue(late.getMessage().contains("30-day"), late.getMessage());
        d.reopen(Side.CLIENT, PROCEDURE, TODAY.plusDays(30));
        assertEquals(DisputeState.UNDER_INVESTIGATION, d.state());
        assertNull(d.rejectionReason());
    }

    @Test
    void filingChecksTheProcedureTheWindowAndTheInput() {
        DisputeProcedure billingOnly = new DisputeProcedure(
                1L,
                1L,
                EnumSet.of(DisputeKind.BILLING),
                180,
                30,
                120,
                false,
                30,
                List.of(new LadderLevel("Ops", 0)),
                TODAY,
                OPS,
                NOW);
        assertThrows(
                DomainRuleViolation.class,
                () -> new Dispute(
                        "CL-1",
                        1L,
                        billingOnly,
                        DisputeKind.LOSS_OR_DAMAGE,
                        Money.of("1", "EUR"),
                        "x",
                        List.of(),
                        null,
                        TODAY),
                "kind not covered");
        DomainRuleViolation late = assertThrows(
                DomainRuleViolation.class,
                () -> new Dispute(
                        "CL-1",
                        1L,
                        PROCEDURE,
                        DisputeKind.BILLING,
                        Money.of("1", "EUR"),
                        "x",
                        List.of(),
                        TODAY.minusDays(271),
                        TODAY));
        assertEquals("concerning", late.field());
        assertDoesNotThrow(
                () -> new Dispute(
                        "CL-1",
                        1L,
                        PROCEDURE,
                        DisputeKind.BILLING,
                        Money.of("1", "EUR"),
                        "x",
                        List.of(),
                        TODAY.minusDays(270),
                        TODAY),
                "the last day of the window");
        assertThrows(
                DomainRuleViolation.class,
                () -> new Dispute(
                        "CL-1",
                        1L,
                        PROCEDURE,
                        DisputeKind.BILLING,
                        Money.of("-1", "EUR"),
                        "x",
                        List.of(),
                        null,
                        TODAY));
        assertThrows(
                DomainRuleViolation.class,
                () -> new Dispute(
                        "CL-1", 1L, PROCEDURE, DisputeKind.BILLING, Money.of("1", "EUR"), " ", List.of(), null, TODAY));
        Dispute d = filed();
        assertEquals(TODAY.plusDays(30), d.acknowledgeBy());
        assertEquals(TODAY.plusDays(120), d.resolveBy());
    }

    @Test
    void aBillingDisputeClaimsAtMostTheTotalOfItsInvoiceLinesInTheirCurrency() {
        ContestedLines lines = new ContestedLines(Set.of(11L, 12L), Money.of("1250.00", "EUR"));
        Dispute d = new Dispute(
                "CL-1",
                1L,
                PROCEDURE,
                DisputeKind.BILLING,
                Money.of("1250.00", "EUR"),
                "Freight twice",
                List.of(),
                lines,
                TODAY.minusDays(3),
                TODAY);
        assertEquals(List.of(11L, 12L), d.invoiceLineIds());
        DomainRuleViolation tooMuch = assertThrows(
                DomainRuleViolation.class,
                () -> new Dispute(
                        "CL-1",
                        1L,
                        PROCEDURE,
                        DisputeKind.BILLING,
                        Money.of("1250.01", "EUR"),
                        "x",
                        List.of(),
                        lines,
                        null,
                        TODAY));
        assertEquals("amountClaimed", tooMuch.field());
        assertEquals(
                "A billing dispute claims at most the total of the invoice lines it contests, 1250.00 EUR; "
                        + "this one claims 1250.01 EUR",
                tooMuch.getMessage());
        DomainRuleViolation currency = assertThrows(
                DomainRuleViolation.class,
                () -> new Dispute(
                        "CL-1",
                        1L,
                        PROCEDURE,
                        DisputeKind.BILLING,
                        Money.of("10", "GBP"),
                        "x",
                        List.of(),
                        lines,
                        null,
                        TODAY));
        assertEquals("currency", currency.field());
        // a damage claim may name the freight line of what was damaged and claim the goods' value beyond it
        assertDoesNotThrow(() -> new Dispute(
                "CL-1",
                1L,
                PROCEDURE,
                DisputeKind.LOSS_OR_DAMAGE,
                Money.of("5000", "EUR"),
                "x",
                List.of(),
                lines,
                null,
                TODAY));
        assertTrue(filed().invoiceLineIds().isEmpty());
    }

    @Test
    void theEvidenceTheProcedureRequiresIsAttachedBeforeTheInvestigation() {
        assertEquals(
                DisputeProcedure.STANDARD_DAMAGE_EVIDENCE,
                PROCEDURE.evidenceRequiredFor(DisputeKind.LOSS_OR_DAMAGE).orElseThrow());
        assertTrue(PROCEDURE.evidenceRequiredFor(DisputeKind.BILLING).isEmpty());
        Dispute d = in(DisputeState.ACKNOWLEDGED);
        DomainRuleViolation none =
                assertThrows(DomainRuleViolation.class, () -> d.investigate(Side.PROVIDER, PROCEDURE, 0));
        assertTrue(none.getMessage().contains("none is attached yet"), none.getMessage());
        assertEquals(DisputeState.ACKNOWLEDGED, d.state());
        d.investigate(Side.PROVIDER, PROCEDURE, 1);
        assertEquals(DisputeState.UNDER_INVESTIGATION, d.state());
        Dispute billing = new Dispute(
                "CL-2", 1L, PROCEDURE, DisputeKind.BILLING, Money.of("1", "EUR"), "x", List.of(), null, TODAY);
        billing.acknowledge(Side.PROVIDER);
        assertDoesNotThrow(() -> billing.investigate(Side.PROVIDER, PROCEDURE, 0), "no evidence required for billing");
        DomainRuleViolation wrongState =
                assertThrows(DomainRuleViolation.class, () -> filed().investigate(Side.PROVIDER, PROCEDURE, 0));
        assertTrue(
                wrongState.getMessage().contains("that is filed"),
                "an illegal step still says so: " + wrongState.getMessage());
    }

    @Test
    void fromTheExecutivesLevelOnOnlyOperationsAdminsDecideForThe3pl() {
        Dispute d = in(DisputeState.NEGOTIATION);
        d.escalate(Side.CLIENT, PROCEDURE, "no answer", TODAY);
        assertTrue(
                d.stepsFor(Side.PROVIDER, PROCEDURE, org.threepl.portal.domain.model.account.Role.ACCOUNT_MANAGER)
                        .contains(DisputeAction.OFFER),
                "account management decides at level 1");
        d.escalate(Side.CLIENT, PROCEDURE, "still no answer", TODAY);
        assertEquals("Executives", PROCEDURE.ladder().get(d.level()).name());
        List<DisputeAction> manager =
                d.stepsFor(Side.PROVIDER, PROCEDURE, org.threepl.portal.domain.model.account.Role.ACCOUNT_MANAGER);
        assertTrue(
                manager.contains(DisputeAction.ESCALATE)
                        && !manager.contains(DisputeAction.OFFER)
                        && !manager.contains(DisputeAction.REJECT),
                manager.toString());
        assertTrue(d.stepsFor(Side.PROVIDER, PROCEDURE, org.threepl.portal.domain.model.account.Role.OPS_ADMIN)
                .contains(DisputeAction.OFFER));
        assertTrue(
                d.stepsFor(Side.PROVIDER, PROCEDURE, null).contains(DisputeAction.OFFER),
                "the 3PL's integrations are not users");
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> d.requireMayDecide(
                        DisputeAction.OFFER,
                        Side.PROVIDER,
                        org.threepl.portal.domain.model.account.Role.ACCOUNT_MANAGER,
                        PROCEDURE));
        assertTrue(refused.getMessage()
                .startsWith("At the level Executives the 3PL decides through its operations admins"));
        assertDoesNotThrow(() -> d.requireMayDecide(
                DisputeAction.ESCALATE,
                Side.PROVIDER,
                org.threepl.portal.domain.model.account.Role.ACCOUNT_MANAGER,
                PROCEDURE));
        assertDoesNotThrow(
                () -> d.requireMayDecide(
                        DisputeAction.ACCEPT_OFFER,
                        Side.CLIENT,
                        org.threepl.portal.domain.model.account.Role.CLIENT_USER,
                        PROCEDURE),
                "the client's side is not limited by the ladder");
    }

    @Test
    void aProcedureAsEnteredIsRefusedFieldByField() {
        ProcedureDraft bad = new ProcedureDraft(
                List.of("BILLING", "GOSSIP"),
                0,
                30,
                20,
                true,
                400,
                List.of(
                        new ProcedureDraft.Rung("Site manager", 0, "CLIENT_ADMIN"),
                        new ProcedureDraft.Rung(" ", 5, null)),
                Map.of("LOSS_OR_DAMAGE", "Photos"),
                null);
        DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> bad.toProcedure(1L, 1L, OPS, NOW));
        assertEquals(
                Set.of(
                        "kinds",
                        "filingWindowDays",
                        "resolveDays",
                        "reopenWindowDays",
                        "ladder[0].timeLimitDays",
                        "ladder[0].providerRole",
                        "ladder[1].name",
                        "requiredEvidence.LOSS_OR_DAMAGE",
                        "effectiveFrom"),
                v.problems().stream()
                        .map(DomainRuleViolation.Problem::field)
                        .collect(java.util.stream.Collectors.toSet()),
                v.problems().toString());
        DisputeProcedure ok = new ProcedureDraft(
                        List.of("billing", "LOSS_OR_DAMAGE"),
                        60,
                        5,
                        20,
                        true,
                        10,
                        List.of(
                                new ProcedureDraft.Rung("Site manager", 5, "account_manager"),
                                new ProcedureDraft.Rung("Managing directors", 0, "OPS_ADMIN")),
                        Map.of("LOSS_OR_DAMAGE", " Photos and the delivery note ", "BILLING", " "),
                        TODAY)
                .toProcedure(1L, 1L, OPS, NOW);
        assertEquals(EnumSet.of(DisputeKind.BILLING, DisputeKind.LOSS_OR_DAMAGE), ok.kinds());
        assertEquals(
                org.threepl.portal.domain.model.account.Role.OPS_ADMIN,
                ok.ladder().get(1).providerRole());
        assertEquals(
                Map.of(DisputeKind.LOSS_OR_DAMAGE, "Photos and the delivery note"),
                ok.requiredEvidence(),
                "a blank one asks for nothing");
    }
}
