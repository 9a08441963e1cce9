package io.beyondwords.errors;

/** HTTP 401: the API key is missing or not recognised. */
public final class AuthenticationException extends ApiException {
    private static final long serialVersionUID = 1L;

    AuthenticationException(Details details) {
        super(details);
    }
}
