package io.beyondwords.internal;

import java.time.Duration;
import java.util.Objects;

/** The conversions generated value builders share. */
public final class ValueRules {
    private ValueRules() {
    }

    /**
     * @param duration a length of time
     * @param name the member's name, for the message
     * @return its whole milliseconds, as the API sends them
     * @throws IllegalArgumentException if it is negative
     */
    public static long millis(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + duration);
        }
        return duration.toMillis();
    }
}
