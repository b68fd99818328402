package org.threepl.portal.application.shipment;

import java.io.OutputStream;
import java.time.Instant;
import java.util.Iterator;

/** The port that writes shipment events as an X12 214 interchange ({@code infrastructure.edi}, StAEDI). */
public interface Edi214Writer {

    /**
     * Writes one interchange to {@code out} (left open) as the statuses come: one group, one transaction set per
     * shipment (a shipment's statuses come together, in the order they happened); returns the number of sets.
     */
    int write(OutputStream out, Envelope envelope, Iterator<Status> statuses);

    /** The interchange's sender and receiver ids (ISA06/08, GS02/03), its control number, when it is written. */
    record Envelope(String sender, String receiver, long controlNumber, Instant now) {}

    /** One event of one shipment: the client's reference, the 3PL's number, the codes, when (UTC) and where. */
    record Status(
            long shipmentId,
            String reference,
            String shipmentNumber,
            String statusCode,
            String reasonCode,
            Instant occurredAt,
            String location) {}
}
