package io.beyondwords.internal.http;

import java.io.IOException;

/**
 * A pooled connection turned out to be closed by the server before this request was written to it. Thrown by
 * {@link SentMarker} before it marks the request sent, so even a {@code POST} is known not to have been processed.
 */
final class StaleConnectionException extends IOException {
    private static final long serialVersionUID = 1L;

    StaleConnectionException(String message) {
        super(message);
    }
}
