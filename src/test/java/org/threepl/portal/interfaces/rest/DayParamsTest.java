package org.threepl.portal.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

class DayParamsTest {

    @Test
    void aDayIsReadAndABadOneNamesItsParameter() {
        assertEquals(LocalDate.of(2026, 11, 20), DayParams.required("day", " 2026-11-20 "));
        DomainRuleViolation bad =
                assertThrows(DomainRuleViolation.class, () -> DayParams.required("issuedFrom", "2026-13-01"));
        assertEquals("issuedFrom", bad.field());
        assertTrue(bad.getMessage().contains("2026-13-01"), bad.getMessage());
        assertEquals(
                "from",
                assertThrows(DomainRuleViolation.class, () -> DayParams.required("from", " "))
                        .field());
    }

    @Test
    void anOptionalDayNotGivenIsNull() {
        assertNull(DayParams.optional("day", null));
        assertNull(DayParams.optional("day", ""));
        assertEquals(LocalDate.of(2026, 1, 31), DayParams.optional("day", "2026-01-31"));
        assertThrows(DomainRuleViolation.class, () -> DayParams.optional("day", "31/01/2026"));
    }
}
