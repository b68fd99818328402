package org.threepl.portal.application.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threepl.portal.application.shipment.Edi214Files.GS;
import static org.threepl.portal.application.shipment.Edi214Files.interchange;
import static org.threepl.portal.application.shipment.Edi214Files.isa;
import static org.threepl.portal.application.shipment.Edi214Files.set;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.infrastructure.edi.StaediEdi214Reader;

/** The 214's meaning: envelopes and counts as StAEDI reads them, each AT7 as the JSON API's event input. */
class Edi214MappingTest {

    private final Edi214Reader reader = new StaediEdi214Reader();

    private Edi214Reader.Interchange read(String text) {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Edi214Mapping.Detail> details(Edi214Reader.Interchange ic, int set) {
        Edi214Reader.Group g = ic.groups().get(0);
        Edi214Mapping.Mapped m = Edi214Mapping.map(ic, g, g.sets().get(set), "ACME");
        assertTrue(m.errors().isEmpty(), m.errors().toString());
        return m.details();
    }

    @Test
    void eachStatusDetailIsAnEventInput() {
        Edi214Reader.Interchange ic = read(interchange(
                set("0001", "REF-1", "X3*NS***20261201*0800*UT", "AF*NS***20261201*093015*CT"),
                set("0002", "REF-2", "D1*NS***20260115*1700*ES")));
        assertEquals("CARRIER01", ic.sender());
        assertEquals(2, ic.groups().get(0).sets().size());

        List<Edi214Mapping.Detail> first = details(ic, 0);
        assertEquals(2, first.size());
        EventInput pickup = first.get(0).input();
        assertEquals("ACME", pickup.organisation());
        assertEquals("REF-1", pickup.shipmentReference());
        assertEquals("000000101-7-0001-1", pickup.eventId());
        assertEquals("X12 CARRIER01", pickup.sourceSystem());
        assertEquals("X3", pickup.statusCode());
        assertEquals("NS", pickup.reasonCode());
        assertEquals("2026-12-01T08:00Z", pickup.occurredAt());
        assertNull(pickup.zone());
        assertEquals("Chicago, IL, US", pickup.location());
        assertEquals(5, first.get(0).at7());
        assertEquals(6, first.get(0).ms1());
        // CT is Chicago's time with its daylight saving: -06:00 in December
        assertEquals("2026-12-01T09:30:15-06:00", first.get(1).input().occurredAt());
        assertEquals("America/Chicago", first.get(1).input().zone());
        assertEquals("000000101-7-0001-2", first.get(1).input().eventId());

        EventInput delivered = details(ic, 1).get(0).input();
        assertEquals("REF-2", delivered.shipmentReference());
        assertEquals("2026-01-15T17:00-05:00", delivered.occurredAt());
    }

    @Test
    void withoutAnL11TheReferenceIsB10sSecondElement() {
        String st = "ST*214*0001~B10*PRO9*REF-9*ACME~LX*1~AT7*X1*NS***20261201*0800*UT~SE*5*0001~";
        Edi214Mapping.Detail d = details(read(interchange(st)), 0).get(0);
        assertEquals("REF-9", d.input().shipmentReference());
        assertEquals("B10", d.referenceTag());
        assertEquals(2, d.referenceElement());
        assertNull(d.input().location());
    }

    @Test
    void aLocalTimeWithoutZoneIsLeftWithoutOffsetForTheEventCheckToRefuse() {
        assertEquals("2026-12-01T08:00", Edi214Mapping.occurredAt("20261201", "0800", null));
        assertEquals("20261301 0800", Edi214Mapping.occurredAt("20261301", "0800", null));
        assertEquals("20261201 8", Edi214Mapping.occurredAt("20261201", "8", java.time.ZoneOffset.UTC));
    }

    @Test
    void aWrongSegmentCountRejectsThatSetOnly() {
        String bad = set("0002", "REF-2", "AF*NS***20261201*0900*UT").replace("SE*8*0002", "SE*9*0002");
        Edi214Reader.Interchange ic = read(interchange(set("0001", "REF-1", "X3*NS***20261201*0800*UT"), bad));
        List<Edi214Reader.TransactionSet> sets = ic.groups().get(0).sets();
        assertTrue(sets.get(0).errors().isEmpty());
        assertEquals(1, sets.get(1).errors().size());
        Edi214Reader.SyntaxError e = sets.get(1).errors().get(0);
        assertEquals(X12Error.SEGMENT_COUNT, e.error());
        assertEquals("SE", e.tag());
        assertEquals("4", e.error().setCode());
    }

    @Test
    void aSegmentThatIsNoPartOfA214RejectsTheSet() {
        String st = "ST*214*0001~B10*PRO9*REF-9*ACME~ZZZ*1~AT7*X1*NS***20261201*0800*UT~SE*5*0001~";
        Edi214Reader.Interchange ic = read(interchange(st));
        Edi214Reader.Group g = ic.groups().get(0);
        Edi214Mapping.Mapped m = Edi214Mapping.map(ic, g, g.sets().get(0), null);
        assertTrue(m.details().isEmpty());
        assertEquals(X12Error.SEGMENT_NOT_IN_SET, m.errors().get(0).error());
        assertEquals("ZZZ", m.errors().get(0).tag());
        assertEquals(3, m.errors().get(0).position());
    }

    @Test
    void badEnvelopesRefuseTheInterchange() {
        String one = set("0001", "REF-1", "X3*NS***20261201*0800*UT");
        List<String> broken = List.of(
                // ISA too short
                "ISA*00*   *00~GS*QM~",
                // not X12 at all
                "hello world",
                // nothing
                "",
                // GE counts two sets, there is one
                isa("000000101") + GS + one + "GE*2*7~IEA*1*000000101~",
                // IEA counts two groups, there is one
                isa("000000101") + GS + one + "GE*1*7~IEA*2*000000101~",
                // IEA's control number is not ISA's
                isa("000000101") + GS + one + "GE*1*7~IEA*1*000000102~",
                // GE's control number is not GS's
                isa("000000101") + GS + one + "GE*1*8~IEA*1*000000101~",
                // no trailers
                isa("000000101") + GS + one);
        for (String text : broken) {
            DomainRuleViolation v = assertThrows(DomainRuleViolation.class, () -> read(text), text);
            assertEquals("interchange", v.field(), text);
        }
    }
}
