package org.threepl.portal.application.report;

import java.util.List;
import java.util.Objects;

/**
 * A document's content, every text already written in the reader's language and formats: a title, a line under it
 * (whose document, when made), and blocks in order. How it looks on paper is the renderer's business.
 */
public record Report(String title, String subtitle, List<Block> blocks, String footer) {

    public Report {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        blocks = List.copyOf(blocks);
        footer = footer == null ? "" : footer;
    }

    /** One part of the document. */
    public sealed interface Block permits Heading, Paragraph, Facts, Table, BarChart {}

    /** A section heading. */
    public record Heading(String text) implements Block {}

    /** Running text. */
    public record Paragraph(String text) implements Block {}

    /** Labelled values, as on the top of an invoice. */
    public record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    /** A label and its value; an emphasised one stands out (the amount to pay). */
    public record Fact(String label, String value, boolean emphasised) {
        public Fact(String label, String value) {
            this(label, value, false);
        }
    }

    /** A column: its title, whether it holds figures (right-aligned) and its relative width. */
    public record Column(String title, boolean figures, float width) {
        public static Column text(String title, float width) {
            return new Column(title, false, width);
        }

        public static Column figures(String title, float width) {
            return new Column(title, true, width);
        }
    }

    /** A table of already formatted cells, with an optional totals row. */
    public record Table(List<Column> columns, List<List<String>> rows, List<String> totals) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            totals = totals == null ? List.of() : List.copyOf(totals);
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException(
                            "A row has " + row.size() + " cells for " + columns.size() + " columns");
                }
            }
            if (!totals.isEmpty() && totals.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "The totals row has " + totals.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /**
     * Horizontal bars on one scale from 0 to {@code max} (a share in %, say), each with its value written out and an
     * optional target mark; a bar below its target is drawn in the warning colour.
     */
    public record BarChart(String title, double max, List<Bar> bars) implements Block {
        public BarChart {
            if (!(max > 0)) {
                throw new IllegalArgumentException("A chart's scale is above 0");
            }
            bars = List.copyOf(bars);
        }
    }

    /** One bar: its label, value, the value as written, and its target (null: none). */
    public record Bar(String label, double value, String shown, Double target) {
        public boolean belowTarget() {
            return target != null && value < target;
        }
    }
}
