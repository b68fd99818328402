package org.threepl.portal.application.shipment;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Enums;
import org.threepl.portal.domain.model.shipment.ShipmentStatus;

/**
 * The shipments page's filter and order as query parameters (the form saved filters keep it in: {@code sort},
 * {@code status}, {@code reference}, {@code lane}, {@code pickupFrom}, {@code pickupTo} (days, the last included, from
 * 00:00 UTC as the page reads them), {@code exceptions}, {@code progress}), read back into what the export takes.
 */
public record ShipmentFilterDefinition(ShipmentFilter filter, ShipmentSort sort) {

    /** The filter {@code definition} states, narrowed to {@code organisationId} if one is given; unknown keys pass. */
    public static ShipmentFilterDefinition parse(String definition, Long organisationId) {
        Map<String, String> p = new HashMap<>();
        for (String pair : (definition == null ? "" : definition).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                p.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        try {
            ShipmentFilter filter = new ShipmentFilter(
                    organisationId,
                    Enums.parseOptional(ShipmentStatus.class, "filter", p.get("status")),
                    day(p.get("pickupFrom"), false),
                    day(p.get("pickupTo"), true),
                    null,
                    null,
                    p.get("lane"),
                    null,
                    null,
                    p.get("reference"),
                    Boolean.parseBoolean(p.get("exceptions")),
                    Enums.parseOptional(ShipmentStatus.Progress.class, "filter", p.get("progress")));
            return new ShipmentFilterDefinition(filter, ShipmentSort.parse(p.getOrDefault("sort", "-pickup")));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new DomainRuleViolation(
                    "filter", "rule.shipmentFilter.invalid", "Not a shipment filter: {0}", e.getMessage());
        }
    }

    private static Instant day(String value, boolean inclusiveEnd) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day = LocalDate.parse(value.strip());
        return (inclusiveEnd ? day.plusDays(1) : day)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
    }
}
