package org.threepl.portal.interfaces.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read with a limit: past {@code limit} bytes it fails with {@link TooLarge} (answered 413), so nothing
 * larger is ever held or parsed. A text body (JSON, CSV) is also refused as it is read if it carries the NUL character,
 * raw or as JSON's escape: PostgreSQL cannot store it in text, and no shipment, dispute or invoice has a use for it
 * (answered 422).
 */
final class BoundedBody extends FilterInputStream {

    /** The body is longer than this address accepts. */
    static final class TooLarge extends IOException {
        final long limit;

        TooLarge(long limit) {
            super("The request body is larger than the " + limit + " bytes this address accepts");
            this.limit = limit;
        }
    }

    /** The text carries the NUL character. */
    static final class NulCharacter extends IOException {
        NulCharacter() {
            super("Texts may not contain the NUL character (U+0000)");
        }
    }

    /**
     * What the body is, for the NUL check: binary (none), CSV (raw NUL bytes), JSON (raw, and the {@code \\u0000}
     * escape).
     */
    enum Kind {
        BINARY,
        CSV,
        JSON
    }

    private final long limit;
    private final Kind kind;
    private long read;
    /** JSON: the previous byte was a backslash that escapes this one. */
    private boolean escaped;
    /** JSON: zeros seen after a {@code \\u} escape (-1: not in one). */
    private int zeros = -1;

    BoundedBody(InputStream in, long limit, Kind kind) {
        super(in);
        this.limit = limit;
        this.kind = kind;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
            inspect((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
            for (int i = offset; i < offset + n; i++) {
                inspect(buffer[i]);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws TooLarge {
        read += n;
        if (read > limit) {
            throw new TooLarge(limit);
        }
    }

    private void inspect(byte b) throws NulCharacter {
        if (kind == Kind.BINARY) {
            return;
        }
        if (b == 0) {
            throw new NulCharacter();
        }
        if (kind != Kind.JSON) {
            return;
        }
        if (zeros >= 0) {
            zeros = b == '0' ? zeros + 1 : -1;
            if (zeros == 4) {
                throw new NulCharacter();
            }
        } else if (escaped) {
            escaped = false;
            zeros = b == 'u' ? 0 : -1;
        } else if (b == '\\') {
            escaped = true;
        }
    }
}
