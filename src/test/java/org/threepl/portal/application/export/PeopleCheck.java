package org.threepl.portal.application.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a row of a file for people must not hold: a raw code, a machine moment, an unformatted amount, an untyped value.
 */
public final class PeopleCheck {

    /** The patterns: a raw code such as UNDER_INVESTIGATION, an ISO instant, an amount with four decimals. */
    public static final List<Pattern> MACHINE = List.of(
            Pattern.compile("\\b[A-Z][A-Z0-9]+_[A-Z0-9_]+\\b"),
            Pattern.compile("\\d{4}-\\d\\d-\\d\\dT"),
            Pattern.compile("\\.\\d{4}\\b"));

    private PeopleCheck() {}

    /** Every cell is text or a value made for people, and none reads like a machine's. */
    public static void assertForPeople(Object[] row) {
        for (Object cell : row) {
            if (cell == null) {
                continue;
            }
            if (!(cell instanceof String) && !(cell instanceof Shown)) {
                fail("a " + cell.getClass().getSimpleName() + " «" + cell + "» left as it is in "
                        + Arrays.toString(row));
            }
            String text = cell instanceof Shown s ? s.text() : (String) cell;
            for (Pattern p : MACHINE) {
                assertFalse(
                        p.matcher(text).find(),
                        "«" + text + "» reads like a machine's (" + p + ") in " + Arrays.toString(row));
            }
        }
    }

    /**
     * Headers in Chinese (each holds a Han character, apart from the names of standards), none a machine column name.
     */
    public static void assertChineseHeaders(List<String> headers, List<String> machineNames) {
        for (String h : headers) {
            assertFalse(machineNames.contains(h), "a machine column name: " + h);
            assertTrue(
                    h.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                            || h.equals("KPI")
                            || h.startsWith("3PL"),
                    "not Chinese: " + h);
        }
    }
}
