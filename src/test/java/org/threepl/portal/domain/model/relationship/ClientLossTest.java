package org.threepl.portal.domain.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** A lost client and its win-back: LOST → RECOVERED, every illegal step refused by field (issue 16, item 6). */
class ClientLossTest {

    private static final Actor AM = Actor.user(7, "am.lee");
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final LocalDate LOST = LocalDate.of(2026, 11, 20);

    private static ClientLoss lost(List<ClientLoss.PlannedStep> plan) {
        return new ClientLoss(1L, LOST, LossReason.PRICE, " a cheaper quote ", plan, TODAY, AM, NOW);
    }

    private static String refused(Runnable r) {
        return assertThrows(DomainRuleViolation.class, r::run).field();
    }

    @Test
    void aLossIsRecordedWithItsReasonAndPlan() {
        ClientLoss l = lost(List.of(
                new ClientLoss.PlannedStep(" Call the logistics director ", LOST.plusDays(7)),
                new ClientLoss.PlannedStep("Send a price review", LOST)));
        assertEquals(ClientLoss.State.LOST, l.state());
        assertEquals("a cheaper quote", l.note());
        assertEquals("Call the logistics director", l.steps().get(0).title());
        assertEquals(LOST, l.steps().get(1).dueOn(), "due on the day of the loss is allowed");
    }

    @Test
    void anIllFormedLossIsRefusedByField() {
        assertEquals("lostOn", refused(() -> new ClientLoss(1L, null, LossReason.PRICE, null, null, TODAY, AM, NOW)));
        assertEquals(
                "lostOn",
                refused(() -> new ClientLoss(1L, TODAY.plusDays(1), LossReason.PRICE, null, null, TODAY, AM, NOW)));
        assertEquals("reason", refused(() -> new ClientLoss(1L, LOST, null, null, null, TODAY, AM, NOW)));
        assertEquals(
                "note",
                refused(() -> new ClientLoss(1L, LOST, LossReason.STAFF, "x".repeat(1001), null, TODAY, AM, NOW)));
        assertEquals("steps", refused(() -> lost(List.of(new ClientLoss.PlannedStep("Call", LOST.minusDays(1))))));
        assertEquals("steps", refused(() -> lost(List.of(new ClientLoss.PlannedStep("  ", LOST)))));
        assertEquals("steps", refused(() -> lost(List.of(new ClientLoss.PlannedStep("x".repeat(301), LOST)))));
        assertEquals("steps", refused(() -> lost(List.of(new ClientLoss.PlannedStep("Call", null)))));
        assertEquals(
                "steps",
                refused(() -> lost(Collections.nCopies(11, new ClientLoss.PlannedStep("Call", LOST)))),
                "at most 10 steps");
        lost(Collections.nCopies(10, new ClientLoss.PlannedStep("Call", LOST)));
    }

    @Test
    void stepsAreDoneOnceWhileTheClientIsLost() {
        ClientLoss l = lost(List.of(new ClientLoss.PlannedStep("Call", LOST)));
        l.stepDone(0, AM, NOW);
        assertTrue(l.steps().get(0).isDone());
        assertEquals("am.lee", l.steps().get(0).doneBy().name());
        assertEquals("step", refused(() -> l.stepDone(0, AM, NOW)), "already done");
        assertEquals("step", refused(() -> l.stepDone(1, AM, NOW)), "no such step");
        assertEquals("step", refused(() -> l.stepDone(-1, AM, NOW)));
    }

    @Test
    void aClientIsWonBackOnceBetweenTheLossAndToday() {
        ClientLoss l = lost(List.of(new ClientLoss.PlannedStep("Call", LOST)));
        assertEquals("recoveredOn", refused(() -> l.recovered(LOST.minusDays(1), TODAY, AM, NOW)));
        assertEquals("recoveredOn", refused(() -> l.recovered(TODAY.plusDays(1), TODAY, AM, NOW)));
        assertEquals("recoveredOn", refused(() -> l.recovered(null, TODAY, AM, NOW)));
        l.recovered(LOST, TODAY, AM, NOW);
        assertEquals(ClientLoss.State.RECOVERED, l.state());
        assertEquals(LOST, l.recoveredOn());
        assertEquals("state", refused(() -> l.recovered(TODAY, TODAY, AM, NOW)), "won back twice");
        assertEquals("state", refused(() -> l.stepDone(0, AM, NOW)), "the plan is closed");
    }

    private static Lifecycle.Assessment formation() {
        return new Lifecycle.Assessment(
                LifecycleStage.FORMATION,
                20,
                Lifecycle.RiskLevel.LOW,
                List.of(),
                org.threepl.portal.domain.model.shared.Message.of("explain.stage.tenureUnder"));
    }

    @Test
    void theLifecycleEndsInLostAndReadsRecoveredForSixMonths() {
        Lifecycle.Assessment a = formation();
        Lifecycle.Assessment lost = new LossStanding(LOST, LossReason.SERVICE_FAILURE, null).over(a, TODAY);
        assertEquals(LifecycleStage.LOST, lost.stage());
        assertEquals("explain.stage.lost", lost.reason().key());
        assertEquals(20, lost.churnRisk(), "the signals are still checked");

        LocalDate back = LocalDate.of(2026, 6, 5);
        LossStanding recovered = new LossStanding(LocalDate.of(2026, 5, 1), LossReason.PRICE, back);
        assertEquals(LifecycleStage.RECOVERED, recovered.over(a, back).stage());
        assertEquals(
                LifecycleStage.RECOVERED,
                recovered.over(a, back.plusMonths(6).minusDays(1)).stage());
        assertSame(a, recovered.over(a, back.plusMonths(6)), "six months on, the tenure decides again");
    }
}
