package org.threepl.portal.domain.model.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

@DisplayName("ShipmentReference")
class ShipmentReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"A", "7", "PO-2025-0001", "DN/4711.3", "order_12:line#4", "abc-DEF.ghi/jkl_mno:pqr#1"})
    void acceptsLettersDigitsAndTheAllowedPunctuation(String value) {
        assertEquals(value, new ShipmentReference(value).value());
        assertEquals(value, ShipmentReference.of(value).toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "-PO1",
                "/PO1",
                ".PO1",
                "#1",
                "PO 1",
                "PO1\n",
                "PO,1",
                "PO;1",
                "PO'1",
                "Bestellnr-Ä1",
                "<script>"
            })
    void refusesOtherValuesWithAHelpfulMessage(String value) {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> new ShipmentReference(value));
        if (value.isBlank()) {
            assertEquals("rule.shipment.reference.required", e.problems().get(0).key());
        } else {
            assertEquals("rule.shipment.reference.format", e.problems().get(0).key());
            assertTrue(e.getMessage().startsWith("A shipment reference is 1 to 64"), e.getMessage());
        }
        assertEquals(null, e.field(), "the field is the one holding the reference, named by whoever checks it");
    }

    @Test
    void ofTrimsSurroundingSpace() {
        assertEquals(new ShipmentReference("PO-1"), ShipmentReference.of("  PO-1\t"));
    }

    @Test
    void theConstructorDoesNotTrim() {
        assertThrows(DomainRuleViolation.class, () -> new ShipmentReference(" PO-1"));
    }

    @Test
    void ofABlankValueIsRefused() {
        assertThrows(DomainRuleViolation.class, () -> ShipmentReference.of("   "));
    }

    @Test
    void isRequired() {
        assertThrows(DomainRuleViolation.class, () -> ShipmentReference.of(null));
        assertThrows(DomainRuleViolation.class, () -> new ShipmentReference(null));
    }

    @Test
    void hasAtMost64Characters() {
        String max = "R" + "1".repeat(63);
        assertEquals(64, max.length());
        assertEquals(max, new ShipmentReference(max).value());
        assertThrows(DomainRuleViolation.class, () -> new ShipmentReference(max + "2"));
        assertEquals(max, ShipmentReference.of("  " + max + "  ").value(), "surrounding space does not count");
    }

    @Test
    void isCaseSensitive() {
        assertNotEquals(new ShipmentReference("po-1"), new ShipmentReference("PO-1"));
    }
}
