package io.beyondwords.observability;

import java.time.Instant;
import java.util.Objects;

/**
 * A call is about to run (see {@link RequestListener#callStarted}).
 *
 * @param callId the call's number, the same in each of its events and unique in the JVM: what a listener keys
 *     the state of a call in flight by (a timer or span started at {@link CallStarted}, say)
 * @param operation the operation called
 * @param startedAt when, by the client's clock
 */
public record CallStarted(long callId, Operation operation, Instant startedAt) {
    /**
     * @param callId the call's number
     * @param operation the operation called
     * @param startedAt when
     */
    public CallStarted {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
