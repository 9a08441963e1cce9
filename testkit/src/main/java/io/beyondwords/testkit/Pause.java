package io.beyondwords.testkit;

import java.time.Duration;

/** How the stand-in waits out {@link BeyondWordsStandIn.Builder#requestDelay(Duration)}; tests pass one of their own. */
@FunctionalInterface
interface Pause {
    /** The real wait: the serving thread sleeps (each connection has its own thread, so others are not held up). */
    Pause SLEEP = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    void pause(Duration duration) throws InterruptedException;
}
