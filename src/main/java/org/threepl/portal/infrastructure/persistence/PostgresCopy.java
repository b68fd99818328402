package org.threepl.portal.infrastructure.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.threepl.portal.application.IsoInstant;

/** What the PostgreSQL stores share: a session's staging tables, COPY into them, and reading and writing times. */
final class PostgresCopy {

    private PostgresCopy() {}

    /**
     * A session's staging table, empty: made once per database connection and emptied at every commit, rather than made
     * and dropped for every chunk.
     */
    static void stage(Connection c, String table, String columns) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("create temp table if not exists " + table + " (" + columns + ") on commit delete rows");
            st.execute("delete from " + table); // a second call in one transaction starts afresh
        }
    }

    interface RowFormat<T> {
        void write(StringBuilder b, T row);
    }

    /**
     * Streams the rows to COPY: each row is formatted into one buffer, which goes out as UTF-8 every 64 KiB (character
     * by character through a BufferedWriter, whose every call takes a lock, this was a third of an import's CPU in this
     * server).
     */
    static <T> void copy(Connection c, String table, List<T> rows, RowFormat<T> format) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        try (OutputStream out = new PGCopyOutputStream(pg, "copy " + table + " from stdin (format csv)", 1 << 16)) {
            StringBuilder b = new StringBuilder(1 << 17);
            for (T r : rows) {
                format.write(b, r);
                if (b.length() >= 1 << 16) {
                    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
                    b.setLength(0);
                }
            }
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV record for COPY: an empty unquoted field is NULL, text is always quoted (so "" is an empty text). */
    static void row(StringBuilder b, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            if (v instanceof Instant t) {
                IsoInstant.appendTo(b, t);
            } else if (v instanceof Number) {
                b.append(v);
            } else {
                String s = v.toString();
                b.append('"');
                if (s.indexOf('"') >= 0) {
                    b.append(s.replace("\"", "\"\""));
                } else {
                    b.append(s);
                }
                b.append('"');
            }
        }
        b.append('\n');
    }

    /** An instant as text for a {@code ?::text[]} array cast to timestamptz; null stays null. */
    static String text(Instant t) {
        return t == null ? null : IsoInstant.format(t);
    }

    /** A timestamptz column as an instant, read without the driver's calendar arithmetic. */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
