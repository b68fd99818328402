package org.threepl.portal.domain.model.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

@DisplayName("ProofOfDelivery")
class ProofOfDeliveryTest {

    private static final Instant SIGNED = Instant.parse("2025-06-01T14:30:00Z");

    @Test
    void keepsTheStrippedSignatoryTheTimeAndTheQuantity() {
        ProofOfDelivery pod = new ProofOfDelivery("  Jane Doe ", SIGNED, 7);
        assertEquals("Jane Doe", pod.signedBy());
        assertEquals(SIGNED, pod.signedAt());
        assertEquals(7, pod.deliveredQuantity());
    }

    @Test
    void aDeliveredQuantityOfZeroIsAllowed() {
        assertEquals(0, new ProofOfDelivery("Jane Doe", SIGNED, 0).deliveredQuantity());
    }

    @Test
    void refusesANegativeQuantity() {
        assertEquals(
                "The delivered quantity cannot be negative",
                assertThrows(DomainRuleViolation.class, () -> new ProofOfDelivery("Jane Doe", SIGNED, -1))
                        .getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\n"})
    void requiresTheSignatory(String blank) {
        assertThrows(DomainRuleViolation.class, () -> new ProofOfDelivery(blank, SIGNED, 1));
    }

    @Test
    void theSignatoryHasAtMost200Characters() {
        assertEquals(
                200, new ProofOfDelivery("N".repeat(200), SIGNED, 1).signedBy().length());
        assertEquals(
                200,
                new ProofOfDelivery(" " + "N".repeat(200) + " ", SIGNED, 1)
                        .signedBy()
                        .length());
        assertThrows(DomainRuleViolation.class, () -> new ProofOfDelivery("N".repeat(201), SIGNED, 1));
    }

    @Test
    void requiresTheTimeOfSigning() {
        assertEquals(
                "The time of signing is required",
                assertThrows(NullPointerException.class, () -> new ProofOfDelivery("Jane Doe", null, 1))
                        .getMessage());
    }
}
