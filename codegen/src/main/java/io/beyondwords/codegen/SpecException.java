package io.beyondwords.codegen;

/** {@code openapi.yaml} says something the facade generator cannot turn into an SDK; the message says what and where. */
final class SpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SpecException(String message) {
        super(message);
    }
}
