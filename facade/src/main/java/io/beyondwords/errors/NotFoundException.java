package io.beyondwords.errors;

/** HTTP 404: nothing has this id in your organisation. */
public final class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    NotFoundException(Details details) {
        super(details);
    }
}
