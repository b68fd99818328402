package org.threepl.portal.domain.model.shipment;

import java.time.Instant;

/** What status derivation needs to know of an event: what, when it happened, when it was received. */
public interface EventFact {

    StatusCode statusCode();

    Instant occurredAt();

    Instant receivedAt();

    /** The three facts as read from a stored event, without the event itself. */
    record Row(StatusCode statusCode, Instant occurredAt, Instant receivedAt) implements EventFact {}
}
