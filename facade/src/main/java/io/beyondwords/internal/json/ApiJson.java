package io.beyondwords.internal.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The SDK's one Gson and its adapters, built once per JVM: Gson and its adapters are thread-safe, and building them
 * per call would cost more than the call's JSON.
 */
public final class ApiJson {
    /** Gson for generated models, keeping unknown members. Writes request bodies too. */
    public static final Gson GSON = new GsonBuilder()
            .registerTypeAdapterFactory(new TolerantModelAdapterFactory())
            .disableHtmlEscaping()
            .create();

    /** Bodies up to this size (1 MiB) are decoded at once; larger ones are streamed. */
    private static final long IN_MEMORY_LIMIT = 1024 * 1024;

    private ApiJson() {
    }

    /**
     * Reads a required JSON body. A body that cannot be read is described in the SDK's own words, built only then:
     * what was expected, where, and what came (see {@link UnreadableBodyMessages}).
     *
     * @param body a successful response's body
     * @param adapter what to read
     * @param type what the adapter reads, for the message about a body it cannot read
     * @param <T> the result type
     * @return the value, never null
     * @throws UnreadableBodyException if the body is empty, malformed, {@code null}, of the wrong JSON type or
     *     followed by more data
     * @throws IOException if reading the body itself failed (reset, timeout)
     */
    public static <T> T readBody(ResponseBody body, TypeAdapter<T> adapter, Type type) throws IOException {
        MediaType mediaType = body.contentType();
        String contentType = mediaType == null ? null : mediaType.toString();
        if (body.source().exhausted()) {
            throw new UnreadableBodyException(UnreadableBodyMessages.empty(type, contentType));
        }
        BufferedSource source = body.source();
        long inMemory = inMemorySize(body, source);
        Reader chars = inMemory >= 0 ? new Utf8BodyReader(source, inMemory) : streamed(body, source);
        JsonReader reader = new JsonReader(chars);
        T value;
        try {
            value = adapter.read(reader);
        } catch (MalformedJsonException | EOFException e) {
            throw broken(contentType, type, chars, inMemory, reader, e instanceof EOFException);
        } catch (JsonParseException | IllegalStateException | NumberFormatException
                | UnsupportedOperationException e) {
            Throwable cause = e.getCause();
            if (cause instanceof MalformedJsonException || cause instanceof EOFException) {
                throw broken(contentType, type, chars, inMemory, reader, cause instanceof EOFException);
            }
            throw mismatch(contentType, type, chars, inMemory, reader);
        }
        try {
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw trailingData(contentType, chars, inMemory);
            }
        } catch (MalformedJsonException e) {
            throw trailingData(contentType, chars, inMemory); // what a strict reader says of a second value
        }
        if (value == null) {
            throw new UnreadableBodyException(UnreadableBodyMessages.foundNull(type));
        }
        return value;
    }

    /**
     * How many bytes a UTF-8 body (JSON's required encoding) holds when it is already in memory, as the retry layer
     * leaves every body up to 1 MiB. Such a body is decoded from the buffered bytes straight into the JSON reader's
     * buffer ({@link Utf8BodyReader}): no copy of the body as a {@code String}, and no 8 KiB decoding buffer as
     * {@link ResponseBody#charStream()} allocates. A larger body, or one in another declared charset, is streamed, so
     * a huge garbage body fails at its first bad character without being read whole.
     *
     * @return the size, or -1 for a body to stream
     */
    private static long inMemorySize(ResponseBody body, BufferedSource source) throws IOException {
        MediaType type = body.contentType();
        Charset charset = type == null ? null : type.charset(null);
        if ((charset == null || StandardCharsets.UTF_8.equals(charset)) && !source.request(IN_MEMORY_LIMIT + 1)) {
            return source.getBuffer().size();
        }
        return -1;
    }

    private static Reader streamed(ResponseBody body, BufferedSource source) throws IOException {
        MediaType type = body.contentType();
        Charset charset = type == null ? null : type.charset(null);
        return new StreamedBodyReader(body.charStream(), firstBytes(source),
                charset == null ? StandardCharsets.UTF_8 : charset);
    }

    /** For a body that is not JSON at all, or breaks off, or whose JSON is broken. */
    private static UnreadableBodyException broken(String contentType, Type type, Reader chars,
            long inMemory, JsonReader reader, boolean endOfInput) {
        String path = reader.getPath();
        String context = context(contentType, chars, inMemory);
        if (endOfInput && "$".equals(path)) {
            return new UnreadableBodyException(UnreadableBodyMessages.noValue(type, context));
        }
        // A syntax error once the reader has had the whole body is JSON cut short: an unterminated string, a
        // keyword or number broken off, a missing closing bracket.
        if (endOfInput || reachedEnd(chars)) {
            return new UnreadableBodyException(UnreadableBodyMessages.truncated(path, context));
        }
        if ("$".equals(path)) {
            return new UnreadableBodyException(UnreadableBodyMessages.notJson(context));
        }
        return new UnreadableBodyException(UnreadableBodyMessages.invalid(path, context));
    }

    /**
     * For well-formed JSON of the wrong type or range. A mismatch at the top ({@code $}) concerns the body as a
     * whole, which may be no JSON at all but text that starts like a number, so its start is shown too.
     */
    private static UnreadableBodyException mismatch(String contentType, Type type, Reader chars,
            long inMemory, JsonReader reader) {
        String context = "$".equals(reader.getPath()) ? context(contentType, chars, inMemory) : "";
        return new UnreadableBodyException(
                UnreadableBodyMessages.mismatch(type, reader, context, inMemory >= 0));
    }

    private static UnreadableBodyException trailingData(String contentType, Reader chars, long inMemory) {
        return new UnreadableBodyException(UnreadableBodyMessages.trailingData(context(contentType, chars, inMemory)));
    }

    /** @param inMemory the in-memory body's size, or -1 for a streamed body */
    private static String context(String contentType, Reader chars, long inMemory) {
        byte[] start = null;
        Charset charset = StandardCharsets.UTF_8;
        if (chars instanceof Utf8BodyReader inMemoryReader) {
            start = inMemoryReader.firstBytes(UnreadableBodyMessages.EXCERPT_BYTES, inMemory);
        } else if (chars instanceof StreamedBodyReader streamed) {
            start = streamed.firstBytes;
            charset = streamed.charset;
        }
        return UnreadableBodyMessages.context(contentType, start, charset);
    }

    private static boolean reachedEnd(Reader chars) {
        if (chars instanceof Utf8BodyReader inMemoryReader) {
            return inMemoryReader.reachedEnd();
        }
        return chars instanceof StreamedBodyReader streamed && streamed.reachedEnd;
    }

    /** A copy of a streamed body's first bytes, which its reader will have consumed by the time parsing fails. */
    private static byte[] firstBytes(BufferedSource source) throws IOException {
        source.request(UnreadableBodyMessages.EXCERPT_BYTES);
        Buffer buffered = source.getBuffer();
        byte[] start = new byte[(int) Math.min(UnreadableBodyMessages.EXCERPT_BYTES, buffered.size())];
        for (int i = 0; i < start.length; i++) {
            start[i] = buffered.getByte(i);
        }
        return start;
    }

    /**
     * A streamed body's reader, keeping what a message needs: the body's first bytes, copied before reading (a few
     * hundred bytes against a body over 1 MiB, or a charset decoder's own buffers), and whether the end was reached,
     * which tells JSON cut short from JSON that is broken.
     */
    private static final class StreamedBodyReader extends Reader {
        private final Reader chars;
        final byte[] firstBytes;
        final Charset charset;
        boolean reachedEnd;

        StreamedBodyReader(Reader chars, byte[] firstBytes, Charset charset) {
            this.chars = chars;
            this.firstBytes = firstBytes;
            this.charset = charset;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = chars.read(cbuf, off, len);
            if (n < 0) {
                reachedEnd = true;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            chars.close();
        }
    }
}
