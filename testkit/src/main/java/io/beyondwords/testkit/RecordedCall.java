package io.beyondwords.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request a {@link BeyondWordsStandIn} received, whatever it answered (including requests answered by an
 * injected fault and requests whose connection was then dropped).
 *
 * @param sequence  0 for the first request the stand-in received since it started or was last reset, then 1, 2, ...
 * @param method    the request method, e.g. {@code POST}
 * @param path      the encoded path without the query, e.g. {@code /v1/background_tracks}
 * @param query     the encoded query without the leading {@code ?}, or {@code null} when there was none
 * @param headers   the request headers, names in lower case, values in arrival order
 * @param body      the request body decoded as UTF-8 ({@code ""} when there was none)
 * @param status    the status the stand-in answered, or {@code 0} when it answered none (the connection was dropped
 *                  or left without a response)
 */
public record RecordedCall(
        long sequence,
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        String body,
        int status) {

    /**
     * Copies the headers, so that the record is immutable.
     *
     * @param sequence see {@link #sequence()}
     * @param method see {@link #method()}
     * @param path see {@link #path()}
     * @param query see {@link #query()}
     * @param headers see {@link #headers()}
     * @param body see {@link #body()}
     * @param status see {@link #status()}
     */
    public RecordedCall {
        headers = Map.copyOf(headers);
    }

    /**
     * The first value of the named header (any case), or {@code null}.
     *
     * @param name the header's name
     * @return its first value, or {@code null}
     */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * The path followed by {@code ?query} when there was a query.
     *
     * @return the request target
     */
    public String target() {
        return query == null ? path : path + "?" + query;
    }
}
