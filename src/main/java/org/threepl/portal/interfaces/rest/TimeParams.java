package org.threepl.portal.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * Moments given as query parameters: an ISO-8601 time with an offset, or a day (its start in UTC); a bad one is a 422
 * naming the parameter. The one reader of the API's time filters (shipments, webhook redelivery, the 214 export).
 */
final class TimeParams {

    private TimeParams() {}

    /** Null when not given. */
    static Instant optional(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.trim())
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            } catch (DateTimeParseException e2) {
                throw new DomainRuleViolation(
                        name,
                        "rule.param.time.format",
                        "Not a date (2026-11-20) or an ISO-8601 time with an offset: {0}",
                        value);
            }
        }
    }

    static Instant required(String name, String value) {
        Instant t = optional(name, value);
        if (t == null) {
            throw new DomainRuleViolation(
                    name,
                    "rule.param.time.required",
                    "A day (2026-11-01) or a time (2026-11-01T00:00:00Z) is required");
        }
        return t;
    }
}
