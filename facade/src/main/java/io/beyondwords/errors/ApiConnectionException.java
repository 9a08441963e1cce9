package io.beyondwords.errors;

/**
 * No usable answer arrived: the connection was refused or reset, DNS or TLS failed, or the response was cut off.
 * The cause is the underlying {@link java.io.IOException}.
 *
 * <p>Also how a blocking call ends when its thread is interrupted (during a request, a wait between retries, a content
 * wait or a prefetching pager's wait for a page): the request in flight is cancelled, the cause is an
 * {@link java.io.InterruptedIOException} or {@link InterruptedException}, and the thread's interrupt status is set,
 * so {@code Thread.currentThread().isInterrupted()} tells this case from a network failure.
 */
public class ApiConnectionException extends BeyondWordsException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one readable line
     * @param cause the I/O failure, or {@code null}
     * @param outcomeUnknown whether a {@code POST} may have been processed (see {@link #isOutcomeUnknown()})
     */
    public ApiConnectionException(String message, Throwable cause, boolean outcomeUnknown) {
        super(message, cause, outcomeUnknown);
    }

    @Override
    public boolean isRetryable() {
        return !isOutcomeUnknown();
    }
}
