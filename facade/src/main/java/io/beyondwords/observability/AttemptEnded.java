package io.beyondwords.observability;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An attempt of a call got a response or failed, and the call decided what to do next (see
 * {@link RequestListener#attemptEnded}).
 *
 * @param callId the call's number, the same in each of its events and unique in the JVM: what a listener keys
 *     the state of a call in flight by (a timer or span started at {@link CallStarted}, say)
 * @param operation the operation called
 * @param attempt the attempt's number: 1 for the first
 * @param statusCode the response's HTTP status, or 0 if the attempt got none (an I/O failure or a timeout)
 * @param requestId the response's {@code X-Request-Id}, if it had one
 * @param errorType what went wrong, or empty for a response that is no failure (2xx, 3xx)
 * @param outcomeUnknown whether the server may have processed a {@code POST} that got no usable answer
 * @param willRetry whether the call sends another attempt
 * @param retryDelay how long the call waits before it, or {@link Duration#ZERO} when it does not retry
 * @param duration how long the attempt took, by the client's clock
 */
public record AttemptEnded(long callId, Operation operation, int attempt, int statusCode, Optional<String> requestId,
        Optional<ErrorType> errorType, boolean outcomeUnknown, boolean willRetry, Duration retryDelay,
        Duration duration) {
    /**
     * @param callId the call's number
     * @param operation the operation called
     * @param attempt the attempt's number, from 1
     * @param statusCode the HTTP status, or 0
     * @param requestId the request id, if any
     * @param errorType the failure's kind, if any
     * @param outcomeUnknown whether the outcome is unknown
     * @param willRetry whether another attempt follows
     * @param retryDelay the wait before it
     * @param duration how long the attempt took
     */
    public AttemptEnded {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(errorType, "errorType");
        Objects.requireNonNull(retryDelay, "retryDelay");
        Objects.requireNonNull(duration, "duration");
    }
}
