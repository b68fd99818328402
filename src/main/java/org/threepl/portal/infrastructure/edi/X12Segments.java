package org.threepl.portal.infrastructure.edi;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** What the 214 and 997 writers share: a writer checked by StAEDI's X12 00401 control schema, the ISA, a segment. */
final class X12Segments {

    static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final EDIOutputFactory FACTORY = EDIOutputFactory.newFactory();
    private static final Schema CONTROL = controlSchema();

    private X12Segments() {}

    /** A writer whose interchange is started; the control schema checks the envelope as it is written. */
    static EDIStreamWriter open(OutputStream out) throws EDIStreamException {
        EDIStreamWriter w = FACTORY.createEDIStreamWriter(out);
        w.setControlSchema(CONTROL);
        w.startInterchange();
        return w;
    }

    /** ISA, version 00401, ids qualified ZZ and padded to 15, ">" between components. */
    static void isa(EDIStreamWriter w, String sender, String receiver, ZonedDateTime t, String control, String usage)
            throws EDIStreamException {
        segment(
                w,
                "ISA",
                "00",
                "          ",
                "00",
                "          ",
                "ZZ",
                pad(sender),
                "ZZ",
                pad(receiver),
                YYMMDD.format(t),
                HHMM.format(t),
                "U",
                "00401",
                control,
                "0",
                "T".equals(usage) ? "T" : "P",
                ">");
    }

    /** Writes one segment, trailing empty elements left out (except in ISA); 1, for the set's segment count. */
    static int segment(EDIStreamWriter w, String tag, String... elements) throws EDIStreamException {
        int last = elements.length;
        while (last > 0 && (elements[last - 1] == null || elements[last - 1].isEmpty()) && !"ISA".equals(tag)) {
            last--;
        }
        w.writeStartSegment(tag);
        for (int i = 0; i < last; i++) {
            String e = elements[i];
            if (e == null || e.isEmpty()) {
                w.writeEmptyElement();
            } else {
                w.writeElement(e);
            }
        }
        w.writeEndSegment();
        return 1;
    }

    private static String pad(String id) {
        String s = id == null ? "" : StaediEdi214Writer.clean(id);
        return s.length() >= 15 ? s.substring(0, 15) : s + " ".repeat(15 - s.length());
    }

    private static Schema controlSchema() {
        try {
            return SchemaFactory.newFactory()
                    .getControlSchema(EDIStreamConstants.Standards.X12, new String[] {"00401"});
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI has no X12 00401 control schema", e);
        }
    }
}
