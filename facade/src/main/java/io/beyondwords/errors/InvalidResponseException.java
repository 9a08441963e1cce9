package io.beyondwords.errors;

import java.util.Optional;

/**
 * The server answered with a success status but a body the SDK cannot read: malformed or truncated JSON, a JSON value
 * of the wrong type, an unparseable date, a missing required field, or an empty body where one is required. The
 * message names the field and value where there is one.
 */
public final class InvalidResponseException extends BeyondWordsException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status of the response. */
    private final int statusCode;
    /** The response's request id header, or {@code null}. */
    private final String requestId;

    /**
     * @param message one readable line
     * @param statusCode the HTTP status of the response
     * @param requestId the response's request id header, or {@code null}
     * @param outcomeUnknown {@code true} for a {@code POST}: the server did act, but the SDK cannot tell on what
     */
    public InvalidResponseException(String message, int statusCode, String requestId, boolean outcomeUnknown) {
        super(message, null, outcomeUnknown);
        this.statusCode = statusCode;
        this.requestId = requestId;
    }

    /** @return the HTTP status of the unreadable response */
    public int statusCode() {
        return statusCode;
    }

    /** @return the {@code X-Request-Id} response header, if the server sent one */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** A retry would most likely get the same body back. */
    @Override
    public boolean isRetryable() {
        return false;
    }
}
