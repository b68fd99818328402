package org.threepl.portal.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** A closed range of calendar days; an open end means "until further notice". */
@Embeddable
public class DateRange {

    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    protected DateRange() {
        // for JPA
    }

    public DateRange(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "A start date is required");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("The end date " + end + " is before the start date " + start);
        }
        this.start = start;
        this.end = end;
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    public boolean isOpenEnded() {
        return end == null;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateRange r && r.start.equals(start) && Objects.equals(r.end, end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    @Override
    public String toString() {
        return start + ".." + (end == null ? "" : end);
    }
}
