package org.threepl.portal.application.shipment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 997 for an interchange read: per set AK5 A (all its status details recorded), E (some refused by the event
 * checks, named by AK3/AK4, the others recorded) or R (a syntax error, a set that is not a 214, or every detail
 * refused); per group AK9 A, E, P (some sets rejected) or R.
 */
final class Edi214Acknowledgements {

    private Edi214Acknowledgements() {}

    static Edi997Writer.Acknowledgement of(
            Edi214Reader.Interchange ic, List<Edi214Service.Pending> pending, List<BatchResult.ItemResult> results) {
        Map<Edi214Reader.Group, List<Edi997Writer.SetAck>> byGroup = new LinkedHashMap<>();
        ic.groups().forEach(g -> byGroup.put(g, new ArrayList<>()));
        for (Edi214Service.Pending p : pending) {
            byGroup.get(p.group).add(setAck(p, results));
        }
        List<Edi997Writer.GroupAck> groups = new ArrayList<>();
        byGroup.forEach((g, sets) -> {
            int accepted =
                    (int) sets.stream().filter(s -> !"R".equals(s.status())).count();
            boolean errors = sets.stream().anyMatch(s -> "E".equals(s.status()));
            String status = accepted == 0 && !sets.isEmpty() ? "R" : accepted < sets.size() ? "P" : errors ? "E" : "A";
            groups.add(new Edi997Writer.GroupAck(
                    g.functionalId(),
                    g.sender(),
                    g.receiver(),
                    g.controlNumber(),
                    g.version(),
                    sets,
                    status,
                    sets.size(),
                    accepted));
        });
        return new Edi997Writer.Acknowledgement(ic.sender(), ic.receiver(), ic.controlNumber(), ic.usage(), groups);
    }

    private static Edi997Writer.SetAck setAck(Edi214Service.Pending p, List<BatchResult.ItemResult> results) {
        String type = p.set.type();
        String control = p.set.controlNumber();
        if (p.unsupported) {
            return new Edi997Writer.SetAck(type, control, "R", List.of("1"), List.of());
        }
        if (!p.syntax.isEmpty()) {
            Set<String> codes = new LinkedHashSet<>();
            List<Edi997Writer.SegmentNote> notes = new ArrayList<>();
            for (Edi214Reader.SyntaxError e : p.syntax) {
                codes.add(e.error().setCode());
                if (e.error().segmentCode() != null) {
                    notes.add(new Edi997Writer.SegmentNote(
                            e.tag(),
                            e.position(),
                            e.error().segmentCode(),
                            e.element(),
                            e.error().elementCode(),
                            e.value()));
                }
            }
            return new Edi997Writer.SetAck(type, control, "R", List.copyOf(codes), notes);
        }
        List<Edi997Writer.SegmentNote> notes = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < p.details.size(); i++) {
            BatchResult.ItemResult r = results.get(p.first + i);
            if ("rejected".equals(r.result())) {
                refused++;
                Edi214Mapping.Detail d = p.details.get(i);
                r.errors().stream().map(e -> note(d, e.field())).distinct().forEach(notes::add);
            }
        }
        if (refused == 0) {
            return new Edi997Writer.SetAck(type, control, "A", List.of(), List.of());
        }
        String status = refused == p.details.size() ? "R" : "E";
        return new Edi997Writer.SetAck(type, control, status, List.of("5"), notes);
    }

    /** Where a refused field was written: AT7's code, reason, date or time code; MS1; the reference's segment. */
    private static Edi997Writer.SegmentNote note(Edi214Mapping.Detail d, String field) {
        EventInput in = d.input();
        return switch (field) {
            case "statusCode" -> element("AT7", d.at7(), 1, X12Error.INVALID_CODE, in.statusCode());
            case "reasonCode" -> element("AT7", d.at7(), 2, X12Error.INVALID_CODE, in.reasonCode());
            case "occurredAt" -> element("AT7", d.at7(), 5, X12Error.INVALID_DATE, "");
            case "zone" -> element("AT7", d.at7(), 7, X12Error.INVALID_CODE, "");
            case "location" -> element("MS1", d.ms1(), 1, X12Error.TOO_LONG, "");
            case "shipmentReference" ->
                d.referenceSegment() == 0
                        ? element("B10", d.at7(), 0, X12Error.MANDATORY_SEGMENT_MISSING, "")
                        : element(
                                d.referenceTag(),
                                d.referenceSegment(),
                                d.referenceElement(),
                                X12Error.INVALID_CODE,
                                in.shipmentReference());
            default -> element("AT7", d.at7(), 1, X12Error.INVALID_CODE, "");
        };
    }

    private static Edi997Writer.SegmentNote element(String tag, int position, int element, X12Error e, String v) {
        return new Edi997Writer.SegmentNote(
                tag, position, e.segmentCode(), element, element == 0 ? null : e.elementCode(), v);
    }
}
