package io.beyondwords.errors;

/**
 * The root of every exception the SDK throws for a failed call. Unchecked.
 *
 * <p>Subclasses: {@link ApiException} (the server answered with an error status) and its one subclass per status,
 * {@link ApiConnectionException} (no usable answer: connection refused, reset, TLS failure), {@link ApiTimeoutException}
 * (a timeout or the call deadline ran out), {@link InvalidResponseException} (a success status with a body the SDK
 * cannot read) and {@link InconsistentPagesException} (pages that contradict each other, so paging stopped). Messages
 * are one line and never contain the API key.
 */
public abstract class BeyondWordsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** See {@link #isOutcomeUnknown()}. */
    private final boolean outcomeUnknown;

    /**
     * @param message one readable line
     * @param cause the underlying failure, or {@code null}
     * @param outcomeUnknown see {@link #isOutcomeUnknown()}
     */
    protected BeyondWordsException(String message, Throwable cause, boolean outcomeUnknown) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /**
     * Whether the server may have carried out the request even though the call failed. Only ever {@code true} for a
     * {@code POST} (create) that reached the server and then failed with a reset, a timeout, a 500/502/504 or an
     * unreadable body: the SDK does not retry it (that could create a duplicate), so check whether the thing exists
     * before creating it again.
     *
     * @return whether the outcome of the call is unknown
     */
    public boolean isOutcomeUnknown() {
        return outcomeUnknown;
    }

    /**
     * Whether trying the same call again could succeed and cannot do harm. {@code false} whenever
     * {@link #isOutcomeUnknown()} is {@code true}. The SDK has already retried retryable failures up to its
     * {@code RetryPolicy} by the time you see this exception.
     *
     * @return whether a later retry is sensible
     */
    public abstract boolean isRetryable();
}
