package org.threepl.portal.application.sla;

import java.time.Instant;
import java.util.List;

/**
 * A shipment counted as late (or not in full, damaged) in a KPI, as the drill-down lists it, with the evidence's
 * sources: who reported its events ({@code sources}), who recorded its proof of delivery, and whether its plan was
 * amended after the pick-up.
 */
public record LateShipmentView(
        Long id,
        String reference,
        String lane,
        String serviceLevel,
        Instant due,
        Instant clockStop,
        long minutesLate,
        String status,
        List<Source> sources,
        Source proofOfDeliveryBy,
        boolean amendedAfterPickup) {

    /**
     * A source of facts: its kind (USER, CREDENTIAL, SYSTEM), name, and the side it reports for (CLIENT or PROVIDER).
     */
    public record Source(String kind, String name, String side) {}

    /** The same shipment with its evidence's sources. */
    LateShipmentView withEvidence(List<Source> eventSources, Source pod, boolean amended) {
        return new LateShipmentView(
                id, reference, lane, serviceLevel, due, clockStop, minutesLate, status, eventSources, pod, amended);
    }
}
