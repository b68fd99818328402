package org.threepl.portal.application.shipment;

import java.time.Instant;
import org.threepl.portal.domain.model.shipment.ShipmentNote;

/**
 * A note as shown and sent: {@code author} the name its author had then, {@code authorKind} whether that was a person
 * (USER), an API key (CREDENTIAL) or is not known (LEGACY: written before actors were typed).
 */
public record NoteView(Long id, String author, String authorKind, String side, String text, Instant createdAt) {

    public static NoteView of(ShipmentNote n) {
        return new NoteView(
                n.id(), n.author().name(), n.author().kind().name(), n.side().name(), n.text(), n.createdAt());
    }
}
