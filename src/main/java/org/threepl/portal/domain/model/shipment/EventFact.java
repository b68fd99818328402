package org.threepl.portal.domain.model.shipment;

import java.time.Instant;

/** What status derivation needs to know of an event: what, when it happened, when it was received. */
public interface EventFact {

    StatusCode statusCode();

    Instant occurredAt();

    Instant receivedAt();
}
