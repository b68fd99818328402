package org.threepl.portal.domain.model.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A shipment taking its derived state reports a change of its status, and only that. */
class ShipmentStatusChangedTest {

    private static final Instant NOW = Instant.parse("2026-11-04T00:00:00Z");

    private static EventFact fact(StatusCode code, long minutes) {
        Instant t = ShipmentTest.PICKUP_FROM.plusSeconds(60 * minutes);
        return new EventFact.Row(code, t, t);
    }

    @Test
    void aNewStatusIsAFactWithTheOldAndTheNew() {
        Shipment s = ShipmentTest.newShipment();
        Optional<ShipmentStatusChanged> fact = s.derive(DerivedState.of(List.of(fact(StatusCode.X3, 0))), NOW);
        assertTrue(fact.isPresent());
        assertEquals(ShipmentStatus.BOOKED, fact.get().oldStatus());
        assertEquals(ShipmentStatus.AT_PICKUP, fact.get().newStatus());
        assertEquals(s.reference().value(), fact.get().reference());
        assertEquals(s.organisationId().longValue(), fact.get().organisationId());
        assertEquals(NOW, fact.get().at());
        assertEquals(ShipmentStatus.AT_PICKUP, s.status());
        assertEquals(NOW, s.updatedAt());
    }

    @Test
    void theSameStatusWithOtherFactsIsNoChangeOfStatusButIsTaken() {
        Shipment s = ShipmentTest.newShipment();
        s.derive(DerivedState.of(List.of(fact(StatusCode.X3, 0))), NOW);
        Optional<ShipmentStatusChanged> fact =
                s.derive(DerivedState.of(List.of(fact(StatusCode.X3, 0), fact(StatusCode.AG, 30))), NOW.plusSeconds(1));
        assertTrue(fact.isEmpty());
        assertEquals(ShipmentTest.PICKUP_FROM.plusSeconds(60 * 30), s.lastEventAt());
        assertEquals(NOW.plusSeconds(1), s.updatedAt());
    }

    @Test
    void theSameStateChangesNothing() {
        Shipment s = ShipmentTest.newShipment();
        DerivedState state = DerivedState.of(List.of(fact(StatusCode.X3, 0)));
        s.derive(state, NOW);
        assertTrue(s.derive(state, NOW.plusSeconds(5)).isEmpty());
        assertEquals(NOW, s.updatedAt(), "not even the time of the last update");
        assertEquals(state, s.derivedState());
    }

    @Test
    void aFactNeedsTwoDifferentStatuses() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ShipmentStatusChanged(1, 2, "R", ShipmentStatus.BOOKED, ShipmentStatus.BOOKED, NOW));
        assertTrue(ShipmentStatusChanged.between(1, 2, "R", ShipmentStatus.BOOKED, ShipmentStatus.BOOKED, NOW)
                .isEmpty());
    }
}
