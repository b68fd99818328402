package org.threepl.portal.application.scheduledreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.dispute.DisputeStatistics;
import org.threepl.portal.application.export.TableWriter;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.application.shipment.ShipmentExportService;
import org.threepl.portal.application.shipment.ShipmentFilterDefinition;
import org.threepl.portal.application.sla.SlaPeriodDocument;
import org.threepl.portal.application.sla.SlaReports;
import org.threepl.portal.domain.model.report.ReportSchedule;

/**
 * A schedule's report made by the exports the pages download, as the caller of the current request (the owner, set by
 * the run), in memory up to {@code portal.reports.max-bytes} (50 MiB): the file goes into one transaction with its
 * mail.
 */
@ApplicationScoped
public class ReportRendering {

    @Inject
    ShipmentExportService shipments;

    @Inject
    SlaReports sla;

    @Inject
    SlaPeriodDocument slaDocument;

    @Inject
    DisputeStatistics disputes;

    @Inject
    @ConfigProperty(name = "portal.reports.max-bytes", defaultValue = "52428800")
    long maxBytes;

    /** A made report: its file's name, media type and bytes. */
    public record Rendered(String fileName, String contentType, byte[] content) {}

    /** The report {@code schedule} names, written for {@code reader}, as on {@code day} (the run's day in its zone). */
    public Rendered render(ReportSchedule schedule, Formats reader, LocalDate day) {
        TableWriter.Format format = TableWriter.Format.valueOf(schedule.format().name());
        Bounded out = new Bounded(maxBytes);
        try {
            switch (schedule.kind()) {
                case SHIPMENTS -> {
                    var definition = ShipmentFilterDefinition.parse(schedule.filter(), schedule.organisationId());
                    shipments.write(definition.filter(), definition.sort(), format, reader, out);
                }
                // the PDF the service-level page downloads is the period document, not a table
                case SLA_PERIOD -> {
                    if (format == TableWriter.Format.PDF) {
                        slaDocument.pdf(schedule.organisationId(), day, reader, out);
                    } else {
                        sla.report(schedule.organisationId(), day, format, reader, out);
                    }
                }
                case DISPUTE_STATISTICS -> disputes.write(format, reader, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = schedule.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new Rendered(base + "-" + day + "." + format.extension(), format.contentType(), out.toByteArray());
    }

    /** Bytes in memory, refused past a bound so that one report cannot exhaust the server. */
    static final class Bounded extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long max;

        Bounded(long max) {
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            room(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            room(len);
            bytes.write(b, off, len);
        }

        private void room(int len) throws IOException {
            if (bytes.size() + (long) len > max) {
                throw new IOException("The report is larger than " + max + " bytes (portal.reports.max-bytes)");
            }
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
