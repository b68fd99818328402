package org.threepl.portal.infrastructure.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a table (a header of column names, then rows of plain values: text, numbers, instants,
 * enums, or values made for people) to a stream, one row at a time. Instants are shown in UTC.
 */
public interface TableWriter extends AutoCloseable {

    void header(List<String> columns) throws IOException;

    void row(Object[] values) throws IOException;

    /** Finishes the document and flushes it; the underlying stream stays open. */
    @Override
    void close() throws IOException;

    /** The formats an export can take. */
    enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PDF("application/pdf", "pdf");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        /** The format named by a file extension ({@code csv}, {@code xlsx}, {@code pdf}), case-insensitive. */
        public static Format ofExtension(String extension) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(extension)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("Unknown export format '" + extension + "'; allowed: csv, xlsx, pdf");
        }

        /** A machine file: column names and values as integrations read them (codes, UTC instants). */
        public TableWriter open(OutputStream out, String title) {
            return switch (this) {
                case CSV -> new CsvTableWriter(out);
                case XLSX -> new XlsxTableWriter(out, title);
                case PDF -> new PdfTableWriter(out, title);
            };
        }

        /**
         * A file for people, its rows already written for the reader ({@link org.threepl.portal.application.export.ForPeople}):
         * {@code title} names the sheet or heads the PDF, {@code subtitle} stands under it in the PDF; the PDF is set in
         * the reports' font, which writes Chinese too.
         */
        public TableWriter openForPeople(OutputStream out, String title, String subtitle) {
            return switch (this) {
                case CSV -> new CsvTableWriter(out);
                case XLSX -> new XlsxTableWriter(out, title);
                case PDF -> new PdfTableWriter(out, title, subtitle, PdfReportRenderer.Fonts.configured());
            };
        }
    }
}
