package org.threepl.portal.domain.model.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

class WebhookSubscriptionTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private static WebhookSubscription subscription(Set<WebhookEventType> types) {
        return new WebhookSubscription(
                7L,
                WebhookUrl.of("https://tms.example.com/hooks", false),
                "TMS",
                types,
                WebhookSecret.generate(),
                Actor.user(1, "acme.admin"),
                NOW);
    }

    @Test
    void anActiveSubscriptionReceivesTheTypesItChoseOnly() {
        WebhookSubscription s = subscription(EnumSet.of(WebhookEventType.SHIPMENT_STATUS_CHANGED));
        assertEquals(SubscriptionState.ACTIVE, s.state());
        assertTrue(s.receives(WebhookEventType.SHIPMENT_STATUS_CHANGED));
        assertFalse(s.receives(WebhookEventType.INVOICE_RECORDED));
    }

    @Test
    void itNeedsATypeAndNeverSubscribesToTestEvents() {
        assertEquals(
                "eventTypes",
                assertThrows(DomainRuleViolation.class, () -> subscription(EnumSet.noneOf(WebhookEventType.class)))
                        .field());
        assertEquals(
                "eventTypes",
                assertThrows(DomainRuleViolation.class, () -> subscription(EnumSet.of(WebhookEventType.TEST)))
                        .field());
        WebhookSubscription s = subscription(EnumSet.of(WebhookEventType.OFFER_MADE));
        assertThrows(
                DomainRuleViolation.class,
                () -> s.change(s.url(), "x".repeat(WebhookSubscription.MAX_DESCRIPTION + 1), s.eventTypes()));
    }

    @Test
    void pausedByItsAdminsItReceivesNothingUntilResumed() {
        WebhookSubscription s = subscription(EnumSet.of(WebhookEventType.OFFER_MADE));
        s.pause();
        assertEquals(SubscriptionState.PAUSED, s.state());
        assertEquals(WebhookSubscription.PauseReason.BY_ADMIN, s.pausedReason());
        assertFalse(s.receives(WebhookEventType.OFFER_MADE));
        assertEquals("state", assertThrows(DomainRuleViolation.class, s::pause).field());
        s.resume();
        assertTrue(s.receives(WebhookEventType.OFFER_MADE));
        assertNull(s.pausedReason());
        assertEquals("state", assertThrows(DomainRuleViolation.class, s::resume).field());
    }

    @Test
    void itPausesItselfAtTheNthFailureInARowAndASuccessEndsTheRun() {
        WebhookSubscription s = subscription(EnumSet.of(WebhookEventType.OFFER_MADE));
        assertFalse(s.failed(3));
        assertFalse(s.failed(3));
        s.delivered();
        assertFalse(s.failed(3));
        assertFalse(s.failed(3));
        assertTrue(s.failed(3), "the third in a row pauses it");
        assertEquals(WebhookSubscription.PauseReason.FAILING, s.pausedReason());
        assertFalse(s.failed(3), "told once");
        s.resume();
        assertEquals(0, s.consecutiveFailures());
    }

    @Test
    void aDeliveryIsRetriedUntilItSucceedsOrIsGivenUpAndCanBeSentAgain() {
        WebhookDelivery d = new WebhookDelivery(1L, 2L, "shipment:3", NOW);
        assertEquals(DeliveryState.PENDING, d.state());
        d.failed(NOW, 500, 12, "down", null, Optional.of(NOW.plusSeconds(5)));
        assertEquals(DeliveryState.PENDING, d.state());
        assertEquals(NOW.plusSeconds(5), d.nextAttemptAt());
        assertEquals(1, d.failures());
        d.failed(NOW, null, 10_000, null, "timed out", Optional.empty());
        assertEquals(DeliveryState.FAILED, d.state());
        assertThrows(IllegalStateException.class, () -> d.succeeded(NOW, 200, 5, "ok"));
        d.redeliver(NOW.plusSeconds(60));
        assertEquals(DeliveryState.PENDING, d.state());
        assertEquals(0, d.failures());
        assertEquals(NOW.plusSeconds(60), d.attemptsFrom());
        d.succeeded(NOW.plusSeconds(61), 204, 8, "x".repeat(5000));
        assertEquals(DeliveryState.DELIVERED, d.state());
        assertEquals(3, d.attempts());
        assertEquals(WebhookDelivery.MAX_ANSWER, d.lastAnswer().length());
        assertThrows(IllegalStateException.class, () -> d.failed(NOW, 500, 1, null, null, Optional.of(NOW)));
    }
}
