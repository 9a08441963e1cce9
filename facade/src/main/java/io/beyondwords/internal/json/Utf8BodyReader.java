package io.beyondwords.internal.json;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import okio.BufferedSource;

/**
 * Decodes a UTF-8 body that is already in memory straight into the reader's char buffer. It replaces decoding the
 * whole body into a {@code String} first, which for a 100-track page allocated the body three times over (a byte
 * copy, the string, the reader's chars) and was half of a page's garbage; and it avoids
 * {@link java.io.InputStreamReader}'s 8 KiB buffer, larger than a one-track body. Malformed input becomes U+FFFD, as
 * {@code new String(bytes, UTF_8)} does; a leading byte order mark is dropped. Not thread-safe, like any reader.
 */
final class Utf8BodyReader extends Reader {
    /** Bytes decoded per refill: one JSON reader buffer's worth of ASCII. */
    private static final int CHUNK = 1024;
    /** Enough for any UTF-8 sequence, so a split sequence always fits with the next bytes. */
    private static final int MIN_CHUNK = 8;

    private final BufferedSource source;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    /** Undecoded bytes, in read mode between calls. */
    private final ByteBuffer bytes;
    /** The caller's array, wrapped once: a JSON reader passes the same array every time. */
    private char[] target;
    private CharBuffer out;
    /** A char decoded but not yet returned (the second half of a surrogate pair asked for one char at a time). */
    private final char[] spill = new char[2];
    private int spillPos;
    private int spillLimit;
    private boolean endOfInput;
    private boolean flushed;
    private boolean atStart = true;

    /**
     * @param source the body's source
     * @param size how many bytes the source holds (a hint for the buffer size)
     */
    Utf8BodyReader(BufferedSource source, long size) {
        this.source = source;
        this.bytes = ByteBuffer.allocate((int) Math.max(MIN_CHUNK, Math.min(size, CHUNK)));
        this.bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (off < 0 || len < 0 || off + len > cbuf.length) {
            throw new IndexOutOfBoundsException();
        }
        if (len == 0) {
            return 0;
        }
        while (true) {
            int n = readOnce(cbuf, off, len);
            if (n <= 0) {
                return n;
            }
            if (atStart) {
                atStart = false;
                if (cbuf[off] == '\uFEFF') {
                    System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
                    if (n - 1 == 0) {
                        continue;
                    }
                    return n - 1;
                }
            }
            return n;
        }
    }

    /** @return chars decoded into {@code cbuf}, at least one, or -1 at the end */
    private int readOnce(char[] cbuf, int off, int len) throws IOException {
        if (spillPos < spillLimit) {
            cbuf[off] = spill[spillPos++];
            return 1;
        }
        if (len < 2) {
            // A code point may need two chars: decode into the spill and hand them out one by one.
            spillPos = 0;
            spillLimit = 0;
            int n = decode(spill, 0, 2);
            if (n < 0) {
                return -1;
            }
            spillLimit = n;
            cbuf[off] = spill[spillPos++];
            return 1;
        }
        return decode(cbuf, off, len);
    }

    private int decode(char[] cbuf, int off, int len) throws IOException {
        CharBuffer o = wrap(cbuf, off, len);
        while (true) {
            if (flushed) {
                return -1;
            }
            CoderResult result = decoder.decode(bytes, o, endOfInput);
            if (result.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(o);
                    flushed = true;
                } else if (o.position() == off) {
                    refill();
                    continue;
                }
            }
            // overflow (the caller's buffer is full) or underflow with chars to hand back
            int n = o.position() - off;
            if (n > 0) {
                return n;
            }
            if (flushed) {
                return -1;
            }
            if (result.isOverflow()) {
                throw new IllegalStateException("no room for one code point"); // len >= 2 always has room
            }
        }
    }

    private CharBuffer wrap(char[] cbuf, int off, int len) {
        if (cbuf != target) {
            target = cbuf;
            out = CharBuffer.wrap(cbuf);
        }
        out.clear();
        out.limit(off + len);
        out.position(off);
        return out;
    }

    private void refill() throws IOException {
        bytes.compact();
        int n = source.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() {
        // the transport closes the response, and with it the source
    }
}
