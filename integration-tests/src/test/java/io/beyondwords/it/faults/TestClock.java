package io.beyondwords.it.faults;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when {@link RecordingSleeper} "sleeps", so HTTP-date {@code Retry-After} hints and the
 * call deadline are measured against a time the test knows exactly.
 */
final class TestClock extends Clock {

    /** Whole seconds, so HTTP dates (second resolution) built from it are exact. A Thursday. */
    static final Instant START = Instant.parse("2026-01-15T10:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);

    void advance(Duration by) {
        now.updateAndGet(i -> i.plus(by));
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
