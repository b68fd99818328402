package org.threepl.portal.application.shipment;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedLinesTest {

    private static List<String> lines(String text) throws IOException {
        BoundedLines in = new BoundedLines(new StringReader(text));
        List<String> out = new ArrayList<>();
        for (String l; (l = in.next()) != null; ) {
            out.add(in.tooLong() ? "<too long>" : l);
        }
        return out;
    }

    @Test
    void readsWhatReadLineReads() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(50);
            for (int i = 0; i < n; i++) {
                text.append("x".repeat(random.nextInt(20) == 0 ? 60_000 + random.nextInt(5_000) : random.nextInt(300)));
                text.append(random.nextBoolean() ? "\n" : "\r\n");
            }
            if (random.nextBoolean()) {
                text.append("last line without an end");
            }
            List<String> expected = new BufferedReader(new StringReader(text.toString())).lines().toList();
            assertEquals(expected, lines(text.toString()));
        }
    }

    @Test
    void aLineOverTheLimitIsSkippedAndTheNextOnesAreRead() throws IOException {
        String longLine = "y".repeat(BoundedLines.MAX_LINE + 1);
        assertEquals(List.of("a", "<too long>", "b"), lines("a\n" + longLine + "\nb\n"));
        assertEquals(List.of("<too long>"), lines(longLine), "also as the last line");
        assertEquals(List.of("z".repeat(BoundedLines.MAX_LINE)), lines("z".repeat(BoundedLines.MAX_LINE) + "\r\n"), "exactly the limit is fine");
    }

    @Test
    void anEmptyFileHasNoLines() throws IOException {
        BoundedLines in = new BoundedLines(new StringReader(""));
        assertNull(in.next());
        assertFalse(in.tooLong());
        assertTrue(lines("\n").equals(List.of("")));
    }
}
