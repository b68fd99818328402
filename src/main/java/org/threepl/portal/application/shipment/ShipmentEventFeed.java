package org.threepl.portal.application.shipment;

import java.time.Instant;
import java.util.stream.Stream;

/** The port that streams an organisation's events for a 214 export ({@code JpaShipmentEventFeed}). */
public interface ShipmentEventFeed {

    /**
     * The organisation's events that happened in [from, to), by shipment and then in the order they happened, streamed
     * with a fetch size: nothing is kept. The caller closes the stream.
     */
    Stream<Edi214Writer.Status> events(Long organisationId, Instant from, Instant to);
}
