package io.beyondwords.internal.http;

import io.beyondwords.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Records every requested wait and advances a {@link MutableClock} by it instead of blocking, so retry tests run
 * instantly and assert delays exactly. An optional hook runs during each "sleep" (to change the world between
 * attempts: start a server, cancel the call).
 */
final class RecordingSleeper implements Sleeper {

    interface Hook {
        void onSleep(int index, Duration duration) throws InterruptedException;
    }

    private final MutableClock clock;
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile Hook hook = (index, duration) -> { };

    RecordingSleeper(MutableClock clock) {
        this.clock = clock;
    }

    void onSleep(Hook hook) {
        this.hook = hook;
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    synchronized List<Thread> threads() {
        return List.copyOf(threads);
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        int index;
        synchronized (this) {
            index = sleeps.size();
            sleeps.add(duration);
            threads.add(Thread.currentThread());
        }
        clock.advance(duration);
        hook.onSleep(index, duration);
    }
}
