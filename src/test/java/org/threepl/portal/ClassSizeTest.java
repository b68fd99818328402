package org.threepl.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No main class over {@value #MAX_LINES} lines unless its header comment gives the reason, on a line of its own
 * starting {@code Long because:} (e.g. an aggregate whose state machine is one consistency boundary). A long class is
 * usually several purposes: split it by use case instead.
 */
class ClassSizeTest {

    static final int MAX_LINES = 400;

    private static final Path MAIN = Path.of("src/main/java");

    /**
     * A marked reason in the header: "Long because:" and at least a few words after it, at the start of a comment line
     * or of a paragraph there (the formatter puts a paragraph's {@code <p>} on its first line).
     */
    private static final Pattern REASON = Pattern.compile("^\\s*\\*\\s*(<p>\\s*)?Long because:\\s*\\S.{20,}");

    /** The first top-level type declaration: the header is the text before it. */
    private static final Pattern DECLARATION =
            Pattern.compile("^(public |protected |abstract |final |sealed |non-sealed |strictfp "
                    + ")*(class|interface|enum|record|@interface) .*");

    @Test
    void noMainClassIsOverTheLimitWithoutAReasonInItsHeader() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "run from the project's directory: " + MAIN.toAbsolutePath());
        List<String> unexplained = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = MAIN.relativize(file).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() <= MAX_LINES) {
                    continue;
                }
                if (!explained(lines)) {
                    unexplained.add(name + " (" + lines.size() + " lines)");
                }
            }
        }
        assertEquals(
                List.of(),
                unexplained,
                "Over " + MAX_LINES + " lines with no 'Long because:' line in the class header:"
                        + " split the class by purpose, or give the reason in its header comment");
    }

    @Test
    void theReasonCountsOnlyInTheHeader() {
        List<String> inHeader = List.of(
                "package x;",
                "/**",
                " * A thing.",
                " * Long because: one state machine over one consistency" + " boundary.",
                " */",
                "public class X {",
                "}");
        List<String> inBody = List.of(
                "package x;",
                "/** A thing. */",
                "public class X {",
                "    /**",
                "     * Long because: a reason in" + " the wrong place.",
                "     */",
                "}");
        List<String> empty = List.of("/**", " * Long because:", " */", "final class X {", "}");
        List<String> paragraph = List.of(
                "/**",
                " * A thing.",
                " *",
                " * <p>Long because: one state machine over one boundary.",
                " */",
                "class X {}");
        assertTrue(explained(paragraph));
        assertTrue(explained(inHeader));
        assertTrue(!explained(inBody));
        assertTrue(!explained(empty));
    }

    /** Whether the comment before the first top-level type declaration has a marked reason. */
    static boolean explained(List<String> lines) {
        for (String line : lines) {
            if (DECLARATION.matcher(line).matches()) {
                return false;
            }
            if (REASON.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }
}
