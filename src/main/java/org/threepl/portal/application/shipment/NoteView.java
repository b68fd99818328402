package org.threepl.portal.application.shipment;

import org.threepl.portal.domain.model.shipment.ShipmentNote;

import java.time.Instant;

public record NoteView(Long id, String author, String side, String text, Instant createdAt) {

    public static NoteView of(ShipmentNote n) {
        return new NoteView(n.id(), n.author(), n.side().name(), n.text(), n.createdAt());
    }
}
