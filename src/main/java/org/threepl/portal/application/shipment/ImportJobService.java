package org.threepl.portal.application.shipment;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.export.TableWriter;
import org.threepl.portal.application.export.TableWriters;
import org.threepl.portal.application.view.ImportJobView;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shipment.ImportJob;

/**
 * File imports that 3PL operations admins start in the portal: the upload is kept in a temporary file and imported in
 * the background (a managed thread of the server that received it), while the job's progress and outcome are written to
 * the database, so that the page, on any server, can follow it. The import itself is {@link ShipmentImportService}, the
 * same as the API's.
 */
@ApplicationScoped
public class ImportJobService {

    private static final Logger LOG = Logger.getLogger(ImportJobService.class.getName());
    /** Progress is written at most this often, so that a fast import is not slowed by its own reporting. */
    private static final long REPORT_EVERY_NANOS = 500_000_000L;

    @Inject
    CallerContext callers;

    @Inject
    ImportJobRepository jobs;

    @Inject
    TableWriters writers;

    @Inject
    ShipmentImportService imports;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "portal.imports.keep.days", defaultValue = "90")
    int keepDays;

    /**
     * For the housekeeping: removes the imports finished (done or failed) more than {@code portal.imports.keep.days}
     * (90) ago, with their problems and rejected lines; the shipments they stored stay. How many.
     */
    public int purgeFinished() {
        return jobs.purgeFinishedBefore(clock.instant().minus(java.time.Duration.ofDays(keepDays)));
    }

    /** Starts importing an uploaded file in the background; returns the job to follow. */
    public Long start(ImportJob.Kind kind, String fileName, InputStream content) {
        Caller caller = opsAdmin();
        if (kind == null) {
            throw new DomainRuleViolation(
                    "kind", "rule.import.kind.required", "Choose what the file holds: shipments or tracking events");
        }
        Path file;
        try {
            file = Files.createTempFile("portal-import-", ".csv");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be stored", e);
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new DomainRuleViolation("file", "rule.import.file.noBytes", "The file is empty");
            }
            Long id = jobs.add(new ImportJob(
                    kind, fileName == null ? "upload.csv" : fileName, size, caller.actor(), clock.instant()));
            executor.submit(() -> run(id, kind, file, caller));
            return id;
        } catch (IOException | RuntimeException e) {
            delete(file);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new UncheckedIOException((IOException) e);
        }
    }

    public ImportJobView view(Long id) {
        opsAdmin();
        ImportJob job = jobs.find(id).orElseThrow(() -> new NotFoundException("Import " + id));
        return ImportJobView.of(job, clock.instant(), true);
    }

    /**
     * Writes the rejected lines of an import (those listed on its page) as a file: as written, and the errors in words.
     * A machine file, to be mended and imported again.
     */
    public void writeRejectedLines(Long id, TableWriter.Format format, OutputStream out) throws IOException {
        opsAdmin();
        ImportJob job = jobs.findWithRejectedLines(id).orElseThrow(() -> new NotFoundException("Import " + id));
        if (!job.isFinished() || job.headerLine() == null) {
            throw new NotFoundException("Rejected lines of import " + id);
        }
        try (TableWriter table = writers.open(format, out, "Rejected lines")) {
            ImportFiles.writeRejected(job.headerLine(), job.problems(), job.rejectedLines(), table);
        }
    }

    /**
     * Writes the template of a kind's file: the header naming every column the import reads, and an example line (a
     * machine file).
     */
    public void writeTemplate(ImportJob.Kind kind, TableWriter.Format format, OutputStream out) throws IOException {
        opsAdmin();
        try (TableWriter table = writers.open(format, out, "Import template")) {
            ImportFiles.writeTemplate(kind, table);
        }
    }

    public List<ImportJobView> latest() {
        opsAdmin();
        return jobs.latest(20).stream()
                .map(j -> ImportJobView.of(j, clock.instant(), false))
                .toList();
    }

    private void run(Long id, ImportJob.Kind kind, Path file, Caller caller) {
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file))) {
            jobs.change(id, j -> j.start(clock.instant()));
            long[] last = {System.nanoTime()};
            ShipmentImportService.ImportReport report =
                    imports.run(kind, in, caller, (lines, created, updated, rejected) -> {
                        long now = System.nanoTime();
                        if (now - last[0] >= REPORT_EVERY_NANOS) {
                            last[0] = now;
                            jobs.change(
                                    id,
                                    j -> j.progress(in.count(), lines, created, updated, rejected, clock.instant()));
                        }
                    });
            List<ImportJob.LineProblem> problems = report.errors().stream()
                    .map(e ->
                            new ImportJob.LineProblem(e.line(), e.field(), e.column(), e.message(), e.rule(), e.args()))
                    .toList();
            ImportFiles.Kept kept = keptLines(id, file, problems);
            jobs.change(id, j -> {
                j.finish(
                        report.lines(),
                        report.created(),
                        report.updated(),
                        report.rejected(),
                        problems,
                        report.errorsTruncated(),
                        report.method(),
                        clock.instant());
                j.keepRejectedLines(kept.header(), kept.lines());
            });
        } catch (DomainRuleViolation e) {
            jobs.change(id, j -> j.fail(e.getMessage(), clock.instant()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + id + " failed", e);
            jobs.change(id, j -> j.fail("The import stopped: " + e.getMessage(), clock.instant()));
        } finally {
            delete(file);
        }
    }

    /**
     * The header and the rejected lines as written; none if the file cannot be read again (the lines are stored all the
     * same).
     */
    private static ImportFiles.Kept keptLines(Long id, Path file, List<ImportJob.LineProblem> problems) {
        try {
            return ImportFiles.read(
                    file,
                    problems.stream().map(ImportJob.LineProblem::line).collect(java.util.stream.Collectors.toSet()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + id + ": the rejected lines could not be read again", e);
            return new ImportFiles.Kept(null, java.util.Map.of());
        }
    }

    private Caller opsAdmin() {
        Caller caller = callers.current();
        if (!caller.hasRole(Role.OPS_ADMIN)) {
            throw new AccessDeniedException("File imports are for 3PL operations admins");
        }
        return caller;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning("Could not delete " + file + ": " + e);
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingInputStream extends FilterInputStream {
        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long count() {
            return count;
        }
    }
}
