package org.threepl.portal.application.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.application.shipment.Edi214Files.interchange;
import static org.threepl.portal.application.shipment.Edi214Files.set;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.infrastructure.edi.StaediEdi214Reader;
import org.threepl.portal.infrastructure.edi.StaediEdi997Writer;

/** The 997: AK5 per set from the syntax and the event checks, AK9 per group, counts that StAEDI reads back. */
class Edi214AcknowledgementsTest {

    private final Edi214Reader reader = new StaediEdi214Reader();

    private Edi214Reader.Interchange read(String text) {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The pending sets as the service makes them, every mapped detail answered by {@code result(index)}. */
    private static List<Edi214Service.Pending> pending(Edi214Reader.Interchange ic) {
        List<Edi214Service.Pending> out = new ArrayList<>();
        int first = 0;
        for (Edi214Reader.Group g : ic.groups()) {
            for (Edi214Reader.TransactionSet s : g.sets()) {
                Edi214Service.Pending p = new Edi214Service.Pending(g, s);
                if (s.errors().isEmpty()) {
                    Edi214Mapping.Mapped m = Edi214Mapping.map(ic, g, s, null);
                    p.syntax.addAll(m.errors());
                    p.details = m.details();
                    p.first = first;
                    first += m.details().size();
                } else {
                    p.syntax.addAll(s.errors());
                }
                out.add(p);
            }
        }
        return out;
    }

    private static BatchResult.ItemResult accepted(int i) {
        return new BatchResult.ItemResult(i, "accepted", 1L, List.of());
    }

    private static BatchResult.ItemResult rejected(int i, String field) {
        return new BatchResult.ItemResult(i, "rejected", null, List.of(new BatchResult.ItemError(field, "no", null)));
    }

    private static String write(Edi997Writer.Acknowledgement ack) {
        return new StaediEdi997Writer().write(ack, Instant.parse("2026-12-01T12:30:00Z"));
    }

    @Test
    void allRecordedIsAcceptedAndThe997ReadsBack() {
        Edi214Reader.Interchange ic = read(interchange(
                set("0001", "REF-1", "X3*NS***20261201*0800*UT"), set("0002", "REF-2", "AF*NS***20261201*0900*UT")));
        String text = write(Edi214Acknowledgements.of(ic, pending(ic), List.of(accepted(0), accepted(1))));
        assertTrue(
                text.startsWith("ISA*00*          *00*          *ZZ*SHIPPER01      *ZZ*CARRIER01      *261201*1230"),
                text);
        assertTrue(
                text.contains("GS*FA*SHIPPER01*CARRIER01*20261201*1230*1*X*004010~ST*997*0001~AK1*QM*7~AK2*214*0001~"
                        + "AK5*A~AK2*214*0002~AK5*A~AK9*A*2*2*2~SE*8*0001~GE*1*1~IEA*1*"),
                text);
        // StAEDI checks SE, GE and IEA as it reads: the 997 adds up
        Edi214Reader.Interchange back = read(text);
        assertEquals("997", back.groups().get(0).sets().get(0).type());
        assertTrue(back.groups().get(0).sets().get(0).errors().isEmpty());
    }

    @Test
    void aSetWithAWrongCountIsRejectedTheOtherAccepted() {
        String bad = set("0002", "REF-2", "AF*NS***20261201*0900*UT").replace("SE*8*0002", "SE*9*0002");
        Edi214Reader.Interchange ic = read(interchange(set("0001", "REF-1", "X3*NS***20261201*0800*UT"), bad));
        String text = write(Edi214Acknowledgements.of(ic, pending(ic), List.of(accepted(0))));
        assertTrue(text.contains("AK2*214*0001~AK5*A~AK2*214*0002~AK5*R*4~AK9*P*2*2*1~"), text);
        read(text);
    }

    @Test
    void refusedDetailsAreNamedAndTheSetAcceptedWithErrors() {
        Edi214Reader.Interchange ic = read(interchange(
                set("0001", "REF-1", "X3*NS***20261201*0800*UT", "ZZ*NS***20261201*0900*UT"),
                set("0002", "NOPE", "AF*NS***20261201*0900*UT")));
        String text = write(Edi214Acknowledgements.of(
                ic, pending(ic), List.of(accepted(0), rejected(1, "statusCode"), rejected(2, "shipmentReference"))));
        assertTrue(
                text.contains("AK2*214*0001~AK3*AT7*9**8~AK4*1**7*ZZ~AK5*E*5~"
                        + "AK2*214*0002~AK3*L11*3**8~AK4*1**7*NOPE~AK5*R*5~AK9*P*2*2*1~"),
                text);
        read(text);
    }

    @Test
    void aSegmentThatIsNoPartOfA214IsNamed() {
        String st = "ST*214*0001~B10*PRO9*REF-9*ACME~ZZZ*1~AT7*X1*NS***20261201*0800*UT~SE*5*0001~";
        Edi214Reader.Interchange ic = read(interchange(st));
        String text = write(Edi214Acknowledgements.of(ic, pending(ic), List.of()));
        assertTrue(text.contains("AK2*214*0001~AK3*ZZZ*3**6~AK5*R*5~AK9*R*1*1*0~"), text);
    }
}
