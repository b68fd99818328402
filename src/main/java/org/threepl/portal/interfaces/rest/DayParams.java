package org.threepl.portal.interfaces.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** Days given as query parameters (ISO, e.g. 2026-11-20); a bad one is a 422 naming the parameter. */
final class DayParams {

    private DayParams() {}

    static LocalDate required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(name, "rule.param.day.required", "A day is required, e.g. 2026-11-01");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new DomainRuleViolation(name, "rule.param.day.format", "Not a day (2026-11-20): {0}", value);
        }
    }

    /** Null when not given. */
    static LocalDate optional(String name, String value) {
        return value == null || value.isBlank() ? null : required(name, value);
    }
}
