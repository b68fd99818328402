package org.threepl.portal.infrastructure.edi;

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

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = X12Segments.HHMM;

    @Override
    public String write(Acknowledgement ack, Instant now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZonedDateTime t = now.atZone(ZoneOffset.UTC);
        String control = String.format("%09d", now.getEpochSecond() % 1_000_000_000L);
        try {
            EDIStreamWriter w = X12Segments.open(out);
            X12Segments.isa(w, ack.receiver(), ack.sender(), t, control, ack.usage());
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

    private static int segment(EDIStreamWriter w, String tag, String... elements) throws EDIStreamException {
        return X12Segments.segment(w, tag, elements);
    }

    /** AK4-04 holds at most 99 characters; a value with a delimiter in it is left out rather than break the file. */
    private static String clip(String value) {
        if (value == null || value.chars().anyMatch(c -> c == '*' || c == '~' || c == '>')) {
            return "";
        }
        return value.length() > 99 ? value.substring(0, 99) : value;
    }
}
