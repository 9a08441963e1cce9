package io.beyondwords.internal.json;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import okio.Buffer;
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
    /**
     * {@link #startState}: nothing read yet (the field's default), the first read's bytes still at the start of the
     * buffer, or written over.
     */
    private static final byte START_UNREAD = 0;
    private static final byte START_KEPT = 1;
    private static final byte START_LOST = 2;

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
     * Whether {@link #bytes} still holds the body's first bytes from the first read, for an error message. Tracked
     * rather than copied aside so that a body read successfully costs nothing extra; a byte, as it fits in the
     * object's padding where an int would make every reader 8 bytes larger.
     */
    private byte startState;

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
        if (startState == START_KEPT && bytes.position() > 0 && bytes.hasRemaining()) {
            if (source.exhausted()) {
                // The body ends in part of a character: decode it where it is rather than move it over the start.
                endOfInput = true;
                return;
            }
            startState = START_LOST; // compact() moves the undecoded bytes over the start
        }
        bytes.compact();
        int n = source.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            startState = startState == START_UNREAD ? START_KEPT : START_LOST;
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /** @return whether the reader has reported the end of the body, so a parser that failed had seen all of it */
    boolean reachedEnd() {
        return flushed;
    }

    /**
     * The body's first bytes, for an error message, when they can still be had without having been copied aside:
     * the first read's bytes while nothing has written over them, followed by those the source still holds (which
     * come right after them). A body read in more than one chunk has lost its start by the time parsing fails.
     *
     * @param max the most bytes wanted
     * @param bodySize the size given to the constructor: what the source held before reading
     * @return up to {@code max} bytes from the body's start, or {@code null} if they are no longer held
     */
    byte[] firstBytes(int max, long bodySize) {
        if (startState == START_LOST) {
            return null;
        }
        Buffer rest = source.getBuffer();
        int firstRead = (int) (bodySize - rest.size()); // all that was taken from the source, by one read at most
        int fromStart = Math.min(firstRead, max);
        int fromRest = (int) Math.min(max - fromStart, rest.size());
        byte[] out = new byte[fromStart + fromRest];
        System.arraycopy(bytes.array(), bytes.arrayOffset(), out, 0, fromStart);
        for (int i = 0; i < fromRest; i++) {
            out[fromStart + i] = rest.getByte(i);
        }
        return out;
    }

    @Override
    public void close() {
        // the transport closes the response, and with it the source
    }
}
