package org.threepl.portal.infrastructure.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How values read as text in a file meant for people. */
final class Cells {

    static final DateTimeFormatter UTC_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private Cells() {
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }

    /**
     * A text that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets an apostrophe in
     * front (CSV injection); numbers stay as they are.
     */
    static String defused(Object value) {
        String s = value instanceof Instant i ? i.toString() : text(value);
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            return "'" + s;
        }
        return s;
    }
}
