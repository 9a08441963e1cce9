package io.beyondwords.it.faults;

import io.beyondwords.it.support.MutableClock;
import io.beyondwords.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Records every wait the SDK asks for and advances a {@link MutableClock} by it instead of blocking: the suite never
 * sleeps, and the delays are asserted exactly. A hook may run during a "sleep" to change the world between attempts
 * (start a server on a port that refused the first attempt).
 */
final class RecordingSleeper implements Sleeper {

    /** Runs inside a recorded sleep. */
    interface Hook {
        void onSleep(int index, Duration duration) throws Exception;
    }

    private final MutableClock clock;
    private final List<Duration> delays = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile Hook hook = (index, duration) -> { };

    RecordingSleeper(MutableClock clock) {
        this.clock = clock;
    }

    void onSleep(Hook hook) {
        this.hook = hook;
    }

    synchronized List<Duration> delays() {
        return List.copyOf(delays);
    }

    synchronized List<Thread> threads() {
        return List.copyOf(threads);
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        int index;
        synchronized (this) {
            index = delays.size();
            delays.add(duration);
            threads.add(Thread.currentThread());
        }
        clock.advance(duration);
        try {
            hook.onSleep(index, duration);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("sleep hook failed", e);
        }
    }
}
