package org.threepl.portal.application.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shipment.ImportJob;

/** The orchestration alone, over a writer that keeps what it is given: chunks, order, counts, errors and progress. */
class ShipmentImportServiceTest {

    private static final Caller OPS = Caller.user(1L, "olivia", Role.OPS_ADMIN, null, TenantScope.all());
    private static final String HEADER = String.join(",", ImportColumns.REQUIRED_SHIPMENTS) + ",Weight_Kg\n";

    /** Keeps every chunk; refuses lines whose origin is {@code BAD}, counts a reference seen before as updated. */
    private static final class KeepingWriter implements ImportChunkWriter {
        final int chunkLines;
        final List<List<Long>> chunks = new ArrayList<>();
        final java.util.Set<String> known = new java.util.HashSet<>();

        KeepingWriter(int chunkLines) {
            this.chunkLines = chunkLines;
        }

        @Override
        public String method() {
            return "kept";
        }

        @Override
        public int chunkLines() {
            return chunkLines;
        }

        @Override
        public int writers() {
            return 2;
        }

        @Override
        public Written writeShipments(Context context, List<Line<ShipmentInput>> chunk) {
            chunks.add(chunk.stream().map(Line::line).toList());
            long created = 0;
            long updated = 0;
            List<Rejected> rejected = new ArrayList<>();
            for (Line<ShipmentInput> l : chunk) {
                if ("BAD".equals(l.input().origin())) {
                    rejected.add(new Rejected(
                            l.line(),
                            List.of(
                                    new BatchResult.ItemError("origin", "Not a place", null),
                                    new BatchResult.ItemError("weight", "Too heavy", "rule.weight"))));
                } else if (known.add(l.input().reference())) {
                    created++;
                } else {
                    updated++;
                }
            }
            return new Written(created, updated, rejected);
        }

        @Override
        public Written writeEvents(Context context, List<Line<EventInput>> chunk) {
            throw new UnsupportedOperationException();
        }
    }

    private static ShipmentImportService service(ImportChunkWriter writer) {
        ShipmentImportService s = new ShipmentImportService();
        s.writer = writer;
        s.clock = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
        return s; // no executor: chunks are written in turn on this thread
    }

    private static String line(String reference, String origin) {
        return reference + "," + origin
                + ",Hamburg,SEA,STANDARD,2026-11-03T08:00:00Z,2026-11-03T12:00:00Z,2026-12-01T08:00:00Z,"
                + "2026-12-01T17:00:00Z,1,850.5\n";
    }

    private static ShipmentImportService.ImportReport run(ShipmentImportService s, String file, List<long[]> progress) {
        return s.run(
                ImportJob.Kind.SHIPMENTS,
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                OPS,
                (lines, created, updated, rejected) -> progress.add(new long[] {lines, created, updated, rejected}));
    }

    @Test
    void linesGoInChunksInTheFilesOrderAndTheReportCountsThem() {
        KeepingWriter writer = new KeepingWriter(3);
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 7; i++) {
            file.append(line("R-" + (i % 5), "Shanghai"));
        }
        List<long[]> progress = new ArrayList<>();
        ShipmentImportService.ImportReport report = run(service(writer), file.toString(), progress);
        assertEquals(
                List.of(List.of(2L, 3L, 4L), List.of(5L, 6L, 7L), List.of(8L)),
                writer.chunks,
                "one writer without an executor");
        assertEquals(7, report.lines());
        assertEquals(5, report.created());
        assertEquals(2, report.updated());
        assertEquals(0, report.rejected());
        assertEquals("kept", report.method());
        assertEquals(ImportJob.Outcome.of(7, 0), report.outcome());
        long[] first = progress.get(0);
        assertEquals(
                List.of(6L, 3L, 0L, 0L),
                List.of(first[0], first[1], first[2], first[3]),
                "told when the first chunk was counted, as the second was handed over");
        long[] last = progress.get(progress.size() - 1);
        assertEquals(List.of(7L, 5L, 2L, 0L), List.of(last[0], last[1], last[2], last[3]));
    }

    @Test
    void refusedLinesAreCountedOnceWithEveryErrorNamedByTheFilesColumnInLineOrder() {
        KeepingWriter writer = new KeepingWriter(100);
        String file = HEADER + line("R-1", "BAD") + "\n"
                + line("R-2", "Shanghai").replace(",1,850.5", ",lots,850.5") + "\"R-3,never closed\n";
        ShipmentImportService.ImportReport report = run(service(writer), file, new ArrayList<>());
        assertEquals(4, report.lines(), "the blank line is a line of the file");
        assertEquals(3, report.rejected());
        assertEquals(
                List.of(
                        "line 2, column origin: Not a place",
                        "line 2, column Weight_Kg: Too heavy",
                        "line 4, column ordered_quantity: Not a whole number: lots",
                        "line 5: A quoted cell opened on this line is not closed by the end of the file; "
                                + "the line was skipped"),
                report.errors().stream()
                        .map(ShipmentImportService.LineError::text)
                        .toList());
        assertEquals(List.of(List.of(2L)), writer.chunks, "only the lines read go to the writer");
        assertEquals(ImportJob.Outcome.of(0, 3), report.outcome());
        assertFalse(report.errorsTruncated());
    }

    @Test
    void theFirstThousandErrorsAreListed() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 1_200; i++) {
            file.append(line("R-" + i, "Shanghai").replace(",1,850.5", ",x,850.5"));
        }
        ShipmentImportService.ImportReport report =
                run(service(new KeepingWriter(100)), file.toString(), new ArrayList<>());
        assertEquals(1_200, report.rejected());
        assertEquals(ShipmentImportService.MAX_ERRORS, report.errors().size());
        assertTrue(report.errorsTruncated());
    }

    @Test
    void aFileWithoutItsColumnsOrAKeyWithoutWriteIsRefusedBeforeAnyLineIsWritten() {
        KeepingWriter writer = new KeepingWriter(10);
        DomainRuleViolation e = assertThrows(
                DomainRuleViolation.class, () -> run(service(writer), "reference,origin\nR-1,x\n", new ArrayList<>()));
        assertEquals("file", e.field());
        Caller reader = Caller.apiCredential(5L, "acme-bi", 7L, EnumSet.of(ApiScope.READ), TenantScope.of(List.of(7L)));
        assertThrows(
                AccessDeniedException.class,
                () -> service(writer)
                        .run(
                                ImportJob.Kind.SHIPMENTS,
                                new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8)),
                                reader,
                                ShipmentImportService.Progress.NONE));
        assertEquals(List.of(), writer.chunks);
    }
}
