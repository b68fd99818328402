package org.threepl.portal.application.shipment;

import java.time.Instant;
import java.util.List;

/** The port that writes a 997 functional acknowledgement as X12 text ({@code infrastructure.edi}, StAEDI). */
public interface Edi997Writer {

    /** The interchange's envelope answers the one received: sender and receiver swapped, its own control number. */
    String write(Acknowledgement ack, Instant now);

    record Acknowledgement(String sender, String receiver, String controlNumber, String usage, List<GroupAck> groups) {}

    /**
     * AK1 and AK9: the group acknowledged, the sets' acknowledgements, the group's status (A, E, P or R), how many sets
     * were received and accepted.
     */
    record GroupAck(
            String functionalId,
            String sender,
            String receiver,
            String controlNumber,
            String version,
            List<SetAck> sets,
            String status,
            int received,
            int accepted) {}

    /** AK2 … AK5: the set, its status (A, E or R), the set's error codes (AK5-02…) and its segments in error. */
    record SetAck(String type, String controlNumber, String status, List<String> codes, List<SegmentNote> notes) {}

    /** AK3 (and AK4 when {@code element} is over 0): tag, position, AK3-04, element position, AK4-03, the value. */
    record SegmentNote(String tag, int position, String segmentCode, int element, String elementCode, String value) {}
}
