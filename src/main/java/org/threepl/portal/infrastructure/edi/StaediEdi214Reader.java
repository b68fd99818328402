package org.threepl.portal.infrastructure.edi;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.threepl.portal.application.shipment.Edi214Reader;
import org.threepl.portal.application.shipment.X12Error;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * The {@link Edi214Reader} over StAEDI's stream reader, which checks the envelopes, the control numbers and the counts
 * as it reads (its control schemas) and reports errors by segment and element. The segments of a set are kept as
 * written (the body is bounded before it gets here); an envelope error, or input StAEDI cannot read at all, refuses the
 * interchange.
 */
@ApplicationScoped
public class StaediEdi214Reader implements Edi214Reader {

    private static final EDIInputFactory FACTORY = EDIInputFactory.newFactory();

    @Override
    public Interchange read(InputStream in) {
        try (EDIStreamReader r = FACTORY.createEDIStreamReader(in)) {
            return new Parse(r).run();
        } catch (EDIStreamException | IOException | RuntimeException e) {
            if (e instanceof DomainRuleViolation v) {
                throw v;
            }
            throw new DomainRuleViolation(
                    "interchange",
                    "rule.edi214.interchange.unreadable",
                    "The X12 interchange cannot be read: {0}",
                    e.getMessage());
        }
    }

    /** One reading: the envelope's values and the set being read. */
    private static final class Parse {
        private final EDIStreamReader r;
        private final List<Group> groups = new ArrayList<>();
        private final List<String> isa = new ArrayList<>();
        private final List<String> gs = new ArrayList<>();
        private List<TransactionSet> sets;
        private List<Segment> segments;
        private List<SyntaxError> errors;
        private List<String> elements;
        private String tag;
        private int position;
        private boolean ended;

        Parse(EDIStreamReader r) {
            this.r = r;
        }

        Interchange run() throws EDIStreamException {
            while (r.hasNext()) {
                EDIStreamEvent event = r.next();
                switch (event) {
                    case START_SEGMENT -> {
                        tag = r.getText();
                        elements = new ArrayList<>();
                        if (segments != null) {
                            position++;
                        }
                    }
                    case ELEMENT_DATA -> element(r.getText());
                    case END_SEGMENT -> endSegment();
                    case START_TRANSACTION -> {
                        segments = new ArrayList<>();
                        errors = new ArrayList<>();
                        position = 0;
                    }
                    case END_TRANSACTION -> endTransaction();
                    case START_GROUP -> sets = new ArrayList<>();
                    case END_GROUP -> endGroup();
                    case END_INTERCHANGE -> ended = true;
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> error(r.getErrorType());
                    default -> {
                        // interchange start, loops and composites carry nothing the portal reads
                    }
                }
            }
            if (!ended || isa.size() < 16) {
                throw new DomainRuleViolation(
                        "interchange",
                        "rule.edi214.interchange.noEnd",
                        "The X12 interchange ends before its IEA segment");
            }
            return new Interchange(isa.get(5).strip(), isa.get(7).strip(), isa.get(12), isa.get(14), groups);
        }

        private void element(String text) {
            // a composite's components arrive one by one: the portal keeps the first of each element
            int at = Math.max(1, r.getLocation().getElementPosition());
            while (elements.size() < at) {
                elements.add("");
            }
            if (elements.get(at - 1).isEmpty()) {
                elements.set(at - 1, text == null ? "" : text);
            }
        }

        private void endSegment() {
            switch (tag) {
                case "ISA" -> isa.addAll(elements);
                case "GS" -> {
                    gs.clear();
                    gs.addAll(elements);
                }
                default -> {
                    if (segments != null && !"SE".equals(tag)) {
                        segments.add(new Segment(tag, position, List.copyOf(elements)));
                    }
                }
            }
        }

        private void endTransaction() {
            Segment st = segments.stream()
                    .filter(s -> "ST".equals(s.tag()))
                    .findFirst()
                    .orElse(new Segment("ST", 1, List.of()));
            sets.add(new TransactionSet(st.element(1), st.element(2), List.copyOf(segments), List.copyOf(errors)));
            segments = null;
        }

        private void endGroup() {
            groups.add(new Group(gs.get(0), gs.get(1), gs.get(2), gs.get(5), gs.get(7), List.copyOf(sets)));
            sets = null;
        }

        private void error(EDIStreamValidationError type) {
            String at = r.getLocation().getSegmentTag();
            if (segments == null || "GE".equals(at) || "IEA".equals(at)) {
                throw new DomainRuleViolation(
                        "interchange",
                        "rule.edi214.envelope.wrong",
                        "The X12 envelope is wrong at {0}: {1} ({2})",
                        at,
                        words(type),
                        r.getText());
            }
            int element = Math.max(0, r.getLocation().getElementPosition());
            String value = r.hasText() && r.getText() != null ? r.getText() : "";
            errors.add(new SyntaxError(at, position, element, x12(type), value));
        }
    }

    private static String words(EDIStreamValidationError type) {
        return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    static X12Error x12(EDIStreamValidationError type) {
        return switch (type) {
            case UNRECOGNIZED_SEGMENT_ID -> X12Error.UNRECOGNIZED_SEGMENT;
            case UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_PROPER_SEQUENCE -> X12Error.UNEXPECTED_SEGMENT;
            case MANDATORY_SEGMENT_MISSING -> X12Error.MANDATORY_SEGMENT_MISSING;
            case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET -> X12Error.SEGMENT_NOT_IN_SET;
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> X12Error.SEGMENT_COUNT;
            case CONTROL_REFERENCE_MISMATCH -> X12Error.CONTROL_NUMBER;
            case REQUIRED_DATA_ELEMENT_MISSING, CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING -> X12Error.ELEMENT_MISSING;
            case TOO_MANY_DATA_ELEMENTS, TOO_MANY_REPETITIONS, TOO_MANY_COMPONENTS -> X12Error.TOO_MANY_ELEMENTS;
            case DATA_ELEMENT_TOO_SHORT -> X12Error.TOO_SHORT;
            case DATA_ELEMENT_TOO_LONG -> X12Error.TOO_LONG;
            case INVALID_CHARACTER_DATA -> X12Error.INVALID_CHARACTER;
            case INVALID_DATE -> X12Error.INVALID_DATE;
            case INVALID_TIME -> X12Error.INVALID_TIME;
            default -> X12Error.INVALID_CODE;
        };
    }
}
