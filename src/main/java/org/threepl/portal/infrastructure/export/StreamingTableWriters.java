package org.threepl.portal.infrastructure.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import org.threepl.portal.application.export.TableWriter;
import org.threepl.portal.application.export.TableWriters;

/**
 * The file formats behind {@link TableWriters}: {@link CsvTableWriter}, {@link XlsxTableWriter} and
 * {@link PdfTableWriter}, each streaming row by row. A PDF for people is set in the fonts the reports use
 * ({@code portal.pdf.font}).
 */
@ApplicationScoped
public class StreamingTableWriters implements TableWriters {

    @Inject
    PdfReportRenderer reports;

    public StreamingTableWriters() {}

    @Override
    public TableWriter open(TableWriter.Format format, OutputStream out, String title) {
        return switch (format) {
            case CSV -> new CsvTableWriter(out);
            case XLSX -> new XlsxTableWriter(out, title);
            case PDF -> new PdfTableWriter(out, title);
        };
    }

    @Override
    public TableWriter openForPeople(TableWriter.Format format, OutputStream out, String title, String subtitle) {
        return switch (format) {
            case CSV -> new CsvTableWriter(out);
            case XLSX -> new XlsxTableWriter(out, title);
            case PDF -> new PdfTableWriter(out, title, subtitle, fonts());
        };
    }

    /** The reports' fonts; outside the container (unit tests, benchmarks) the default ones. */
    private PdfReportRenderer.Fonts fonts() {
        if (reports == null) {
            reports = new PdfReportRenderer(PdfReportRenderer.DEFAULT_FONT, PdfReportRenderer.DEFAULT_BOLD);
        }
        return reports.fonts();
    }
}
