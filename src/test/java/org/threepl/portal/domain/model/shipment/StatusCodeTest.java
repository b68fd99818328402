package org.threepl.portal.domain.model.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("StatusCode")
class StatusCodeTest {

    @ParameterizedTest
    @EnumSource(StatusCode.class)
    void parsesEachCodeByItsName(StatusCode code) {
        assertEquals(code, StatusCode.parse(code.name()));
    }

    @Test
    void parsingIgnoresCaseAndSurroundingSpace() {
        assertEquals(StatusCode.D1, StatusCode.parse("d1"));
        assertEquals(StatusCode.AF, StatusCode.parse("  aF \t"));
        assertEquals(StatusCode.X6, StatusCode.parse(" X6"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ", "", "  ", "D 1", "D1X", "delivered"})
    void anUnknownCodeIsRefusedWithTheCodeAndEveryAllowedCode(String unknown) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatusCode.parse(unknown));
        assertTrue(e.getMessage().contains("'" + unknown + "'"), e.getMessage());
        for (StatusCode code : StatusCode.values()) {
            assertTrue(e.getMessage().contains(code.name()), code + " missing from: " + e.getMessage());
        }
    }

    @Test
    void aMissingCodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StatusCode.parse(null));
    }

    @Test
    void allowedListsEveryCodeInOrder() {
        assertEquals("X3, AF, X4, P1, X6, AG, X1, AH, AP, SD, A9, A7, D1, CD", StatusCode.allowed());
    }

    @Test
    void findReturnsTheCodeOrNothing() {
        assertEquals(Optional.of(StatusCode.A7), StatusCode.find(" a7 "));
        assertEquals(Optional.empty(), StatusCode.find("Q9"));
        assertEquals(Optional.empty(), StatusCode.find(""));
        assertEquals(Optional.empty(), StatusCode.find(null));
    }

    @Test
    void exactlyDelayDamageRefusalAndFailedDeliveryAreExceptions() {
        Set<StatusCode> exceptions = Arrays.stream(StatusCode.values())
                .filter(StatusCode::isException)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StatusCode.class)));
        assertEquals(EnumSet.of(StatusCode.AH, StatusCode.AP, StatusCode.SD, StatusCode.A9, StatusCode.A7), exceptions);
    }

    @Test
    void onlyEstimatedDeliveryAndDepartedDeliveryLocationAreInformational() {
        Set<StatusCode> informational = Arrays.stream(StatusCode.values())
                .filter(c -> c.status().isEmpty())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StatusCode.class)));
        assertEquals(EnumSet.of(StatusCode.AG, StatusCode.CD), informational);
    }

    @Test
    void mapsEachCodeToItsStatus() {
        assertEquals(Optional.of(ShipmentStatus.AT_PICKUP), StatusCode.X3.status());
        assertEquals(Optional.of(ShipmentStatus.IN_TRANSIT), StatusCode.AF.status());
        assertEquals(Optional.of(ShipmentStatus.IN_TRANSIT), StatusCode.X4.status());
        assertEquals(Optional.of(ShipmentStatus.IN_TRANSIT), StatusCode.P1.status());
        assertEquals(Optional.of(ShipmentStatus.IN_TRANSIT), StatusCode.X6.status());
        assertEquals(Optional.of(ShipmentStatus.AT_DELIVERY), StatusCode.X1.status());
        assertEquals(Optional.of(ShipmentStatus.DELIVERY_FAILED), StatusCode.AH.status());
        assertEquals(Optional.of(ShipmentStatus.DELIVERY_FAILED), StatusCode.AP.status());
        assertEquals(Optional.of(ShipmentStatus.DELAYED), StatusCode.SD.status());
        assertEquals(Optional.of(ShipmentStatus.DAMAGED), StatusCode.A9.status());
        assertEquals(Optional.of(ShipmentStatus.REFUSED), StatusCode.A7.status());
        assertEquals(Optional.of(ShipmentStatus.DELIVERED), StatusCode.D1.status());
    }

    @Test
    void onlyDeliveredAndRefusedAreFinalStatuses() {
        assertEquals(
                EnumSet.of(ShipmentStatus.DELIVERED, ShipmentStatus.REFUSED),
                Arrays.stream(ShipmentStatus.values())
                        .filter(ShipmentStatus::isFinal)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ShipmentStatus.class))));
    }

    @ParameterizedTest
    @EnumSource(StatusCode.class)
    void everyCodeHasADescription(StatusCode code) {
        assertFalse(code.description().isBlank());
    }
}
