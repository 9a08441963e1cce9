package io.beyondwords.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The watchdog on its own, with calls that are never executed: only {@code cancel()} matters to it. Its time is a
 * {@link MutableClock} that only the test moves, so a deadline passes when the test says and never by itself; waits
 * are for events (the watchdog's cancel), bounded only by a generous give-up.
 */
class DeadlineWatchdogTest {
    private static final long HOUR = TimeUnit.HOURS.toNanos(1);

    private final MutableClock clock = new MutableClock();
    private final DeadlineWatchdog watchdog = new DeadlineWatchdog(Ticker.of(clock));
    private final OkHttpClient http = new OkHttpClient();
    private final List<Call> calls = new ArrayList<>();
    /** Closed at the end, releasing the threads {@link #blockedCaller} leaves blocked. */
    private final List<ServerSocket> sockets = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (ServerSocket socket : sockets) {
            socket.close();
        }
        watchdog.close();
        calls.forEach(Call::cancel);
    }

    private Call call() {
        Call call = http.newCall(new Request.Builder().url("http://127.0.0.1:9/").build());
        calls.add(call);
        return call;
    }

    @Test
    void noThreadBeforeTheFirstCallAndADaemonOneAfter() {
        assertThat(watchdog.thread()).isNull();
        CallDeadline deadline = new CallDeadline(watchdog, HOUR);
        deadline.start(call());
        assertThat(watchdog.thread()).isNotNull();
        assertThat(watchdog.thread().isDaemon()).isTrue();
        assertThat(deadline.end()).isFalse();
        assertThat(watchdog.watched()).isZero();
    }

    @Test
    void aPassedDeadlineCancelsTheCallAndEndReportsIt() throws InterruptedException {
        Call call = call();
        CallDeadline deadline = new CallDeadline(watchdog, HOUR);
        deadline.start(call);
        clock.advance(Duration.ofMinutes(59));
        assertNotCanceledAfterTheWatchdogLooked(call);
        clock.advance(Duration.ofMinutes(1));
        awaitCanceled(call);
        assertThat(deadline.end()).isTrue();
        assertThat(deadline.end()).as("end is idempotent").isTrue();
        assertThat(watchdog.watched()).isZero();
    }

    @Test
    void aDeadlineEndedInTimeNeverCancels() {
        Call call = call();
        CallDeadline deadline = new CallDeadline(watchdog, HOUR);
        deadline.start(call);
        assertThat(deadline.end()).isFalse();
        assertThat(call.isCanceled()).isFalse();
    }

    @Test
    void anEarlierDeadlineRegisteredAfterALaterOneWakesTheThread() throws InterruptedException {
        Call patient = call();
        new CallDeadline(watchdog, HOUR).start(patient);
        Call hasty = call();
        CallDeadline short1 = new CallDeadline(watchdog, TimeUnit.SECONDS.toNanos(5));
        short1.start(hasty);
        clock.advance(Duration.ofSeconds(5));
        awaitCanceled(hasty);
        assertThat(short1.end()).isTrue();
        assertThat(patient.isCanceled()).isFalse();
        assertThat(watchdog.watched()).isEqualTo(1);
    }

    @Test
    void aDeadlineStartsOnce() {
        CallDeadline deadline = new CallDeadline(watchdog, HOUR);
        deadline.start(call());
        deadline.start(call());
        assertThat(watchdog.watched()).isEqualTo(1);
        deadline.end();
        assertThat(watchdog.watched()).isZero();
    }

    @Test
    void aDeadlineNeverStartedEndsQuietly() {
        assertThat(new CallDeadline(watchdog, HOUR).end()).isFalse();
        assertThat(watchdog.thread()).isNull();
    }

    @Test
    void manyThreadsRegisterAndEndWithoutLosingOne() throws InterruptedException {
        int threads = 8;
        int each = 2_000;
        CountDownLatch done = new CountDownLatch(threads);
        Call call = call();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    CallDeadline deadline = new CallDeadline(watchdog, HOUR);
                    deadline.start(call);
                    deadline.end();
                }
                done.countDown();
            });
            worker.start();
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(watchdog.watched()).isZero();
        assertThat(call.isCanceled()).isFalse();
    }

    @Test
    void deadlinesAddedWhileTheThreadLooksAreNotMissed() throws InterruptedException {
        // Differing deadlines from several threads while the clock moves on: some arrive while the thread is looking
        // over the others. A wake-up missed while a look found nothing would leave a call uncancelled for the
        // thread's idle minute; here every call's deadline has passed by the end, so each must be cancelled.
        int threads = 4;
        int each = 200;
        List<Call> watchedCalls = new ArrayList<>();
        for (int i = 0; i < threads * each; i++) {
            watchedCalls.add(call());
        }
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int first = t * each;
            Thread worker = new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    long timeout = TimeUnit.MICROSECONDS.toNanos(50 + (first + i) % 7 * 300);
                    new CallDeadline(watchdog, timeout).start(watchedCalls.get(first + i));
                    clock.advance(Duration.ofNanos(100_000));
                }
                done.countDown();
            });
            worker.start();
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        for (Call call : watchedCalls) {
            awaitCanceled(call);
        }
        assertThat(watchdog.watched()).isZero();
    }

    @Test
    void aDeadlineIsCountedOnTheClientsClockNotTheWallClock() throws InterruptedException {
        // A one-nanosecond deadline on a clock that does not move never passes, however long the thread looks.
        Call call = call();
        CallDeadline deadline = new CallDeadline(watchdog, 1);
        deadline.start(call);
        assertNotCanceledAfterTheWatchdogLooked(call);
        clock.advance(Duration.ofNanos(1));
        awaitCanceled(call);
        assertThat(deadline.end()).isTrue();
    }

    @Test
    void theSystemClockMeansSystemNanoTime() {
        assertThat(Ticker.of(java.time.Clock.systemUTC())).isSameAs(Ticker.system());
        assertThat(Ticker.of(java.time.Clock.systemDefaultZone())).isSameAs(Ticker.system());
        assertThat(Ticker.of(clock)).isNotSameAs(Ticker.system());
    }

    @Test
    void closeEndsTheThreadOnceTheCallsInFlightHaveEnded() throws InterruptedException {
        CallDeadline inFlight = new CallDeadline(watchdog, HOUR);
        inFlight.start(call());
        Thread thread = watchdog.thread();
        watchdog.close();
        assertThat(watchdog.watched()).isEqualTo(1);
        assertThat(thread.isAlive()).as("still watching the call in flight").isTrue();
        inFlight.end();
        thread.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(thread.isAlive()).isFalse();
        assertThat(watchdog.thread()).isNull();
    }

    @Test
    void aClosedWatchdogStillEndsALateCallAtItsDeadline() throws InterruptedException {
        watchdog.close();
        Call call = call();
        CallDeadline deadline = new CallDeadline(watchdog, TimeUnit.MILLISECONDS.toNanos(1));
        deadline.start(call);
        clock.advance(Duration.ofMillis(1));
        awaitCanceled(call);
        assertThat(deadline.end()).isTrue();
    }

    @Test
    void aSyncCallIsCancelledOnceItsThreadIsInterrupted() throws Exception {
        Call call = call();
        CallDeadline deadline = CallDeadline.ofSyncCall(watchdog, HOUR);
        Thread caller = blockedCaller(deadline, call);
        assertNotCanceledAfterTheWatchdogLooked(call);

        caller.interrupt();

        awaitCanceled(call);
        assertThat(deadline.interrupted()).isTrue();
        assertThat(deadline.end()).as("not the deadline").isFalse();
        assertThat(watchdog.watched()).isZero();
        assertThat(caller.isInterrupted()).as("the interrupt status, untouched").isTrue();
    }

    @Test
    void aSyncCallWithoutATimeLimitIsStillWatchedForAnInterrupt() throws Exception {
        Call call = call();
        CallDeadline deadline = CallDeadline.ofSyncCall(watchdog, 0);
        Thread caller = blockedCaller(deadline, call);
        clock.advance(Duration.ofDays(365 * 50));
        assertNotCanceledAfterTheWatchdogLooked(call);

        caller.interrupt();

        awaitCanceled(call);
        assertThat(deadline.interrupted()).isTrue();
        assertThat(deadline.timeoutNanos()).as("no time limit for the retry waits to respect").isZero();
    }

    @Test
    void aSyncCallStartedOnAnInterruptedThreadIsCancelledAtOnce() {
        Call call = call();
        CallDeadline deadline = CallDeadline.ofSyncCall(watchdog, HOUR);
        Thread.currentThread().interrupt();
        try {
            deadline.start(call);
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt status, untouched").isTrue();
        }
        assertThat(call.isCanceled()).isTrue();
        assertThat(deadline.interrupted()).isTrue();
        assertThat(watchdog.watched()).isZero();
    }

    @Test
    void anAsyncCallsThreadIsNotWatched() throws Exception {
        // An async call runs on a dispatcher thread that is not the caller's: its interrupt is not the caller's word.
        Call call = call();
        CallDeadline deadline = new CallDeadline(watchdog, HOUR);
        blockedCaller(deadline, call).interrupt();
        assertNotCanceledAfterTheWatchdogLooked(call);
        assertThat(deadline.interrupted()).isFalse();
    }

    @Test
    void aSyncCallWakesAThreadParkedUntilAFarDeadline() throws Exception {
        // On the system ticker the thread parks until the earliest deadline: an hour here. A sync call must make it
        // look for interrupts every few milliseconds from then on, or an interrupt would wait for that hour.
        DeadlineWatchdog system = new DeadlineWatchdog(Ticker.system());
        try {
            new CallDeadline(system, HOUR).start(call());
            long looked = awaitLooks(system, 1);
            Call call = call();
            CallDeadline deadline = CallDeadline.ofSyncCall(system, HOUR);
            Thread caller = blockedCaller(deadline, call);
            awaitLooks(system, looked + 1);

            caller.interrupt();

            awaitCanceled(call);
            assertThat(deadline.interrupted()).isTrue();
        } finally {
            system.close();
        }
    }

    /**
     * Starts {@code deadline} for {@code call} on a new thread, as a sync call's interceptor does, and leaves that
     * thread blocked in a socket accept, which, as a socket read, neither notices an interrupt nor clears it, until
     * the test ends.
     */
    private Thread blockedCaller(CallDeadline deadline, Call call) throws InterruptedException, IOException {
        CountDownLatch started = new CountDownLatch(1);
        ServerSocket nobodyConnects = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        sockets.add(nobodyConnects);
        Thread caller = new Thread(() -> {
            deadline.start(call);
            started.countDown();
            try {
                nobodyConnects.accept().close();
            } catch (IOException closedByTheTest) {
                // the test has ended
            }
        });
        caller.setDaemon(true);
        caller.start();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        return caller;
    }

    private static long awaitLooks(DeadlineWatchdog watchdog, long target) {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (watchdog.looks() < target && System.nanoTime() - giveUp < 0) {
            Thread.onSpinWait();
            Thread.yield();
        }
        assertThat(watchdog.looks()).as("the watchdog's looks").isGreaterThanOrEqualTo(target);
        return watchdog.looks();
    }

    /**
     * Waits until the watchdog's thread has finished two more looks over its calls (it looks every few milliseconds
     * on a test clock while it watches a call; the first may have begun before the clock's last move), then asserts
     * that {@code call} survived them.
     */
    private void assertNotCanceledAfterTheWatchdogLooked(Call call) {
        long target = watchdog.looks() + 2;
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (watchdog.looks() < target && System.nanoTime() - giveUp < 0) {
            Thread.onSpinWait();
            Thread.yield();
        }
        assertThat(watchdog.looks()).as("the watchdog's looks").isGreaterThanOrEqualTo(target);
        assertThat(call.isCanceled()).as("cancelled before its deadline").isFalse();
    }

    private static void awaitCanceled(Call call) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!call.isCanceled() && System.nanoTime() - giveUp < 0) {
            Thread.onSpinWait();
            Thread.yield();
        }
        assertThat(call.isCanceled()).as("cancelled by the watchdog").isTrue();
    }
}
