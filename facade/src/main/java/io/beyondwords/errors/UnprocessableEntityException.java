package io.beyondwords.errors;

/** HTTP 422: the request was understood but a field is invalid; see {@link #fieldErrors()}. */
public final class UnprocessableEntityException extends ApiException {
    private static final long serialVersionUID = 1L;

    UnprocessableEntityException(Details details) {
        super(details);
    }
}
