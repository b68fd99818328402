package org.threepl.portal.application.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.infrastructure.edi.StaediEdi214Reader;
import org.threepl.portal.infrastructure.edi.StaediEdi214Writer;

/** The 214 export: one set per shipment, counts and control numbers StAEDI reads back, events that map back. */
class Edi214WriterTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:30:00Z");

    private static String write(List<Edi214Writer.Status> statuses) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int sets = new StaediEdi214Writer()
                .write(out, new Edi214Writer.Envelope("THREEPLPORTAL", "ACME", 42, NOW), statuses.iterator());
        assertEquals(
                statuses.stream()
                        .map(Edi214Writer.Status::shipmentId)
                        .distinct()
                        .count(),
                sets);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneSetPerShipmentThatReadsBackAsTheSameEvents() {
        String text = write(List.of(
                new Edi214Writer.Status(
                        7, "PO-1", "N-1", "AF", null, Instant.parse("2026-11-01T08:00:00Z"), "Shanghai"),
                new Edi214Writer.Status(
                        7, "PO-1", "N-1", "D1", "NS", Instant.parse("2026-11-20T09:15:30Z"), "Hamburg, DE"),
                new Edi214Writer.Status(9, "PO*2", "N-2", "SD", "AO", Instant.parse("2026-11-03T10:00:00Z"), null)));
        assertTrue(
                text.startsWith("ISA*00*          *00*          *ZZ*THREEPLPORTAL  *ZZ*ACME           *261201*1230"
                        + "*U*00401*000000042*0*P*>~GS*QM*THREEPLPORTAL*ACME*20261201*1230*1*X*004010~"),
                text);
        assertTrue(
                text.contains("ST*214*0001~B10*N-1*PO-1~L11*PO-1*SI~LX*1~AT7*AF*NS***20261101*080000*UT~MS1*Shanghai~"
                        + "LX*2~AT7*D1*NS***20261120*091530*UT~MS1*Hamburg, DE~SE*10*0001~"),
                text);
        assertTrue(
                text.contains("ST*214*0002~B10*N-2*PO 2~L11*PO 2*SI~LX*1~AT7*SD*AO***20261103*100000*UT~SE*6*0002~"
                        + "GE*2*1~IEA*1*000000042~"),
                text);

        // StAEDI checks every count and control number as it reads; the mapping gives the events back
        Edi214Reader.Interchange ic =
                new StaediEdi214Reader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        Edi214Reader.Group g = ic.groups().get(0);
        assertEquals(2, g.sets().size());
        List<Edi214Mapping.Detail> first =
                Edi214Mapping.map(ic, g, g.sets().get(0), null).details();
        assertEquals("PO-1", first.get(1).input().shipmentReference());
        assertEquals("D1", first.get(1).input().statusCode());
        assertEquals(
                Instant.parse("2026-11-20T09:15:30Z"),
                java.time.OffsetDateTime.parse(first.get(1).input().occurredAt())
                        .toInstant());
        assertEquals("Hamburg, DE", first.get(1).input().location());
    }

    @Test
    void noEventsIsAnEmptyGroup() {
        String text = write(List.of());
        assertTrue(text.endsWith("GE*0*1~IEA*1*000000042~"), text);
        new StaediEdi214Reader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
