package io.beyondwords.errors;

/** HTTP 403: the API key may not do this. */
public final class PermissionDeniedException extends ApiException {
    private static final long serialVersionUID = 1L;

    PermissionDeniedException(Details details) {
        super(details);
    }
}
