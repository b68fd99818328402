package org.threepl.portal.domain.model.shipment;

import java.util.regex.Pattern;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/** The client's own reference for a shipment (order or delivery number): unique within the client. */
public record ShipmentReference(String value) {

    /** The most characters of a reference (the column {@code client_reference}, and an event's reference to it). */
    public static final int LENGTH = 64;

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._:#-]{0," + (LENGTH - 1) + "}");

    /** Refused with no field of its own: the field is the one that holds the reference (an event's, a shipment's). */
    public ShipmentReference {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(
                    null, "rule.shipment.reference.required", "The shipment reference is required");
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new DomainRuleViolation(
                    null,
                    "rule.shipment.reference.format",
                    "A shipment reference is 1 to {0} letters, digits or / . _ : # - (starting with a letter or digit):"
                            + " {1}",
                    LENGTH,
                    value);
        }
    }

    public static ShipmentReference of(String raw) {
        return new ShipmentReference(raw == null ? null : raw.trim());
    }

    @Override
    public String toString() {
        return value;
    }
}
