package io.beyondwords.it.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock that moves only when the test moves it: the stand-in's {@code created}/{@code updated}, HTTP-date
 * {@code Retry-After} hints and the call deadline are then measured against a time the test knows exactly.
 */
public final class MutableClock extends Clock {
    /** Whole seconds, so HTTP dates (second resolution) built from it are exact. A Thursday. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-15T10:00:00Z");

    private final AtomicReference<Instant> now;

    /** A clock at {@link #DEFAULT_START}. */
    public MutableClock() {
        this(DEFAULT_START);
    }

    /** @param start the clock's first reading */
    public MutableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** @param instant the clock's new reading */
    public void set(Instant instant) {
        now.set(instant);
    }

    /** @param by how far to move the clock @return the new reading */
    public Instant advance(Duration by) {
        return now.updateAndGet(i -> i.plus(by));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("fixed to UTC");
    }
}
