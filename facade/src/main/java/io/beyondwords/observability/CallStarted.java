package io.beyondwords.observability;

import java.time.Instant;
import java.util.Objects;

/**
 * A call is about to run (see {@link RequestListener#callStarted}).
 *
 * @param operation the operation called
 * @param startedAt when, by the client's clock
 */
public record CallStarted(Operation operation, Instant startedAt) {
    /**
     * @param operation the operation called
     * @param startedAt when
     */
    public CallStarted {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
