package org.threepl.portal.application.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shipment.ShipmentStatus;

class ShipmentFilterDefinitionTest {

    @Test
    void readsTheShipmentsPagesFilterBack() {
        var d = ShipmentFilterDefinition.parse(
                "sort=delivery&status=DELIVERED&reference=PO%2012&lane=CN%E2%86%92DE&pickupFrom=2026-11-01"
                        + "&pickupTo=2026-11-30&exceptions=true&progress=OPEN",
                7L);
        assertEquals(ShipmentSort.DELIVERY_ASC, d.sort());
        assertEquals(7L, d.filter().organisationId());
        assertEquals(ShipmentStatus.DELIVERED, d.filter().status());
        assertEquals("PO 12", d.filter().reference());
        assertEquals("CN→DE", d.filter().lane());
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), d.filter().pickupFrom());
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), d.filter().pickupTo(), "the last day included");
        assertTrue(d.filter().exceptionsOnly());
    }

    @Test
    void noFilterIsEverything() {
        var d = ShipmentFilterDefinition.parse(null, null);
        assertEquals(ShipmentSort.PICKUP_DESC, d.sort());
        assertNull(d.filter().status());
    }

    @Test
    void aFilterThatCannotBeReadIsRefusedOnFilter() {
        assertEquals(
                "filter",
                assertThrows(DomainRuleViolation.class, () -> ShipmentFilterDefinition.parse("status=LOST", null))
                        .field());
        assertEquals(
                "filter",
                assertThrows(DomainRuleViolation.class, () -> ShipmentFilterDefinition.parse("pickupFrom=x", null))
                        .field());
    }
}
