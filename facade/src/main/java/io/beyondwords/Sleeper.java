package io.beyondwords;

import java.time.Duration;

/**
 * Waits between retry attempts, and between the polls of {@code waitUntilProcessed}.
 *
 * <p>The SDK never calls {@link Thread#sleep} directly: every wait goes through a {@code Sleeper} so that tests can
 * record the exact delays requested instead of waiting them out. Production code uses {@link #system()}.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Blocks the current thread for {@code duration}.
     *
     * @param duration how long to wait; zero or negative returns at once (after checking for interruption)
     * @throws InterruptedException if the thread is interrupted while waiting (or already was)
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * The sleeper backed by {@link Thread#sleep(long, int)}: it wakes early only on interruption.
     *
     * @return the shared system sleeper
     */
    static Sleeper system() {
        // A non-capturing method reference: the JVM hands out one shared instance.
        return Sleeper::sleepOnCurrentThread;
    }

    private static void sleepOnCurrentThread(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before sleeping");
        }
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        long millis;
        int nanos;
        try {
            millis = duration.toMillis();
            nanos = (int) (duration.minusMillis(millis).toNanos());
        } catch (ArithmeticException tooLongToRepresent) {
            millis = Long.MAX_VALUE;
            nanos = 0;
        }
        Thread.sleep(millis, nanos);
    }
}
