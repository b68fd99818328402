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
        if (start == null) {
            throw new DomainRuleViolation("start", "rule.dateRange.start.required", "A start date is required");
        }
        if (end != null && end.isBefore(start)) {
            throw endBeforeStart("end", start, end);
        }
        this.start = start;
        this.end = end;
    }

    /**
     * A range from what a person or a system sent: a missing start is refused on {@code startField}, an end before the
     * start on {@code endField}, as a {@link DomainRuleViolation}.
     */
    public static DateRange from(String startField, LocalDate start, String endField, LocalDate end) {
        if (start == null) {
            throw new DomainRuleViolation(startField, "rule.dateRange.start.required", "A start date is required");
        }
        if (end != null && end.isBefore(start)) {
            throw endBeforeStart(endField, start, end);
        }
        return new DateRange(start, end);
    }

    private static DomainRuleViolation endBeforeStart(String field, LocalDate start, LocalDate end) {
        return new DomainRuleViolation(
                field, "rule.dateRange.endBeforeStart", "The end date {0} is before the start date {1}", end, start);
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
