package org.threepl.portal.application.shipment;

import org.threepl.portal.domain.model.shipment.Shipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A shipment with its whole timeline and proof of delivery. */
public record ShipmentDetail(ShipmentSummary shipment, BigDecimal weightKg, BigDecimal declaredValue, String currency,
                             Boolean inFull, ProofOfDeliveryView proofOfDelivery, List<EventView> events,
                             List<NoteView> notes) {

    public record ProofOfDeliveryView(String signedBy, Instant signedAt, int deliveredQuantity, String documentName,
                                      String documentType) {
    }

    public static ShipmentDetail of(Shipment s, List<EventView> events, ProofOfDeliveryView pod, List<NoteView> notes) {
        return new ShipmentDetail(ShipmentSummary.of(s), s.weightKg(),
                s.declaredValue() == null ? null : s.declaredValue().amount(),
                s.declaredValue() == null ? null : s.declaredValue().currency().getCurrencyCode(),
                s.isInFull(), pod, events, notes);
    }
}
