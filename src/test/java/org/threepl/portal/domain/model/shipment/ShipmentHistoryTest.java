package org.threepl.portal.domain.model.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.domain.model.shipment.ShipmentTest.CREATED;
import static org.threepl.portal.domain.model.shipment.ShipmentTest.DELIVERY;
import static org.threepl.portal.domain.model.shipment.ShipmentTest.PICKUP;
import static org.threepl.portal.domain.model.shipment.ShipmentTest.plan;
import static org.threepl.portal.domain.model.shipment.ShipmentTest.validPlan;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.domain.model.shared.TimeWindow;

/** What a replan or a proof of delivery changes, field by field, for the shipment's history. */
class ShipmentHistoryTest {

    private static final Actor CLIENT_KEY = Actor.credential(3, "client TMS");

    @Test
    void aNewShipmentAndTheSamePlanAgainChangeNothing() {
        Shipment s = ShipmentTest.newShipment();
        assertTrue(s.replan(validPlan(), CREATED.plusSeconds(60)).isEmpty());
    }

    @Test
    void eachChangedFieldIsListedWithItsOldAndNewValue() {
        Shipment s = ShipmentTest.newShipment();
        TimeWindow earlier = new TimeWindow(
                DELIVERY.from().minus(Duration.ofDays(2)), DELIVERY.to().minus(Duration.ofDays(2)));
        List<ShipmentChange.Change> changes = s.replan(
                plan(
                        "SHP-1",
                        "Shanghai",
                        "Hamburg",
                        PICKUP,
                        earlier,
                        12,
                        new BigDecimal("1250.5"),
                        Money.of("12000", "EUR")),
                CREATED.plusSeconds(60));
        assertEquals(
                List.of(
                        new ShipmentChange.Change(
                                ShipmentChange.Field.DELIVERY_WINDOW,
                                "2025-06-01T08:00:00Z/2025-06-02T08:00:00Z",
                                "2025-05-30T08:00:00Z/2025-05-31T08:00:00Z"),
                        new ShipmentChange.Change(ShipmentChange.Field.ORDERED_QUANTITY, "10", "12"),
                        new ShipmentChange.Change(ShipmentChange.Field.DECLARED_VALUE, "10000 EUR", "12000 EUR")),
                changes,
                "the weight 1250.500 and 1250.5 is the same weight");
    }

    @Test
    void theFirstProofOfDeliveryIsRecordedWholeLaterOnesByWhatChanged() {
        Shipment s = ShipmentTest.newShipment();
        var signed = CREATED.plus(Duration.ofDays(31));
        List<ShipmentChange.Change> first =
                s.recordProofOfDelivery(new ProofOfDelivery("J. Doe", signed, 10), CLIENT_KEY, signed);
        assertEquals(3, first.size());
        assertEquals(CLIENT_KEY, s.podRecordedBy());
        List<ShipmentChange.Change> second =
                s.recordProofOfDelivery(new ProofOfDelivery("J. Doe", signed, 12), CLIENT_KEY, signed);
        assertEquals(
                List.of(new ShipmentChange.Change(ShipmentChange.Field.POD_DELIVERED_QUANTITY, "10", "12")), second);
    }
}
