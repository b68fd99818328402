package org.threepl.portal.application.export;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exports depend the right way (issue 13): the application, the domain and the interfaces know the port
 * ({@link TableWriters}, {@link TableWriter}) and never the infrastructure's file formats, which implement it.
 */
class ExportDependencyTest {

    private static final Path SOURCES = Path.of("src/main/java/org/threepl/portal");

    @Test
    void nothingAboveTheInfrastructureNamesItsExportFormats() throws IOException {
        List<String> offenders = new ArrayList<>();
        int read = 0;
        for (String layer : List.of("application", "domain", "interfaces")) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(layer))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    read++;
                    if (Files.readString(f).contains("infrastructure.export")) {
                        offenders.add(SOURCES.relativize(f).toString());
                    }
                }
            }
        }
        assertTrue(read > 100, "the sources were found: " + read);
        assertEquals(List.of(), offenders, "classes above the infrastructure that import its export formats");
    }
}
