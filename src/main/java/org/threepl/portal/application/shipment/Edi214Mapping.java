package org.threepl.portal.application.shipment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a 214 transaction set means: each AT7 status detail becomes the {@link EventInput} the JSON API takes, so the
 * same checks apply. The shipment reference is the set's L11 with qualifier SI (shipper's identifying number), else
 * B10-02; the event id is the interchange, group and set control numbers with the detail's number in the set; the
 * source system names the interchange's sender; the time is AT7-05/06 in the zone AT7-07 names; the location is MS1's
 * city, state and country. MS2 (equipment) is read but the portal keeps no equipment on an event.
 */
final class Edi214Mapping {

    /** The segments of a 214 (version 4010 and later); anything else rejects the set. */
    static final Set<String> SEGMENTS = Set.of(
            "ST", "B10", "L11", "MAN", "Q7", "K1", "AT8", "N1", "N2", "N3", "N4", "G62", "G61", "MS3", "LX", "AT7",
            "MS1", "MS2", "M7", "CD3", "NM1", "AT5", "PRF", "SPO", "SDQ", "EFI", "BIN", "H3", "H6", "SE");

    /** AT7-07 time codes: the zone with daylight saving where the code is the region's, a fixed offset otherwise. */
    private static final Map<String, ZoneId> TIME_CODES = Map.ofEntries(
            Map.entry("UT", ZoneOffset.UTC),
            Map.entry("GM", ZoneOffset.UTC),
            Map.entry("ET", ZoneId.of("America/New_York")),
            Map.entry("ES", ZoneOffset.ofHours(-5)),
            Map.entry("ED", ZoneOffset.ofHours(-4)),
            Map.entry("CT", ZoneId.of("America/Chicago")),
            Map.entry("CS", ZoneOffset.ofHours(-6)),
            Map.entry("CD", ZoneOffset.ofHours(-5)),
            Map.entry("MT", ZoneId.of("America/Denver")),
            Map.entry("MS", ZoneOffset.ofHours(-7)),
            Map.entry("MD", ZoneOffset.ofHours(-6)),
            Map.entry("PT", ZoneId.of("America/Los_Angeles")),
            Map.entry("PS", ZoneOffset.ofHours(-8)),
            Map.entry("PD", ZoneOffset.ofHours(-7)),
            Map.entry("AT", ZoneId.of("America/Halifax")),
            Map.entry("HT", ZoneId.of("Pacific/Honolulu")));

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private Edi214Mapping() {}

    /**
     * One status detail: its event input, the positions of its AT7 and MS1 (0 if none), and where its shipment
     * reference was written (tag, position and element; position 0 if nowhere).
     */
    record Detail(
            EventInput input, int at7, int ms1, String referenceTag, int referenceSegment, int referenceElement) {}

    /** A set read for its meaning: the details, or the segments that are not part of a 214. */
    record Mapped(List<Detail> details, List<Edi214Reader.SyntaxError> errors) {}

    static Mapped map(
            Edi214Reader.Interchange ic,
            Edi214Reader.Group group,
            Edi214Reader.TransactionSet set,
            String organisation) {
        List<Edi214Reader.SyntaxError> errors = new ArrayList<>();
        String reference = null;
        int referenceSegment = 0;
        String b10 = null;
        int b10Segment = 0;
        List<Edi214Reader.Segment> at7s = new ArrayList<>();
        java.util.Map<Integer, Edi214Reader.Segment> ms1Of = new java.util.HashMap<>();
        Edi214Reader.Segment current = null;
        for (Edi214Reader.Segment s : set.segments()) {
            switch (s.tag()) {
                case "B10" -> {
                    b10 = s.element(2);
                    b10Segment = s.position();
                }
                case "L11" -> {
                    if (reference == null
                            && "SI".equals(s.element(2))
                            && !s.element(1).isBlank()) {
                        reference = s.element(1);
                        referenceSegment = s.position();
                    }
                }
                case "LX" -> current = null;
                case "AT7" -> {
                    current = s;
                    at7s.add(s);
                }
                case "MS1" -> {
                    if (current != null) {
                        ms1Of.putIfAbsent(current.position(), s);
                    }
                }
                default -> {
                    if (!SEGMENTS.contains(s.tag())) {
                        errors.add(new Edi214Reader.SyntaxError(
                                s.tag(), s.position(), 0, X12Error.SEGMENT_NOT_IN_SET, ""));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            return new Mapped(List.of(), errors);
        }
        String referenceTag = "L11";
        int referenceElement = 1;
        if (reference == null) {
            reference = b10;
            referenceSegment = b10Segment;
            referenceTag = "B10";
            referenceElement = 2;
        }
        String source = "X12 " + ic.sender();
        List<Detail> details = new ArrayList<>();
        int n = 0;
        for (Edi214Reader.Segment at7 : at7s) {
            n++;
            Edi214Reader.Segment ms1 = ms1Of.get(at7.position());
            String code = at7.element(7);
            ZoneId zone = TIME_CODES.get(code);
            EventInput input = new EventInput(
                    organisation,
                    reference,
                    ic.controlNumber() + "-" + group.controlNumber() + "-" + set.controlNumber() + "-" + n,
                    source,
                    at7.element(1),
                    at7.element(2),
                    occurredAt(at7.element(5), at7.element(6), zone),
                    zone instanceof ZoneOffset || zone == null ? null : zone.getId(),
                    ms1 == null ? null : location(ms1));
            details.add(new Detail(
                    input,
                    at7.position(),
                    ms1 == null ? 0 : ms1.position(),
                    referenceTag,
                    referenceSegment,
                    referenceElement));
        }
        return new Mapped(details, List.of());
    }

    /**
     * CCYYMMDD and HHMM[SS[D..]] in the zone named, as ISO-8601 with its offset; without a known zone (LT, none) the
     * local time as written, which the event check refuses as having no offset.
     */
    static String occurredAt(String date, String time, ZoneId zone) {
        try {
            LocalDate d = LocalDate.parse(date, DATE);
            String t = time.length() > 6 ? time.substring(0, 6) : time;
            LocalTime lt = switch (t.length()) {
                case 4 -> LocalTime.of(Integer.parseInt(t.substring(0, 2)), Integer.parseInt(t.substring(2, 4)));
                case 6 ->
                    LocalTime.of(
                            Integer.parseInt(t.substring(0, 2)),
                            Integer.parseInt(t.substring(2, 4)),
                            Integer.parseInt(t.substring(4, 6)));
                default -> throw new DateTimeParseException("time", t, 0);
            };
            LocalDateTime local = LocalDateTime.of(d, lt);
            return zone == null
                    ? local.toString()
                    : local.atZone(zone).toOffsetDateTime().toString();
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return date + " " + time;
        }
    }

    private static String location(Edi214Reader.Segment ms1) {
        return Stream.of(ms1.element(1), ms1.element(2), ms1.element(3))
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(", "));
    }
}
