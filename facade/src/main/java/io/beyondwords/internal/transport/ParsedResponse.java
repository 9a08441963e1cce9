package io.beyondwords.internal.transport;

import io.beyondwords.RawResponse;
import okhttp3.Headers;

/**
 * A successful call's result before it is shaped for the caller. Most calls want only the body, so the header map a
 * {@link RawResponse} needs is built only when {@link #toRawResponse()} asks for it.
 *
 * @param <T> the parsed body's type
 */
public final class ParsedResponse<T> {
    private final int statusCode;
    private final Headers headers;
    private final T body;
    private final boolean recovered;

    ParsedResponse(int statusCode, Headers headers, T body) {
        this(statusCode, headers, body, false);
    }

    private ParsedResponse(int statusCode, Headers headers, T body, boolean recovered) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.body = body;
        this.recovered = recovered;
    }

    /** @return this response, marked as the answer a keyed create recovered (see {@link KeyedCreate}) */
    ParsedResponse<T> recovered() {
        return new ParsedResponse<>(statusCode, headers, body, true);
    }

    /** @return the HTTP status */
    int statusCode() {
        return statusCode;
    }

    /** @return the response's request id, if it had one, or {@code null} */
    String requestId() {
        return headers.get(ApiTransport.REQUEST_ID_HEADER);
    }

    /** @return the parsed body */
    public T body() {
        return body;
    }

    /** @return status, headers (secret ones masked) and body, for {@code withRawResponse()} */
    public RawResponse<T> toRawResponse() {
        return recovered ? RawResponse.recovered(statusCode, Redaction.headerMap(headers), body)
                : RawResponse.of(statusCode, Redaction.headerMap(headers), body);
    }
}
