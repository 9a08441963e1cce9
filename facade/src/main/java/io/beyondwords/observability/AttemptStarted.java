package io.beyondwords.observability;

import java.util.Objects;

/**
 * An attempt of a call is about to be sent (see {@link RequestListener#attemptStarted}).
 *
 * @param callId the call's number, the same in each of its events and unique in the JVM: what a listener keys
 *     the state of a call in flight by (a timer or span started at {@link CallStarted}, say)
 * @param operation the operation called
 * @param attempt the attempt's number: 1 for the first
 */
public record AttemptStarted(long callId, Operation operation, int attempt) {
    /**
     * @param callId the call's number
     * @param operation the operation called
     * @param attempt the attempt's number, from 1
     */
    public AttemptStarted {
        Objects.requireNonNull(operation, "operation");
    }
}
