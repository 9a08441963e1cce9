package io.beyondwords;

import java.time.Duration;
import java.util.Objects;

/** The one check every timeout setting shares, so they all reject the same values with the same message. */
final class Durations {
    private Durations() {
    }

    static Duration requireNotNegative(Duration value, String setting) {
        Objects.requireNonNull(value, setting + " must not be null");
        if (value.isNegative()) {
            throw new IllegalArgumentException(setting + " must not be negative, was " + value);
        }
        return value;
    }
}
