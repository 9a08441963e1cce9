package io.beyondwords.internal.http;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The time the {@link DeadlineWatchdog} measures deadlines by: {@link System#nanoTime()} for the system clock, or a
 * client's own {@link Clock} (a test's), so that deadline tests move time instead of waiting for it.
 */
public final class Ticker {
    /**
     * How often the watchdog looks at a clock other than the system's while it watches a call: such a clock can jump
     * at any moment, and nothing wakes the watchdog when it does.
     */
    static final long OTHER_CLOCK_LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private static final Ticker SYSTEM = new Ticker(null);
    /** The class of {@link Clock#systemUTC()}, whatever its zone; compared without calling into the clock. */
    private static final Class<?> SYSTEM_CLOCK = Clock.systemUTC().getClass();

    /** {@code null} for {@link System#nanoTime()}. */
    private final Clock clock;

    private Ticker(Clock clock) {
        this.clock = clock;
    }

    /** @return the ticker of {@link System#nanoTime()} */
    public static Ticker system() {
        return SYSTEM;
    }

    /**
     * The ticker for a client's clock: the system ticker for a system clock (in any zone), otherwise one reading
     * {@code clock}.
     *
     * @param clock the client's clock
     * @return its ticker
     */
    public static Ticker of(Clock clock) {
        return clock.getClass() == SYSTEM_CLOCK ? SYSTEM : new Ticker(clock);
    }

    /** @return the current time in nanoseconds from an arbitrary origin; compare two readings by their difference */
    long nanoTime() {
        if (clock == null) {
            return System.nanoTime();
        }
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /**
     * @param wantedNanos how long the watchdog would wait before its next look, by this ticker's time
     * @return how long it may park for real: all of it on the system ticker, a short while on another clock
     */
    long parkNanos(long wantedNanos) {
        return clock == null ? wantedNanos : Math.min(wantedNanos, OTHER_CLOCK_LOOK_NANOS);
    }

    @Override
    public String toString() {
        return clock == null ? "Ticker{System.nanoTime}" : "Ticker{" + clock + '}';
    }
}
