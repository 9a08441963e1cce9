package io.beyondwords.errors;

/** Any status outside 2xx without its own class (e.g. 405, 408, 413, or a redirect that could not be followed). */
public final class UnexpectedStatusException extends ApiException {
    private static final long serialVersionUID = 1L;

    UnexpectedStatusException(Details details) {
        super(details);
    }
}
