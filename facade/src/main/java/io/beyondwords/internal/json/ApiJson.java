package io.beyondwords.internal.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * The SDK's one Gson and its adapters, built once per JVM: Gson and its adapters are thread-safe, and building them
 * per call would cost more than the call's JSON.
 */
public final class ApiJson {
    /** Gson for generated models, keeping unknown members. Used by Retrofit to write request bodies too. */
    public static final Gson GSON = new GsonBuilder()
            .registerTypeAdapterFactory(new UnknownFieldsAdapterFactory())
            .disableHtmlEscaping()
            .create();

    /** Bodies up to this size (1 MiB) are decoded at once; larger ones are streamed. */
    private static final long IN_MEMORY_LIMIT = 1024 * 1024;

    private ApiJson() {
    }

    /**
     * Reads a required JSON body.
     *
     * @param response a successful response
     * @param adapter what to read
     * @param <T> the result type
     * @return the value, never null
     * @throws UnreadableBodyException if the body is empty, malformed, {@code null}, of the wrong JSON type or
     *     followed by more data
     * @throws IOException if reading the body itself failed (reset, timeout)
     */
    public static <T> T readBody(Response response, TypeAdapter<T> adapter) throws IOException {
        ResponseBody body = response.body();
        if (body == null || body.source().exhausted()) {
            throw new UnreadableBodyException("the response body was empty where JSON was required");
        }
        JsonReader reader = new JsonReader(reader(body));
        T value;
        try {
            value = adapter.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new UnreadableBodyException("the response body has data after its JSON value");
            }
        } catch (MalformedJsonException | EOFException | JsonParseException | IllegalStateException
                | NumberFormatException | UnsupportedOperationException e) {
            throw new UnreadableBodyException("the response body is not the expected JSON: " + oneLine(e.getMessage()));
        }
        if (value == null) {
            throw new UnreadableBodyException("the response body was JSON null where a value was required");
        }
        return value;
    }

    /**
     * A reader over the body. A UTF-8 body (JSON's required encoding) already in memory, as the retry layer leaves
     * every body up to 1 MiB, is decoded from the buffered bytes straight into the JSON reader's buffer
     * ({@link Utf8BodyReader}): no copy of the body as a {@code String}, and no 8 KiB decoding buffer as
     * {@link ResponseBody#charStream()} allocates. A larger body, or one in another declared charset, is streamed, so
     * a huge garbage body fails at its first bad character without being read whole.
     */
    private static Reader reader(ResponseBody body) throws IOException {
        MediaType type = body.contentType();
        Charset charset = type == null ? null : type.charset(null);
        BufferedSource source = body.source();
        if ((charset == null || StandardCharsets.UTF_8.equals(charset)) && !source.request(IN_MEMORY_LIMIT + 1)) {
            return new Utf8BodyReader(source, source.getBuffer().size());
        }
        return body.charStream();
    }

    /**
     * The members a model did not declare, as JSON text by name.
     *
     * @param unknownFields what the adapter kept, or {@code null}
     * @return an unmodifiable map in the server's order, empty if none
     */
    public static Map<String, String> additionalProperties(JsonObject unknownFields) {
        if (unknownFields == null || unknownFields.size() == 0) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> member : unknownFields.entrySet()) {
            out.put(member.getKey(), GSON.toJson(member.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * @param value any JSON the server sent, or {@code null}
     * @return its text, or {@code null}
     */
    public static String text(JsonElement value) {
        return value == null ? null : GSON.toJson(value);
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        String flat = text.replaceAll("[\\r\\n]+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
