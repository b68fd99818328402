package org.threepl.portal.application.shipment;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders a shipment list can be read in; each is stable because the id breaks ties. */
public enum ShipmentSort {
    PICKUP_DESC("-pickup", "pickup_from", false),
    PICKUP_ASC("pickup", "pickup_from", true),
    DELIVERY_DESC("-delivery", "delivery_from", false),
    DELIVERY_ASC("delivery", "delivery_from", true);

    private final String parameter;
    private final String column;
    private final boolean ascending;

    ShipmentSort(String parameter, String column, boolean ascending) {
        this.parameter = parameter;
        this.column = column;
        this.ascending = ascending;
    }

    public static ShipmentSort parse(String value) {
        if (value == null || value.isBlank()) {
            return PICKUP_DESC;
        }
        return Arrays.stream(values())
                .filter(s -> s.parameter.equals(value.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown sort '" + value + "'; allowed: "
                        + Arrays.stream(values()).map(ShipmentSort::parameter).collect(Collectors.joining(", "))));
    }

    public String parameter() {
        return parameter;
    }

    public String column() {
        return column;
    }

    public boolean ascending() {
        return ascending;
    }
}
