package org.threepl.portal.domain.model.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link DerivedStatus#with} and {@link ServiceFacts#with} against the specification, {@link DerivedStatus#of} and
 * {@link ServiceFacts#of} over all the events: random histories (every code, many ties in time, duplicates) arriving in
 * random batches in random order.
 */
@DisplayName("Status derived from the stored status plus new events")
class IncrementalDerivationTest {

    private static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");
    private static final StatusCode[] CODES = StatusCode.values();

    record Fact(StatusCode statusCode, Instant occurredAt, Instant receivedAt) implements EventFact {}

    private static Fact random(Random r) {
        // few distinct minutes: ties of occurrence (and of receipt) are frequent
        int occurred = r.nextInt(12);
        return new Fact(
                CODES[r.nextInt(CODES.length)],
                T0.plusSeconds(60L * occurred),
                T0.plusSeconds(60L * (occurred + r.nextInt(4))));
    }

    @Test
    void givesWhatAllTheEventsGiveWheneverItGivesAnything() {
        Random r = new Random(20261129);
        int known = 0;
        int unknown = 0;
        for (int trial = 0; trial < 50_000; trial++) {
            List<Fact> history = new ArrayList<>();
            int n = r.nextInt(14);
            for (int i = 0; i < n; i++) {
                history.add(random(r));
                if (r.nextInt(6) == 0) {
                    history.add(history.get(r.nextInt(history.size()))); // a duplicate, sent again
                }
            }
            Collections.shuffle(history, r);
            List<Fact> stored = new ArrayList<>();
            DerivedStatus status = DerivedStatus.of(stored);
            ServiceFacts facts = ServiceFacts.of(stored);
            int at = 0;
            while (at < history.size()) {
                int size = 1 + r.nextInt(Math.max(1, history.size() - at));
                List<Fact> batch = history.subList(at, Math.min(history.size(), at + size));
                at += batch.size();
                stored.addAll(batch);
                DerivedStatus expected = DerivedStatus.of(stored);
                Optional<DerivedStatus> incremental = status.with(batch);
                if (incremental.isPresent()) {
                    known++;
                    assertEquals(expected, incremental.get(), () -> "stored " + stored + ", last batch " + batch);
                } else {
                    unknown++;
                }
                assertEquals(
                        ServiceFacts.of(stored), facts.with(batch), () -> "stored " + stored + ", last batch " + batch);
                status = expected; // what the store keeps, by one way or the other
                facts = ServiceFacts.of(stored);
            }
        }
        // the fall-back to all events is the exception even for such shuffled, tie-ridden histories
        assertTrue(known > 3 * unknown, known + " known, " + unknown + " needed all events");
    }

    @Test
    void eventsArrivingInTheOrderTheyHappenedNeverNeedTheWholeHistory() {
        Random r = new Random(7);
        for (int trial = 0; trial < 10_000; trial++) {
            List<Fact> stored = new ArrayList<>();
            DerivedStatus status = DerivedStatus.of(stored);
            int minute = 0;
            for (int batch = 0; batch < 6; batch++) {
                List<Fact> added = new ArrayList<>();
                int size = 1 + r.nextInt(3);
                minute++;
                for (int i = 0; i < size; i++) {
                    Instant t = T0.plusSeconds(60L * (minute + i));
                    added.add(new Fact(CODES[r.nextInt(CODES.length)], t, t.plusSeconds(30)));
                }
                minute += size;
                stored.addAll(added);
                Optional<DerivedStatus> incremental = status.with(added);
                assertTrue(incremental.isPresent(), () -> "stored " + stored);
                assertEquals(DerivedStatus.of(stored), incremental.get());
                status = incremental.get();
            }
        }
    }

    @Test
    void aLateEventBeforeTheLatestOnRecordNeedsTheWholeHistoryUnlessItIsFinal() {
        DerivedStatus inTransit = DerivedStatus.of(
                List.of(new Fact(StatusCode.AF, T0, T0), new Fact(StatusCode.AG, T0.plusSeconds(600), T0)));
        assertTrue(
                inTransit
                        .with(List.of(new Fact(StatusCode.SD, T0.plusSeconds(300), T0.plusSeconds(900))))
                        .isEmpty(),
                "a delay reported between the departure and the estimate might be the latest status-changing event");
        assertEquals(
                Optional.of(DerivedStatus.of(List.of(
                        new Fact(StatusCode.AF, T0, T0),
                        new Fact(StatusCode.AG, T0.plusSeconds(600), T0),
                        new Fact(StatusCode.D1, T0.plusSeconds(300), T0.plusSeconds(900))))),
                inTransit.with(List.of(new Fact(StatusCode.D1, T0.plusSeconds(300), T0.plusSeconds(900)))),
                "a delivery is final whenever it happened");
        assertEquals(Optional.of(inTransit), inTransit.with(List.of()));
    }
}
