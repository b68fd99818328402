package org.threepl.portal.domain.model.shipment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** X12 214 shipment status reason codes (AT7-02) the portal understands; names under {@code reason.<code>}. */
public enum ReasonCode {
    NS("Normal status"),
    A1("Missed delivery"),
    A2("Incorrect address"),
    AF("Accident"),
    AG("Consignee related"),
    AH("Driver related"),
    AI("Mechanical breakdown"),
    AJ("Other carrier related"),
    AM("Shipper related"),
    AN("Holiday - closed"),
    AO("Weather or natural disaster related"),
    AQ("Recipient unavailable - delivery delayed"),
    AX("Insufficient time to complete delivery"),
    B1("Consignee closed");

    private final String description;

    ReasonCode(String description) {
        this.description = description;
    }

    public static ReasonCode parse(String code) {
        return Arrays.stream(values())
                .filter(c -> code != null && c.name().equals(code.trim().toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown X12 214 reason code '" + code + "'; allowed: " + allowed()));
    }

    public static Optional<ReasonCode> parseOptional(String code) {
        return code == null || code.isBlank() ? Optional.empty() : Optional.of(parse(code));
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    public String description() {
        return description;
    }
}
