package io.beyondwords.errors;

/** HTTP 409: the request conflicts with the current state of the resource. */
public final class ConflictException extends ApiException {
    private static final long serialVersionUID = 1L;

    ConflictException(Details details) {
        super(details);
    }
}
