package org.threepl.portal.application.export;

/**
 * The apostrophe a CSV export puts before a text that a spreadsheet would run as a formula (CSV injection), and its
 * undoing on import, written once so that a file the portal exported imports back to the same values.
 *
 * <p>A text starting with {@code = + - @}, a tab or a CR is written with a {@code '} in front. So that the import can
 * take exactly that apostrophe away again, a text whose leading apostrophes are followed by one of those gets one more
 * too ({@code '=x} is written {@code ''=x}); the import removes one leading {@code '} from a cell whose leading
 * apostrophes are followed by one of those.
 */
public final class FormulaPrefix {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaPrefix() {}

    /** The text as a CSV cell of an export writes it. */
    public static String defuse(String s) {
        return triggers(s, apostrophes(s)) ? "'" + s : s;
    }

    /** The text a cell written by {@link #defuse} stands for. */
    public static String undo(String s) {
        int a = apostrophes(s);
        return a > 0 && triggers(s, a) ? s.substring(1) : s;
    }

    private static int apostrophes(String s) {
        int a = 0;
        while (a < s.length() && s.charAt(a) == '\'') {
            a++;
        }
        return a;
    }

    private static boolean triggers(String s, int at) {
        return s.length() > at && TRIGGERS.indexOf(s.charAt(at)) >= 0;
    }
}
