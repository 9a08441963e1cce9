package io.beyondwords;

import io.beyondwords.internal.transport.ApiTransport;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A successful response with its HTTP details: what {@code withRawResponse()} service views return.
 *
 * @param <T> the parsed body's type
 */
public final class RawResponse<T> {
    private final int statusCode;
    private final Map<String, List<String>> headers;
    private final T body;
    private final boolean recovered;

    private RawResponse(int statusCode, Map<String, List<String>> headers, T body, boolean recovered) {
        this.statusCode = statusCode;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body;
        this.recovered = recovered;
    }

    /**
     * A raw response; useful in tests that stub a service.
     *
     * @param statusCode the HTTP status
     * @param headers the response headers
     * @param body the parsed body; {@code null} only for an operation that answers without one
     *     ({@code RawResponse<Void>})
     * @param <T> the body's type
     * @return the response
     */
    public static <T> RawResponse<T> of(int statusCode, Map<String, List<String>> headers, T body) {
        return new RawResponse<>(statusCode, Objects.requireNonNull(headers, "headers"), body, false);
    }

    /**
     * A raw response for a create the SDK recovered (see {@link #isRecovered()}); useful in tests that stub a
     * service.
     *
     * @param statusCode the HTTP status of the fetch that found the item
     * @param headers its headers
     * @param body the item
     * @param <T> the body's type
     * @return the response
     */
    public static <T> RawResponse<T> recovered(int statusCode, Map<String, List<String>> headers, T body) {
        return new RawResponse<>(statusCode, Objects.requireNonNull(headers, "headers"), body, true);
    }

    /**
     * Whether this is not the create's own answer but the item its first attempt made: the create carried a member
     * the API keeps unique (a content item's {@code source_id}), its first attempt reached the server but its answer
     * was lost, the retry was refused as a duplicate, and the SDK fetched the item by that member. Status and headers
     * are then the fetch's. Always {@code false} for any other call.
     *
     * @return whether the SDK recovered the answer
     */
    public boolean isRecovered() {
        return recovered;
    }

    /** @return the HTTP status, e.g. 200 or 201 */
    public int statusCode() {
        return statusCode;
    }

    /** @return the response headers; names are case-insensitive */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * @param name a header name, any case
     * @return the header's first value, if present
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** @return the {@code X-Request-Id} header, to quote to BeyondWords support */
    public Optional<String> requestId() {
        return header(ApiTransport.REQUEST_ID_HEADER);
    }

    /** @return the parsed body; {@code null} for an operation that answers without one ({@code RawResponse<Void>}) */
    public T body() {
        return body;
    }

    /** Header values other than the request id are left out: they are for code, not for logs. */
    @Override
    public String toString() {
        return "RawResponse{statusCode=" + statusCode + ", requestId=" + requestId().orElse(null)
                + ", headerNames=" + headers.keySet() + (recovered ? ", recovered" : "") + ", body=" + body + '}';
    }
}
