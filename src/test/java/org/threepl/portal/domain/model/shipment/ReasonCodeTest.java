package org.threepl.portal.domain.model.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ReasonCode")
class ReasonCodeTest {

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void parsesEachCodeByItsName(ReasonCode code) {
        assertEquals(code, ReasonCode.parse(code.name()));
    }

    @Test
    void parsingIgnoresCaseAndSurroundingSpace() {
        assertEquals(ReasonCode.NS, ReasonCode.parse(" ns "));
        assertEquals(ReasonCode.B1, ReasonCode.parse("b1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ", "", "X3", "N S"})
    void anUnknownCodeIsRefusedWithEveryAllowedCode(String unknown) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReasonCode.parse(unknown));
        assertTrue(e.getMessage().contains("'" + unknown + "'"), e.getMessage());
        for (ReasonCode code : ReasonCode.values()) {
            assertTrue(e.getMessage().contains(code.name()), code + " missing from: " + e.getMessage());
        }
    }

    @Test
    void parseRefusesAMissingCode() {
        assertThrows(IllegalArgumentException.class, () -> ReasonCode.parse(null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void anOptionalCodeMayBeMissingOrBlank(String missing) {
        assertEquals(Optional.empty(), ReasonCode.parseOptional(missing));
    }

    @Test
    void anOptionalCodeIsParsedWhenGiven() {
        assertEquals(Optional.of(ReasonCode.AQ), ReasonCode.parseOptional(" aq"));
    }

    @Test
    void anUnknownOptionalCodeIsStillRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReasonCode.parseOptional("QQ"));
        assertTrue(e.getMessage().contains("allowed: " + ReasonCode.allowed()), e.getMessage());
    }

    @Test
    void allowedListsEveryCode() {
        assertEquals("NS, A1, A2, AF, AG, AH, AI, AJ, AM, AN, AO, AQ, AX, B1", ReasonCode.allowed());
    }
}
