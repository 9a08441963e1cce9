package io.beyondwords.errors;

/**
 * A connect, read or write timeout expired, or the call's overall deadline (retries and waits included) ran out.
 * A subclass of {@link ApiConnectionException}, so one {@code catch} covers every failure to get an answer.
 */
public final class ApiTimeoutException extends ApiConnectionException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one readable line
     * @param cause the timeout, or {@code null}
     * @param outcomeUnknown whether a {@code POST} may have been processed (see {@link #isOutcomeUnknown()})
     */
    public ApiTimeoutException(String message, Throwable cause, boolean outcomeUnknown) {
        super(message, cause, outcomeUnknown);
    }
}
