package org.threepl.portal.application.shipment;

import java.io.InputStream;
import java.util.List;

/**
 * The port that reads an X12 interchange of 214 shipment status messages (implemented with StAEDI in
 * {@code infrastructure.edi}). It reads syntax only: the envelopes, control numbers and counts, and each transaction
 * set's segments as written; what the segments mean is the application's ({@link Edi214Service}).
 */
public interface Edi214Reader {

    /**
     * Reads a whole interchange. An interchange whose envelope cannot be read or does not add up (ISA, GS, GE or IEA
     * wrong, a count or control number that does not match, a missing trailer) is refused with a
     * {@code DomainRuleViolation} on {@code interchange}: nothing of it can be trusted. Errors inside a transaction set
     * are returned with that set.
     */
    Interchange read(InputStream in);

    /** ISA: sender and receiver ids (ISA06, ISA08, stripped), control number (ISA13), usage (ISA15, P or T). */
    record Interchange(String sender, String receiver, String controlNumber, String usage, List<Group> groups) {}

    /** GS: functional id (GS01, QM for 214), application sender and receiver, control number (GS06), version. */
    record Group(
            String functionalId,
            String sender,
            String receiver,
            String controlNumber,
            String version,
            List<TransactionSet> sets) {}

    /** ST … SE: type (ST01), control number (ST02), the segments between them, and its syntax errors. */
    record TransactionSet(String type, String controlNumber, List<Segment> segments, List<SyntaxError> errors) {}

    /** One segment: its tag, its position in the set (ST is 1) and its elements (index 0 is element 01). */
    record Segment(String tag, int position, List<String> elements) {
        public String element(int number) {
            return number <= elements.size() ? elements.get(number - 1) : "";
        }
    }

    /**
     * A syntax error inside a set: the segment, its position, the element's position (0: the segment as a whole), the
     * value as written (or empty).
     */
    record SyntaxError(String tag, int position, int element, X12Error error, String value) {}
}
