package io.beyondwords.errors;

/** Any HTTP 5xx: the server failed. For a {@code POST}, check {@link #isOutcomeUnknown()} before creating again. */
public final class InternalServerException extends ApiException {
    private static final long serialVersionUID = 1L;

    InternalServerException(Details details) {
        super(details);
    }
}
