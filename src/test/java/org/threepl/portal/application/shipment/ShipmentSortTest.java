package org.threepl.portal.application.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ShipmentSort")
class ShipmentSortTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void defaultsToLatestPickupFirst(String missing) {
        assertEquals(ShipmentSort.PICKUP_DESC, ShipmentSort.parse(missing));
    }

    @Test
    void parsesEachParameter() {
        assertEquals(ShipmentSort.PICKUP_DESC, ShipmentSort.parse("-pickup"));
        assertEquals(ShipmentSort.PICKUP_ASC, ShipmentSort.parse("pickup"));
        assertEquals(ShipmentSort.DELIVERY_DESC, ShipmentSort.parse("-delivery"));
        assertEquals(ShipmentSort.DELIVERY_ASC, ShipmentSort.parse("delivery"));
        assertEquals(ShipmentSort.DELIVERY_ASC, ShipmentSort.parse(" delivery "));
    }

    @ParameterizedTest
    @EnumSource(ShipmentSort.class)
    void parsesItsOwnParameter(ShipmentSort sort) {
        assertEquals(sort, ShipmentSort.parse(sort.parameter()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PICKUP_DESC", "+pickup", "status", "Pickup", "--pickup", "pickup,delivery"})
    void refusesAnUnknownSortListingTheAllowedOnes(String unknown) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShipmentSort.parse(unknown));
        assertEquals("Unknown sort '" + unknown + "'; allowed: -pickup, pickup, -delivery, delivery", e.getMessage());
    }

    @Test
    void sortsByTheRightColumnAndDirection() {
        assertEquals("pickup_from", ShipmentSort.PICKUP_DESC.column());
        assertFalse(ShipmentSort.PICKUP_DESC.ascending());
        assertEquals("pickup_from", ShipmentSort.PICKUP_ASC.column());
        assertTrue(ShipmentSort.PICKUP_ASC.ascending());
        assertEquals("delivery_from", ShipmentSort.DELIVERY_DESC.column());
        assertFalse(ShipmentSort.DELIVERY_DESC.ascending());
        assertEquals("delivery_from", ShipmentSort.DELIVERY_ASC.column());
        assertTrue(ShipmentSort.DELIVERY_ASC.ascending());
    }
}
