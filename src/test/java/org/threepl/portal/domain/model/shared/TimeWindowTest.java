package org.threepl.portal.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TimeWindow")
class TimeWindowTest {

    private static final Instant FROM = Instant.parse("2025-04-01T08:00:00Z");
    private static final Instant TO = Instant.parse("2025-04-01T12:00:00Z");

    @Test
    void refusesAnEndBeforeTheStartNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TimeWindow(TO, FROM));
        assertTrue(e.getMessage().contains(FROM.toString()) && e.getMessage().contains(TO.toString()), e.getMessage());
    }

    @Test
    void refusesAnEndOneNanosecondBeforeTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(FROM, FROM.minusNanos(1)));
    }

    @Test
    void anInstantWindowIsAllowed() {
        TimeWindow instant = new TimeWindow(FROM, FROM);
        assertTrue(instant.contains(FROM));
        assertFalse(instant.contains(FROM.plusNanos(1)));
        assertFalse(instant.contains(FROM.minusNanos(1)));
    }

    @Test
    void requiresAStartAndAnEnd() {
        assertThrows(NullPointerException.class, () -> new TimeWindow(null, TO));
        assertThrows(NullPointerException.class, () -> new TimeWindow(FROM, null));
    }

    @Test
    void containsBothBoundariesAndWhatIsBetween() {
        TimeWindow w = new TimeWindow(FROM, TO);
        assertTrue(w.contains(FROM));
        assertTrue(w.contains(TO));
        assertTrue(w.contains(FROM.plusSeconds(3600)));
    }

    @Test
    void doesNotContainWhatIsOutside() {
        TimeWindow w = new TimeWindow(FROM, TO);
        assertFalse(w.contains(FROM.minusNanos(1)));
        assertFalse(w.contains(TO.plusNanos(1)));
    }

    @Test
    void latenessIsTheTimeAfterTheEnd() {
        TimeWindow w = new TimeWindow(FROM, TO);
        assertEquals(Duration.ofMinutes(90), w.latenessOf(TO.plus(Duration.ofMinutes(90))));
        assertEquals(Duration.ofNanos(1), w.latenessOf(TO.plusNanos(1)));
    }

    @Test
    void noLatenessWithinOrBeforeTheWindow() {
        TimeWindow w = new TimeWindow(FROM, TO);
        assertEquals(Duration.ZERO, w.latenessOf(TO));
        assertEquals(Duration.ZERO, w.latenessOf(FROM));
        assertEquals(Duration.ZERO, w.latenessOf(FROM.minusSeconds(86_400)));
    }

    @Test
    void equalityIsByStartAndEnd() {
        TimeWindow w = new TimeWindow(FROM, TO);
        assertEquals(w, new TimeWindow(FROM, TO));
        assertEquals(w.hashCode(), new TimeWindow(FROM, TO).hashCode());
        assertNotEquals(w, new TimeWindow(FROM, TO.plusSeconds(1)));
        assertNotEquals(w, new TimeWindow(FROM.minusSeconds(1), TO));
        assertEquals(FROM, w.from());
        assertEquals(TO, w.to());
        assertEquals(FROM + "/" + TO, w.toString());
    }
}
