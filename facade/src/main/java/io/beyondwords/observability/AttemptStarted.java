package io.beyondwords.observability;

import java.util.Objects;

/**
 * An attempt of a call is about to be sent (see {@link RequestListener#attemptStarted}).
 *
 * @param operation the operation called
 * @param attempt the attempt's number: 1 for the first
 */
public record AttemptStarted(Operation operation, int attempt) {
    /**
     * @param operation the operation called
     * @param attempt the attempt's number, from 1
     */
    public AttemptStarted {
        Objects.requireNonNull(operation, "operation");
    }
}
