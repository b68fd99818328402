package org.threepl.portal.infrastructure.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.threepl.portal.application.export.FormulaPrefix;
import org.threepl.portal.application.export.Shown;

/**
 * How values read as text in a file: an enum by its name, an instant in ISO-8601 (machine files); a value made for
 * people ({@link Shown}) as the reader reads it.
 */
final class Cells {

    static final DateTimeFormatter UTC_MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private Cells() {}

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Shown s) {
            return s.text();
        }
        return value.toString();
    }

    /**
     * A text that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets an apostrophe in front (CSV
     * injection, the rule of {@link FormulaPrefix}, which the import undoes); numbers, and the portal's own writing of
     * numbers and moments ({@link Shown}, "-€600.00"), stay as they are.
     */
    static String defused(Object value) {
        String s = value instanceof Instant i ? i.toString() : text(value);
        return value instanceof Number || value instanceof Shown ? s : FormulaPrefix.defuse(s);
    }
}
