package org.threepl.portal.application.shipment;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a text file read with a length limit: a line longer than {@link #MAX_LINE} characters is not
 * held, but skipped to its end and reported ({@link #tooLong()}), so one monstrous line cannot take the
 * server's memory and the lines after it are still imported. Ends of lines: LF or CRLF. Buffers on its
 * own (64 KiB at a time), so reading costs what {@code BufferedReader.readLine} does.
 */
final class BoundedLines {

    /** The longest line an import reads: far beyond any real shipment or event line. */
    static final int MAX_LINE = 64 * 1024;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int end;
    private final StringBuilder line = new StringBuilder(256);
    private boolean tooLong;

    BoundedLines(Reader in) {
        this.in = in;
    }

    /** The next line (without its end), or null at the end of the file; check {@link #tooLong()} after each. */
    String next() throws IOException {
        line.setLength(0);
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == end) {
                end = in.read(buffer, 0, buffer.length);
                position = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? finish() : null;
                }
            }
            any = true;
            int start = position;
            while (position < end && buffer[position] != '\n') {
                position++;
            }
            append(start, position);
            if (position < end) {
                position++; // the line feed
                return finish();
            }
        }
    }

    private void append(int from, int to) {
        if (tooLong) {
            return;
        }
        if (line.length() + (to - from) > MAX_LINE + 1) { // + 1: a CR before the LF is not the line's
            tooLong = true;
            line.setLength(0);
            return;
        }
        line.append(buffer, from, to - from);
    }

    private String finish() {
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) == '\r') {
            line.setLength(n - 1);
        }
        if (line.length() > MAX_LINE) {
            tooLong = true;
        }
        return tooLong ? "" : line.toString();
    }

    /** Whether the line {@link #next()} just returned (as empty) was longer than the limit. */
    boolean tooLong() {
        return tooLong;
    }
}
