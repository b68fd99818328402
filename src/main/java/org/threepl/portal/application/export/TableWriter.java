package org.threepl.portal.application.export;

import java.io.IOException;
import java.util.List;

/**
 * Writes a table (a header of column names, then rows of plain values: text, numbers, instants, enums, or values made
 * for people) to a stream, one row at a time. Instants are shown in UTC. The application's side of a file export:
 * services write rows to it, and get one opened by {@link TableWriters}, whose implementation (CSV, Excel, PDF) is the
 * infrastructure's.
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
    }
}
