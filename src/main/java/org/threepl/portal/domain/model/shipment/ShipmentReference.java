package org.threepl.portal.domain.model.shipment;

import java.util.Objects;
import java.util.regex.Pattern;

/** The client's own reference for a shipment (order or delivery number): unique within the client. */
public record ShipmentReference(String value) {

    /** The most characters of a reference (the column {@code client_reference}, and an event's reference to it). */
    public static final int LENGTH = 64;

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._:#-]{0," + (LENGTH - 1) + "}");

    public ShipmentReference {
        Objects.requireNonNull(value, "A shipment reference is required");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A shipment reference is 1 to " + LENGTH
                    + " letters, digits or / . _ : # - (starting with a letter or digit): " + value);
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
