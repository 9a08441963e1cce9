package io.beyondwords.errors;

/** HTTP 400: the request was malformed (for example an invalid Content-Type). */
public final class BadRequestException extends ApiException {
    private static final long serialVersionUID = 1L;

    BadRequestException(Details details) {
        super(details);
    }
}
