package io.beyondwords.observability;

import io.beyondwords.errors.BeyondWordsException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A call ended (see {@link RequestListener#callEnded}): with a value, or with the exception its caller is about to
 * see.
 *
 * @param callId the call's number, the same in each of its events and unique in the JVM: what a listener keys
 *     the state of a call in flight by (a timer or span started at {@link CallStarted}, say)
 * @param operation the operation called
 * @param attempts how many attempts were sent (0 if the call failed before its first)
 * @param statusCode the last response's HTTP status, or 0 if the call got none
 * @param requestId the last response's {@code X-Request-Id}, if it had one
 * @param errorType what went wrong, or empty for a call that succeeded
 * @param outcomeUnknown whether the server may have processed a {@code POST} whose answer the caller never got
 * @param duration how long the call took, every attempt and wait included, by the client's clock
 * @param failure the SDK exception the call ended with, if it ended with one (a cancelled async call ends with none,
 *     and {@link ErrorType#OTHER})
 */
public record CallEnded(long callId, Operation operation, int attempts, int statusCode, Optional<String> requestId,
        Optional<ErrorType> errorType, boolean outcomeUnknown, Duration duration,
        Optional<BeyondWordsException> failure) {
    /**
     * @param callId the call's number
     * @param operation the operation called
     * @param attempts how many attempts were sent
     * @param statusCode the last HTTP status, or 0
     * @param requestId the request id, if any
     * @param errorType the failure's kind, if any
     * @param outcomeUnknown whether the outcome is unknown
     * @param duration how long the call took
     * @param failure the exception, if any
     */
    public CallEnded {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(errorType, "errorType");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(failure, "failure");
    }

    /** @return whether the call ended with a value */
    public boolean succeeded() {
        return errorType.isEmpty();
    }
}
