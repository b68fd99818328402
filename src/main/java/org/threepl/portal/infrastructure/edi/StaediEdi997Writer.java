package org.threepl.portal.infrastructure.edi;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.threepl.portal.application.shipment.Edi997Writer;

/**
 * The {@link Edi997Writer} over StAEDI's stream writer: one interchange (version 00401, the sender's usage indicator)
 * with one FA group per group received, one ST 997 each, the counts in SE, GE and IEA counted as written. The
 * interchange's control number is the time in seconds, modulo 10^9: an acknowledgement is never answered, so it only
 * has to differ from the acknowledgements sent before.
 */
@ApplicationScoped
public class StaediEdi997Writer implements Edi997Writer {

    private static final EDIOutputFactory FACTORY = EDIOutputFactory.newFactory();
    private static final Schema CONTROL = controlSchema();
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    @Override
    public String write(Acknowledgement ack, Instant now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZonedDateTime t = now.atZone(ZoneOffset.UTC);
        String control = String.format("%09d", now.getEpochSecond() % 1_000_000_000L);
        try (EDIStreamWriter w = FACTORY.createEDIStreamWriter(out)) {
            // the control schema has StAEDI check the envelope as it writes it (and keeps its warning out of the log)
            w.setControlSchema(CONTROL);
            w.startInterchange();
            segment(
                    w,
                    "ISA",
                    "00",
                    "          ",
                    "00",
                    "          ",
                    "ZZ",
                    pad(ack.receiver()),
                    "ZZ",
                    pad(ack.sender()),
                    YYMMDD.format(t),
                    HHMM.format(t),
                    "U",
                    "00401",
                    control,
                    "0",
                    "T".equals(ack.usage()) ? "T" : "P",
                    ">");
            int group = 0;
            for (GroupAck g : ack.groups()) {
                group++;
                String gc = Integer.toString(group);
                segment(
                        w,
                        "GS",
                        "FA",
                        g.receiver(),
                        g.sender(),
                        CCYYMMDD.format(t),
                        HHMM.format(t),
                        gc,
                        "X",
                        g.version());
                String st = String.format("%04d", group);
                int count = 0;
                count += segment(w, "ST", "997", st);
                count += segment(w, "AK1", g.functionalId(), g.controlNumber());
                for (SetAck s : g.sets()) {
                    count += segment(w, "AK2", s.type(), s.controlNumber());
                    for (SegmentNote n : s.notes()) {
                        count += segment(w, "AK3", n.tag(), Integer.toString(n.position()), "", n.segmentCode());
                        if (n.element() > 0) {
                            count += segment(
                                    w, "AK4", Integer.toString(n.element()), "", n.elementCode(), clip(n.value()));
                        }
                    }
                    String[] ak5 = new String[1 + Math.min(5, s.codes().size())];
                    ak5[0] = s.status();
                    for (int i = 1; i < ak5.length; i++) {
                        ak5[i] = s.codes().get(i - 1);
                    }
                    count += segment(w, "AK5", ak5);
                }
                count += segment(
                        w,
                        "AK9",
                        g.status(),
                        Integer.toString(g.sets().size()),
                        Integer.toString(g.received()),
                        Integer.toString(g.accepted()));
                segment(w, "SE", Integer.toString(count + 1), st);
                segment(w, "GE", "1", gc);
            }
            segment(w, "IEA", Integer.toString(group), control);
            w.endInterchange();
            w.flush();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("The 997 could not be written", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Schema controlSchema() {
        try {
            return SchemaFactory.newFactory()
                    .getControlSchema(EDIStreamConstants.Standards.X12, new String[] {"00401"});
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI has no X12 00401 control schema", e);
        }
    }

    /** Writes one segment, trailing empty elements left out; 1, for the set's segment count. */
    private static int segment(EDIStreamWriter w, String tag, String... elements) throws EDIStreamException {
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
        String s = id == null ? "" : id;
        return s.length() >= 15 ? s.substring(0, 15) : s + " ".repeat(15 - s.length());
    }

    /** AK4-04 holds at most 99 characters; a value with a delimiter in it is left out rather than break the file. */
    private static String clip(String value) {
        if (value == null || value.chars().anyMatch(c -> c == '*' || c == '~' || c == '>')) {
            return "";
        }
        return value.length() > 99 ? value.substring(0, 99) : value;
    }
}
