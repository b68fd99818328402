package org.threepl.portal.infrastructure.edi;

import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import org.threepl.portal.application.shipment.Edi214Writer;

/**
 * The {@link Edi214Writer} over StAEDI's stream writer, checked by its X12 00401 control schema as it writes: one QM
 * group, one 214 per shipment (B10 with the 3PL's number and the client's reference, L11 SI with the reference, then
 * LX, AT7 in UTC (time code UT) and MS1 with the location as city for each event), the counts of SE, GE and IEA as
 * written. B10-03 (the carrier's SCAC) is left empty: the portal has none. Delimiters in values become spaces.
 */
@ApplicationScoped
public class StaediEdi214Writer implements Edi214Writer {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMMSS = DateTimeFormatter.ofPattern("HHmmss");

    @Override
    public int write(OutputStream out, Envelope envelope, Iterator<Status> statuses) {
        ZonedDateTime t = envelope.now().atZone(ZoneOffset.UTC);
        String control = String.format("%09d", envelope.controlNumber());
        try {
            EDIStreamWriter w = X12Segments.open(out);
            X12Segments.isa(w, envelope.sender(), envelope.receiver(), t, control, "P");
            X12Segments.segment(
                    w,
                    "GS",
                    "QM",
                    clean(envelope.sender()),
                    clean(envelope.receiver()),
                    CCYYMMDD.format(t),
                    X12Segments.HHMM.format(t),
                    "1",
                    "X",
                    "004010");
            int sets = 0;
            long shipment = -1;
            int segments = 0;
            int lx = 0;
            String st = null;
            while (statuses.hasNext()) {
                Status s = statuses.next();
                if (s.shipmentId() != shipment) {
                    if (st != null) {
                        X12Segments.segment(w, "SE", Integer.toString(segments + 1), st);
                    }
                    sets++;
                    shipment = s.shipmentId();
                    st = String.format("%04d", sets % 10_000);
                    lx = 0;
                    segments = 0;
                    segments += X12Segments.segment(w, "ST", "214", st);
                    segments += X12Segments.segment(w, "B10", clean(s.shipmentNumber()), clean(s.reference()));
                    segments += X12Segments.segment(w, "L11", clean(s.reference()), "SI");
                }
                lx++;
                ZonedDateTime at = s.occurredAt().atZone(ZoneOffset.UTC);
                segments += X12Segments.segment(w, "LX", Integer.toString(lx));
                segments += X12Segments.segment(
                        w,
                        "AT7",
                        s.statusCode(),
                        s.reasonCode() == null ? "NS" : s.reasonCode(),
                        "",
                        "",
                        CCYYMMDD.format(at),
                        HHMMSS.format(at),
                        "UT");
                if (s.location() != null && !s.location().isBlank()) {
                    String city = clean(s.location());
                    segments += X12Segments.segment(w, "MS1", city.length() > 30 ? city.substring(0, 30) : city);
                }
            }
            if (st != null) {
                X12Segments.segment(w, "SE", Integer.toString(segments + 1), st);
            }
            X12Segments.segment(w, "GE", Integer.toString(sets), "1");
            X12Segments.segment(w, "IEA", "1", control);
            w.endInterchange();
            w.flush();
            return sets;
        } catch (EDIStreamException e) {
            throw new IllegalStateException("The 214 could not be written (the client may have gone away)", e);
        }
    }

    /** A value with no delimiter of the file in it, stripped. */
    static String clean(String value) {
        return value == null ? "" : value.replaceAll("[*~>^\\r\\n]", " ").strip();
    }
}
