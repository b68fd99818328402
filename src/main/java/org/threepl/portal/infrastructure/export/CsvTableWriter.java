package org.threepl.portal.infrastructure.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.threepl.portal.application.export.TableWriter;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (so that spreadsheets read it right); instants in ISO-8601 UTC, as
 * machines expect them, and values made for people ({@link org.threepl.portal.application.export.Shown}) as their
 * reader reads them.
 */
final class CsvTableWriter implements TableWriter {

    private final Writer out;

    CsvTableWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    @Override
    public void header(List<String> columns) throws IOException {
        out.write('\ufeff');
        row(columns.toArray());
    }

    @Override
    public void row(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(values[i]));
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    static String cell(Object value) {
        String s = Cells.defused(value);
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
