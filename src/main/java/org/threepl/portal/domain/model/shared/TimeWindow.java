package org.threepl.portal.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A planned window in time (pick-up, delivery): start no later than end. */
@Embeddable
public class TimeWindow {

    @Column(name = "window_from", nullable = false)
    private Instant from;

    @Column(name = "window_to", nullable = false)
    private Instant to;

    protected TimeWindow() {
        // for JPA
    }

    public TimeWindow(Instant from, Instant to) {
        Objects.requireNonNull(from, "A window needs a start");
        Objects.requireNonNull(to, "A window needs an end");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The window ends (" + to + ") before it starts (" + from + ")");
        }
        this.from = from;
        this.to = to;
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    public boolean contains(Instant t) {
        return !t.isBefore(from) && !t.isAfter(to);
    }

    /** How late {@code t} is after the window's end; zero when within or before it. */
    public Duration latenessOf(Instant t) {
        return t.isAfter(to) ? Duration.between(to, t) : Duration.ZERO;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeWindow w && w.from.equals(from) && w.to.equals(to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to);
    }

    @Override
    public String toString() {
        return from + "/" + to;
    }
}
