package io.beyondwords.internal.transport;

import com.google.gson.Gson;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * The request of one call to an {@link Endpoint}, built from its path values, query parameters and JSON body. The
 * generated resource layer builds every request through this class: what reflection did per call (Retrofit's proxy,
 * annotation parsing and relative-URL resolution) is decided once, from the spec, when the layer is generated.
 *
 * <p>It sends what the generated Retrofit interface sent for the same arguments: path values percent-encoded as one
 * segment each ({@code /} included), query parameters in the order given with {@code null} ones left out and a list
 * sent as one parameter per item, and the body as JSON written by the SDK's Gson under {@code Content-Type:
 * application/json}. Not thread-safe; one per call.
 */
public final class WireRequest {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final RequestBody EMPTY = RequestBody.create(new byte[0], null);

    private final Endpoint endpoint;
    private final HttpUrl.Builder url;
    private final Gson gson;
    private final String userAgent;
    private RequestBody body;

    WireRequest(HttpUrl base, Gson gson, String userAgent, Endpoint endpoint, String[] pathValues) {
        if (pathValues.length != endpoint.parameterCount()) {
            throw new IllegalArgumentException(endpoint + " takes " + endpoint.parameterCount() + " path values, not "
                    + pathValues.length);
        }
        this.endpoint = endpoint;
        this.gson = gson;
        this.userAgent = userAgent;
        this.url = base.newBuilder();
        int next = 0;
        for (int i = 0; i < endpoint.segments(); i++) {
            String literal = endpoint.literal(i);
            if (literal != null) {
                url.addPathSegment(literal);
            } else {
                url.addPathSegment(pathValue(endpoint.parameter(next), pathValues[next]));
                next++;
            }
        }
    }

    /**
     * A path value may hold any text but three: empty, {@code .} and {@code ..} would change which path the request
     * names (dropped or read as "this" or "the parent" segment) rather than name an item.
     */
    private static String pathValue(String name, String value) {
        if (value == null) {
            throw new NullPointerException(name);
        }
        if (value.isEmpty() || value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException("the " + name + " path parameter must not be "
                    + (value.isEmpty() ? "empty" : "\"" + value + "\"") + ": it would change the request's path");
        }
        return value;
    }

    /**
     * @param name the query parameter's name, as the spec writes it
     * @param value its value: {@code null} (left out), an {@link Iterable} (one parameter per non-null item), or
     *     anything else (its {@code String.valueOf})
     * @return this
     */
    public WireRequest query(String name, Object value) {
        if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                if (item != null) {
                    url.addQueryParameter(name, String.valueOf(item));
                }
            }
        } else if (value != null) {
            url.addQueryParameter(name, String.valueOf(value));
        }
        return this;
    }

    /**
     * @param pairs query parameters already named in full, e.g. a {@code deepObject}'s {@code filter[scopes][]}
     *     pairs, sent in the map's order
     * @return this
     */
    public WireRequest queryPairs(Map<String, String> pairs) {
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            url.addQueryParameter(pair.getKey(), pair.getValue());
        }
        return this;
    }

    /**
     * @param wireBody the generated wire model to send, written by the SDK's Gson
     * @return this
     */
    public WireRequest jsonBody(Object wireBody) {
        Buffer buffer = new Buffer();
        try (JsonWriter writer = gson.newJsonWriter(new OutputStreamWriter(buffer.outputStream(),
                StandardCharsets.UTF_8))) {
            gson.toJson(wireBody, wireBody.getClass(), writer);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e); // a Buffer does not fail
        }
        this.body = RequestBody.create(buffer.readByteString(), JSON);
        return this;
    }

    /** @return the request as the transport sends it, with the client's {@code User-Agent} */
    public Request build() {
        RequestBody sent = body == null && endpoint.needsBody() ? EMPTY : body;
        return new Request.Builder().url(url.build()).header("User-Agent", userAgent).method(endpoint.method(), sent)
                .build();
    }
}
