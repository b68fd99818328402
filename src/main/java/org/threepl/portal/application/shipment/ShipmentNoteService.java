package org.threepl.portal.application.shipment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.domain.model.shipment.Shipment;
import org.threepl.portal.domain.model.shipment.ShipmentNote;

/** Notes on a shipment: anyone who may see the shipment may add one, and both sides read them all. */
@ApplicationScoped
@Transactional
public class ShipmentNoteService {

    @Inject
    CallerContext callers;

    @Inject
    ShipmentRepository shipments;

    @Inject
    Clock clock;

    public NoteView add(Long shipmentId, String text) {
        Caller caller = callers.current();
        Shipment s = shipments
                .find(caller.tenantScope(), shipmentId)
                .orElseThrow(() -> new NotFoundException("Shipment " + shipmentId));
        ShipmentNote note = new ShipmentNote(
                s,
                caller.actor(),
                caller.isProvider() ? ShipmentNote.Side.PROVIDER : ShipmentNote.Side.CLIENT,
                text,
                clock.instant());
        shipments.add(note);
        shipments.flush();
        return NoteView.of(note);
    }
}
