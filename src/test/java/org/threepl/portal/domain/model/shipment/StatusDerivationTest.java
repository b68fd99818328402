package org.threepl.portal.domain.model.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The status rule for a batch of shipments: incremental where it can be, whole where it must, the same result as the
 * whole set.
 */
class StatusDerivationTest {

    private static final Instant T = Instant.parse("2026-11-03T08:00:00Z");

    private static EventFact fact(StatusCode code, long minutes) {
        return new EventFact.Row(code, T.plusSeconds(60 * minutes), T.plusSeconds(60 * minutes + 5));
    }

    @Test
    void newEventsAfterTheHistoryAreDerivedFromTheStoredStateAlone() {
        List<EventFact> history = List.of(fact(StatusCode.X3, 0), fact(StatusCode.AF, 10));
        StatusDerivation d = new StatusDerivation(
                Map.of(1L, DerivedState.of(history)), Map.of(1L, List.of(fact(StatusCode.X1, 60))));
        assertTrue(d.needingAllEvents().isEmpty());
        Map<Long, DerivedState> changed = d.changed(Map.of());
        assertEquals(ShipmentStatus.AT_DELIVERY, changed.get(1L).status().status());
        assertEquals(T.plusSeconds(600), changed.get(1L).facts().pickedUpAt());
    }

    @Test
    void aLateStatusChangingEventNeedsAllEventsAndGetsTheWholeSetsAnswer() {
        List<EventFact> history = List.of(fact(StatusCode.X3, 0), fact(StatusCode.X1, 60));
        EventFact late = fact(StatusCode.AF, 30);
        StatusDerivation d = new StatusDerivation(Map.of(1L, DerivedState.of(history)), Map.of(1L, List.of(late)));
        assertEquals(java.util.Set.of(1L), d.needingAllEvents());
        List<EventFact> all = new ArrayList<>(history);
        all.add(late);
        DerivedState next = d.changed(Map.of(1L, all)).get(1L);
        assertEquals(DerivedState.of(all), next);
        assertEquals(ShipmentStatus.AT_DELIVERY, next.status().status(), "the later X1 still decides");
    }

    @Test
    void anUnchangedStateIsNoChange() {
        List<EventFact> history = List.of(fact(StatusCode.D1, 60));
        StatusDerivation d = new StatusDerivation(
                Map.of(1L, DerivedState.of(history)), Map.of(1L, List.of(fact(StatusCode.D1, 60))));
        assertTrue(d.changed(Map.of()).isEmpty(), "a duplicate changes nothing: no write, no fact");
    }

    @Test
    void everyAddedShipmentNeedsItsStoredState() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new StatusDerivation(Map.of(), Map.of(7L, List.of(fact(StatusCode.X3, 0)))));
    }

    /** On random histories split at random into what was stored and what a batch adds: always the whole set's state. */
    @Test
    void givesWhatTheWholeSetGivesOnRandomHistories() {
        Random random = new Random(13);
        StatusCode[] codes = StatusCode.values();
        for (int round = 0; round < 200; round++) {
            Map<Long, DerivedState> stored = new HashMap<>();
            Map<Long, List<EventFact>> added = new HashMap<>();
            Map<Long, List<EventFact>> all = new HashMap<>();
            for (long id = 1; id <= 20; id++) {
                List<EventFact> before = new ArrayList<>();
                List<EventFact> batch = new ArrayList<>();
                for (int i = random.nextInt(6); i > 0; i--) {
                    before.add(fact(codes[random.nextInt(codes.length)], random.nextInt(50)));
                }
                for (int i = 1 + random.nextInt(3); i > 0; i--) {
                    batch.add(fact(codes[random.nextInt(codes.length)], random.nextInt(60)));
                }
                stored.put(id, DerivedState.of(before));
                added.put(id, batch);
                List<EventFact> every = new ArrayList<>(before);
                every.addAll(batch);
                all.put(id, every);
            }
            StatusDerivation d = new StatusDerivation(stored, added);
            Map<Long, List<EventFact>> asked = new HashMap<>();
            d.needingAllEvents().forEach(id -> asked.put(id, all.get(id)));
            Map<Long, DerivedState> changed = d.changed(asked);
            for (long id = 1; id <= 20; id++) {
                DerivedState expected = DerivedState.of(all.get(id));
                if (expected.equals(stored.get(id))) {
                    assertFalse(changed.containsKey(id), "round " + round + ", shipment " + id);
                } else {
                    assertEquals(expected, changed.get(id), "round " + round + ", shipment " + id);
                }
            }
        }
    }
}
