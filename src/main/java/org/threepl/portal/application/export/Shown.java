package org.threepl.portal.application.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import org.threepl.portal.application.i18n.Formats;

/**
 * A value of a file made for people that a spreadsheet may keep typed: the text the reader reads (CSV and PDF write
 * it), and what it is (a spreadsheet writes a date cell or a number cell, formatted to read the same). Every other
 * value of such a file is already text.
 */
public sealed interface Shown permits Shown.Moment, Shown.Figure {

    /** The value as the reader reads it. */
    String text();

    /** The spreadsheet (Excel) number format that shows the value as {@link #text()} reads. */
    String spreadsheetFormat();

    /** A moment, in the reader's zone; the texts are made when a writer asks (a CSV never needs the spreadsheet's). */
    record Moment(Instant at, Formats formats) implements Shown {
        public Moment {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(formats, "formats");
        }

        @Override
        public String text() {
            return formats.dateTime(at);
        }

        /** The reader's wall-clock time of the moment (what a spreadsheet's date cell holds). */
        public LocalDateTime local() {
            return at.atZone(formats.zone()).toLocalDateTime();
        }

        @Override
        public String spreadsheetFormat() {
            return formats.spreadsheetDateTime(at);
        }
    }

    /** A number (a count, an amount), its text as the reader reads it and the spreadsheet's format. */
    record Figure(Number value, String text, String spreadsheetFormat) implements Shown {
        public Figure {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(spreadsheetFormat, "spreadsheetFormat");
        }
    }
}
