package org.threepl.portal.application.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threepl.portal.application.export.TableWriter;
import org.threepl.portal.domain.model.shipment.ImportJob;
import org.threepl.portal.infrastructure.export.StreamingTableWriters;

class ImportFilesTest {

    private static String csv(Writing w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter t = new StreamingTableWriters().open(TableWriter.Format.CSV, out, "t")) {
            w.write(t);
        }
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\ufeff"), "a byte-order mark for spreadsheets (the import passes over it)");
        return s.substring(1);
    }

    private interface Writing {
        void write(TableWriter t) throws IOException;
    }

    @Test
    void theTemplateNamesEveryColumnTheImportReadsAndGivesAnExampleLine() throws IOException {
        for (ImportJob.Kind kind : ImportJob.Kind.values()) {
            List<String> lines =
                    csv(t -> ImportFiles.writeTemplate(kind, t)).lines().toList();
            assertEquals(2, lines.size(), kind.name());
            List<String> header = CsvRecords.parse(lines.get(0));
            assertEquals(ImportColumns.of(kind), header);
            List<String> required = ImportColumns.required(kind);
            assertTrue(header.containsAll(required), header + " has " + required);
            assertEquals(header.size(), CsvRecords.parse(lines.get(1)).size(), "a value for every column");
            assertEquals(header, CsvRecords.parse(String.join(",", ImportColumns.of(kind))));
        }
        assertEquals("shipments-import-template", ImportColumns.templateName(ImportJob.Kind.SHIPMENTS));
    }

    @Test
    void theTemplatesExampleLineIsWhatTheImportReadsEveryOptionalColumnIncluded() {
        // the columns the import reads by name, found in its source: each is in the template
        for (String c : List.of("organisation", "shipment_number", "weight_kg", "declared_value", "currency")) {
            assertTrue(ImportColumns.SHIPMENTS.contains(c), c);
        }
        for (String c : List.of("organisation", "reason_code", "zone", "location")) {
            assertTrue(ImportColumns.EVENTS.contains(c), c);
        }
    }

    @Test
    void anErrorNamesTheFilesColumnNotTheApisField() {
        ImportJob.Kind s = ImportJob.Kind.SHIPMENTS;
        assertEquals("transport_mode", ImportColumns.columnOf(s, "transportMode"));
        assertEquals("delivery_to", ImportColumns.columnOf(s, "shipments[3].plannedDelivery"));
        assertEquals("pickup_from", ImportColumns.columnOf(s, "items[0].pickupWindow"));
        assertEquals("shipment_number", ImportColumns.columnOf(s, "shipmentNumber"));
        assertEquals("ordered_quantity", ImportColumns.columnOf(s, "ordered_quantity"));
        assertEquals("weight_kg", ImportColumns.columnOf(s, "weight"));
        assertNull(ImportColumns.columnOf(s, "line"), "the whole line");
        assertNull(ImportColumns.columnOf(s, "eventId"), "not a column of a shipments file");
        assertEquals("shipment_reference", ImportColumns.columnOf(ImportJob.Kind.EVENTS, "shipmentReference"));
        assertEquals("occurred_at", ImportColumns.columnOf(ImportJob.Kind.EVENTS, "occurredAt"));

        assertEquals(
                "line 14, column planned_delivery: Before the pickup",
                ImportColumns.describe(14, "planned_delivery", "Before the pickup"));
        assertEquals(
                "line 5: A quoted cell is not closed on this line",
                ImportColumns.describe(5, null, "A quoted cell is not closed on this line"));
    }

    @Test
    void theColumnIsNamedAsTheFileWritesIt() {
        ImportLineMapper<ShipmentInput> mapper = ImportLineMapper.shipments(new CsvRecords.Row(
                1,
                List.of(
                        "Reference",
                        " Transport_Mode ",
                        "origin",
                        "destination",
                        "service_level",
                        "pickup_from",
                        "pickup_to",
                        "delivery_from",
                        "delivery_to",
                        "ordered_quantity")));
        assertEquals("Transport_Mode", mapper.writtenColumn("transportMode"));
        assertEquals("currency", mapper.writtenColumn("currency"), "a column the file lacks: the template's name");
        assertNull(mapper.writtenColumn("line"));
        ShipmentImportService.LineError e =
                ShipmentImportService.LineError.of(4, "transportMode", "Transport_Mode", "Unknown transport mode");
        assertEquals("line 4, column Transport_Mode: Unknown transport mode", e.text());
    }

    @Test
    void theRejectedLinesComeBackAsWrittenWithTheirErrorsLastAndDefused() throws IOException {
        String header = "reference,origin,transport_mode,ordered_quantity";
        Map<Long, String> lines = new HashMap<>();
        lines.put(3L, "R-3,\"Ningbo, Zhejiang\",HOVERCRAFT,lots");
        lines.put(5L, "\"=HYPERLINK(\"\"http://evil\"\")\",A,ROAD,1");
        lines.put(6L, "\"open,x");
        List<ImportJob.LineProblem> problems = List.of(
                new ImportJob.LineProblem(5, "organisation", "organisation", "No organisation with the code X"),
                new ImportJob.LineProblem(3, "transportMode", "transport_mode", "Unknown transport mode 'HOVERCRAFT'"),
                new ImportJob.LineProblem(3, "ordered_quantity", "ordered_quantity", "Not a whole number: lots"),
                new ImportJob.LineProblem(6, "line", null, "A quoted cell is not closed on this line"),
                new ImportJob.LineProblem(7, "line", null, "The line is longer than 65536 characters; it was skipped"));
        List<String> out = csv(t -> ImportFiles.writeRejected(header, problems, lines, t))
                .lines()
                .toList();
        assertEquals("reference,origin,transport_mode,ordered_quantity,error", out.get(0));
        assertEquals(
                ("R-3,\"Ningbo, Zhejiang\",HOVERCRAFT,lots,line 3, column transport_mode: Unknown transport "
                                + "mode 'HOVERCRAFT'; ")
                        .replace(
                                ",line 3, column transport_mode: Unknown transport mode 'HOVERCRAFT'; ",
                                ",\"line 3, column transport_mode: Unknown transport mode 'HOVERCRAFT'; "
                                        + "column ordered_quantity: Not a whole number: lots\""),
                out.get(1),
                "in line order, all the line's errors in one cell");
        assertEquals(
                "\"'=HYPERLINK(\"\"http://evil\"\")\",A,ROAD,1,\"line 5, column organisation: No "
                        + "organisation with the code X\"",
                out.get(2),
                "a formula is defused as in every export");
        assertEquals(
                "\"open,x\",,,,line 6: A quoted cell is not closed on this line"
                        .replace("\"open,x\"", "\"\"\"open,x\""),
                out.get(3),
                "an unreadable line is given back whole in its first cell");
        assertEquals(
                ",,,,line 7: The line is longer than 65536 characters; it was skipped",
                out.get(4),
                "a line not kept: its error only");
        assertEquals(5, out.size());
    }

    @Test
    void theRejectedLinesAreReadBackFromTheFileByTheImportsNumbers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, "\ufeffa,b\r\nok,1\r\n\r\nbad,2\r\nok,3\r\nbad,4", StandardCharsets.UTF_8);
        ImportFiles.Kept kept = ImportFiles.read(file, Set.of(4L, 6L));
        assertEquals("a,b", kept.header());
        assertEquals(Map.of(4L, "bad,2", 6L, "bad,4"), kept.lines(), "blank lines count, as in the import");
    }
}
