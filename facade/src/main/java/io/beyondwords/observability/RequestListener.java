package io.beyondwords.observability;

import java.util.Map;

/**
 * Hears each call the client makes and each attempt of it: the hook metrics, tracing and audit logs build on.
 *
 * <p>Register listeners with {@code BeyondWordsClient.builder().addRequestListener(...)}; they are called in the order
 * added, on the thread running the call (the caller's for a synchronous call, an OkHttp dispatcher thread for an async
 * one), and for one call always in this order: {@link #callStarted}, then per attempt {@link #attemptStarted} and
 * {@link #attemptEnded}, then {@link #callEnded} exactly once. A call that fails before its first attempt (its
 * deadline already past, say) has no attempt events. Keep listeners quick: they run inside the call.
 *
 * <p>A listener that throws never breaks a call: the exception is caught, and the first one of each listener is
 * logged through {@link System.Logger} {@code io.beyondwords}. Every method does nothing by default.
 *
 * <pre>{@code
 * RequestListener slowCalls = new RequestListener() {
 *     @Override
 *     public void callEnded(CallEnded call) {
 *         if (call.duration().toSeconds() > 5) {
 *             System.out.println(call.operation().name() + " took " + call.duration());
 *         }
 *     }
 * };
 * }</pre>
 */
public interface RequestListener {
    /**
     * A call is about to run its first attempt.
     *
     * @param call the operation and when the call started
     */
    default void callStarted(CallStarted call) {
    }

    /**
     * An attempt is about to be sent.
     *
     * @param attempt the operation and the attempt's number
     */
    default void attemptStarted(AttemptStarted attempt) {
    }

    /**
     * Headers to send with an attempt: how a tracing listener propagates its context (W3C {@code traceparent}, say).
     * Asked on each attempt, right after {@link #attemptStarted}, so a retry can carry its own.
     *
     * <p>A header the request already carries is kept, not replaced, and the API key's {@code X-Api-Key},
     * {@code Authorization} and {@code Proxy-Authorization} are never set through this: their names are skipped. A
     * name or value HTTP cannot carry is the listener throwing: that listener's headers are dropped for the attempt.
     *
     * @param attempt the attempt about to be sent
     * @return the headers to add, by name; empty by default
     */
    default Map<String, String> headersFor(AttemptStarted attempt) {
        return Map.of();
    }

    /**
     * An attempt got a response or failed; whether the call tries again, and after what wait, is decided.
     *
     * @param attempt what the attempt got and what happens next
     */
    default void attemptEnded(AttemptEnded attempt) {
    }

    /**
     * A call ended, with a value or an exception the caller is about to see.
     *
     * @param call the call's outcome
     */
    default void callEnded(CallEnded call) {
    }
}
