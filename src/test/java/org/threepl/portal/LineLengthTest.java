package org.threepl.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No line of Java over {@value #MAX} characters, in the main and the test sources alike. The formatter (Spotless with
 * palantir-java-format, run by the build) wraps code to this width but leaves long string literals and text blocks as
 * they are: those are split by hand.
 */
class LineLengthTest {

    static final int MAX = 120;

    @Test
    void noJavaLineIsLongerThanTheFormattersWidth() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            assertTrue(Files.isDirectory(root), "run from the project's directory: " + root.toAbsolutePath());
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java"))
                        .sorted()
                        .toList()) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        // counted in characters (code points), as the formatter counts them
                        if (lines.get(i).codePointCount(0, lines.get(i).length()) > MAX) {
                            tooLong.add(root.relativize(file) + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), tooLong, "Lines over " + MAX + " characters: split the literal or the text block");
    }
}
