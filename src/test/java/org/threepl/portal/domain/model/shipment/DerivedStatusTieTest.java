package org.threepl.portal.domain.model.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** events equal in occurredAt AND receivedAt (same batch) make the result depend on arrival order. */
class DerivedStatusTieTest {

    record Fact(StatusCode statusCode, Instant occurredAt, Instant receivedAt) implements EventFact {}

    @Test
    void aFullTieDoesNotDependOnArrivalOrder() {
        Instant t = Instant.parse("2025-03-10T08:00:00Z");
        Instant batch = t.plusSeconds(600);
        List<Fact> events = List.of(
                new Fact(StatusCode.X3, t.minusSeconds(3600), batch),
                new Fact(StatusCode.X1, t, batch),
                new Fact(StatusCode.AH, t, batch));
        DerivedStatus first = DerivedStatus.of(events);
        Random random = new Random(7L);
        for (int i = 0; i < 50; i++) {
            List<Fact> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, random);
            assertEquals(first, DerivedStatus.of(shuffled), "order " + shuffled);
        }
    }
}
