package org.threepl.portal.application.shipment;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.threepl.portal.application.export.FormulaPrefix;

/**
 * The records of an imported CSV file, read as a stream by Apache Commons CSV (RFC 4180: quoted cells, doubled quotes,
 * quoted cells spanning lines, as the portal's own export writes them). UTF-8 with or without a byte-order mark; the
 * delimiter is {@code ,} or {@code ;}, whichever splits the first line into more known column names. Each record is
 * told with the file's line it starts on (a quoted line break makes a record span lines), and each cell without the
 * apostrophe the export puts before formula-like texts ({@link FormulaPrefix}).
 *
 * <p>Bounded: at most about {@link #MAX_RECORD} characters of one record are held. A record longer than that, a quoted
 * cell not closed by the end of the file, or a quote followed by anything but the delimiter or the end of the line is
 * told as a {@link Problem} of the record's first line, and reading goes on at the line after it, so one bad line does
 * not cost the rest of the file.
 *
 * <p>Public so that the tests read the portal's CSV files with the very reader the import uses.
 */
public final class CsvRecords implements Closeable {

    /** The longest record an import reads: far beyond any real shipment or event line. */
    static final int MAX_RECORD = 64 * 1024;
    /** What is held of the record being read: the record and what the parser reads ahead (8 KiB at a time). */
    private static final int MAX_HELD = MAX_RECORD + (1 << 14);
    /** The column names that tell the delimiter: those of every kind of file. */
    static final Set<String> KNOWN = Stream.concat(ImportColumns.SHIPMENTS.stream(), ImportColumns.EVENTS.stream())
            .collect(Collectors.toUnmodifiableSet());

    /** What {@link #next()} gives: a record, or a record that could not be read. */
    public sealed interface Next permits Row, Problem {
        long line();
    }

    /** A record's cells, and the line it starts on (1 is the first line of the file). */
    public record Row(long line, List<String> cells) implements Next {
        boolean blank() {
            return cells.size() == 1 && cells.get(0).isBlank();
        }
    }

    /** A record that could not be read; {@code tooLong} when it was longer than {@link #MAX_RECORD}. */
    public record Problem(long line, String message, boolean tooLong) implements Next {}

    private final Source source;
    private final CSVFormat format;
    private final char delimiter;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    /** The lines before the current parser's first one. */
    private long base;
    /** The line the next record starts on. */
    private long nextLine = 1;

    private CsvRecords(BufferedReader in, char delimiter) {
        this.source = new Source(in);
        this.delimiter = delimiter;
        this.format = format(delimiter);
    }

    /** Reads {@code in} as UTF-8, without a leading byte-order mark, with the delimiter its first line uses. */
    public static CsvRecords open(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\ufeff') {
            reader.reset();
        }
        reader.mark(MAX_RECORD + 2);
        StringBuilder first = new StringBuilder();
        for (int c; first.length() <= MAX_RECORD && (c = reader.read()) >= 0 && c != '\n' && c != '\r'; ) {
            first.append((char) c);
        }
        reader.reset();
        return new CsvRecords(reader, delimiterOf(first.toString()));
    }

    /** {@code ;} when it splits the header into more known column names than {@code ,} does; else {@code ,}. */
    static char delimiterOf(String header) {
        return known(header, ';') > known(header, ',') ? ';' : ',';
    }

    private static long known(String header, char delimiter) {
        try {
            return parse(header, delimiter).stream()
                    .filter(n -> KNOWN.contains(n.strip().toLowerCase(Locale.ROOT)))
                    .count();
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    char delimiter() {
        return delimiter;
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
    }

    /** The next record, or null at the end of the file. */
    public Next next() throws IOException {
        if (parser == null) {
            parser = CSVParser.builder().setReader(source).setFormat(format).get();
            records = parser.iterator();
            base = nextLine - 1;
        }
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            return recover(e.getCause());
        }
        long line = nextLine;
        nextLine = base + parser.getCurrentLineNumber() + 1;
        source.dropBefore(nextLine);
        List<String> cells = new ArrayList<>(record.size());
        long length = 0;
        for (String value : record) {
            length += value.length() + 1;
            cells.add(FormulaPrefix.undo(value));
        }
        if (length - 1 > MAX_RECORD) {
            return new Problem(line, tooLong(line), true);
        }
        return new Row(line, cells);
    }

    /**
     * The record that starts on {@link #nextLine} cannot be read: told as a problem, and reading goes on at the next
     * line.
     */
    private Problem recover(IOException cause) throws IOException {
        long line = nextLine;
        String message;
        boolean tooLong = cause instanceof TooLong;
        if (tooLong) {
            message = tooLong(line);
        } else if (cause instanceof org.apache.commons.csv.CSVException) {
            message = String.valueOf(cause.getMessage()).contains("EOF")
                    ? "A quoted cell opened on this line is not closed by the end of the file; the line was skipped"
                    : "A quoted cell must be followed by the delimiter or the end of the line; the line was skipped";
        } else {
            throw cause;
        }
        parser = null;
        records = null;
        source.resumeAt(line, line + 1);
        nextLine = line + 1;
        return new Problem(line, message, tooLong);
    }

    private static String tooLong(long line) {
        return "The line is longer than " + MAX_RECORD
                + " characters (or a quoted cell opened on it is not closed); it was skipped";
    }

    @Override
    public void close() throws IOException {
        source.in.close();
    }

    /**
     * The cells of one record in a text ({@code ,} between cells); an unreadable text is an
     * {@link IllegalArgumentException}.
     */
    static List<String> parse(String text) {
        return parse(text, ',');
    }

    static List<String> parse(String text, char delimiter) {
        try (CSVParser p = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format(delimiter))
                .get()) {
            Iterator<CSVRecord> it = p.iterator();
            if (!it.hasNext()) {
                return List.of("");
            }
            return it.next().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("A quoted cell is not closed", e);
        }
    }

    /** One record as a text with {@code ,} between its cells, as {@link #parse(String)} reads it back. */
    static String text(List<String> cells) {
        return CSVFormat.RFC4180.format(cells.toArray());
    }

    /** A record longer than {@link #MAX_HELD}: reading it stops. */
    private static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("The record is too long");
        }
    }

    /**
     * The file's characters as the parser reads them, holding those from the start of the record being read (from the
     * start of a line) so that reading can go on at the line after a record that could not be read.
     */
    private static final class Source extends Reader {
        final BufferedReader in;
        final StringBuilder held = new StringBuilder(1024);
        /** Where what is held starts in {@code held} (what lies before is let go of, and taken away now and then). */
        int start;
        /** The line {@code held} starts (it always starts a line). */
        long heldLine = 1;
        /** What is read again before {@code in}, after a record that could not be read. */
        String replay = "";

        int replayAt;

        Source(BufferedReader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int n;
            if (replayAt < replay.length()) {
                n = Math.min(length, replay.length() - replayAt);
                replay.getChars(replayAt, replayAt + n, buffer, offset);
                replayAt += n;
            } else {
                n = in.read(buffer, offset, length);
                if (n <= 0) {
                    return n;
                }
            }
            if (start > (1 << 15)) {
                held.delete(0, start);
                start = 0;
            }
            held.append(buffer, offset, n);
            if (held.length() - start > MAX_HELD) {
                throw new TooLong();
            }
            return n;
        }

        /** Lets go of what lies before {@code line} (the parser has read up to its start). */
        void dropBefore(long line) {
            int at = start;
            long l = heldLine;
            while (l < line) {
                int end = endOfLine(at);
                if (end < 0) {
                    break; // the end of the file without a line break
                }
                at = end;
                l++;
            }
            start = at;
            heldLine = l;
        }

        /**
         * The index after the line break of the line starting at {@code from} in {@code held}; -1 when none is held.
         */
        private int endOfLine(int from) {
            for (int i = from; i < held.length(); i++) {
                char c = held.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    return i + 1 < held.length() && held.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                }
            }
            return -1;
        }

        /**
         * Goes on at the start of {@code line}: {@code held} starts {@code from}, the record that could not be read;
         * what is held after the line is read again, and a line longer than what is held is skipped in the file.
         */
        void resumeAt(long from, long line) throws IOException {
            String rest = replay.substring(replayAt);
            held.delete(0, start);
            start = 0;
            held.append(rest);
            replay = "";
            replayAt = 0;
            heldLine = from;
            int at = 0;
            long l = from;
            while (l < line) {
                int end = endOfLine(at);
                if (end < 0 || (end == held.length() && held.charAt(end - 1) == '\r')) {
                    break;
                }
                at = end;
                l++;
            }
            if (l == line) {
                replay = held.substring(at);
            } else {
                // the line runs on beyond what is held: skip it in the file
                boolean cr = held.length() > 0 && held.charAt(held.length() - 1) == '\r';
                int c = cr ? in.read() : skipLine();
                if (c >= 0 && c != '\n') {
                    replay = String.valueOf((char) c);
                }
            }
            held.setLength(0);
            heldLine = line;
        }

        /** Reads to the end of the line; returns the character after a CR that is not an LF (-1 for none). */
        private int skipLine() throws IOException {
            for (int c; (c = in.read()) >= 0; ) {
                if (c == '\n') {
                    return -1;
                }
                if (c == '\r') {
                    int next = in.read();
                    return next == '\n' ? -1 : next;
                }
            }
            return -1;
        }

        @Override
        public void close() {
            // the parser does not close the file: CsvRecords does
        }
    }
}
