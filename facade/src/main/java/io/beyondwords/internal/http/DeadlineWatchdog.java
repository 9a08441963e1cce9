package io.beyondwords.internal.http;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Cancels the calls of one client (and of the clients derived from it with {@code withOptions}) that outlive their
 * {@link CallDeadline}, and the sync calls whose thread is interrupted.
 *
 * <p>Why not OkHttp's {@code callTimeout}: it enters okio's {@code AsyncTimeout}, whose one queue for the whole JVM
 * is guarded by one lock, taken by every call on entry and again on exit; with 8 or 64 callers that lock is where
 * they queue. Here a call adds itself to a concurrent set on start and removes itself on end: a hash set, not an
 * ordered one, so that calls share no lock or sequence number and do not contend at one end of a list (calls with the
 * same timeout all end up at the same end of an ordered one); a remove locks only its own bin, and the set's size
 * count is striped across threads as a {@code LongAdder} is. One daemon thread looks
 * over the set, cancels what is past its deadline and parks until the earliest deadline left. A new deadline wakes it
 * only when it is earlier than the one it waits for (or while it is looking), which, for calls with the same timeout,
 * never happens: the hot path takes no shared lock and wakes no thread. The thread's look is linear in the calls in
 * flight, and it looks about once per timeout, not once per call.
 *
 * <p>The thread starts with the first call, and ends when nothing has been watched for a minute (restarting with the
 * next call), or once {@link #close()} was called and the calls in flight have ended. It never keeps the JVM alive.
 *
 * <p>Time is the {@link Ticker}'s: {@link System#nanoTime()} for a client on the system clock, the client's own clock
 * otherwise (a test's, which moves when the test says). Such a clock can jump without waking the thread, so while it
 * watches a call the thread looks every 2 ms instead of parking until a deadline.
 *
 * <p>Interrupts: nothing tells another thread that a thread was interrupted, and one blocked in a socket read does not
 * notice, so while it watches a sync call the thread looks every {@link #INTERRUPT_LOOK_NANOS} of real time and
 * cancels each sync call whose thread is interrupted. A sync call wakes the thread only if it is not looking that often
 * already, so calls that follow each other closely still wake nothing.
 */
public final class DeadlineWatchdog implements AutoCloseable {
    /** Caps a deadline so that deadline arithmetic on the ticker's nanoseconds cannot overflow (~73 years). */
    static final long MAX_TIMEOUT_NANOS = Long.MAX_VALUE / 4;
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(60);
    /**
     * How long an interrupt of a thread in a sync call may go unnoticed: short for a caller that waits on it, long
     * enough that a look (linear in the calls in flight) costs nothing measurable.
     */
    static final long INTERRUPT_LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    /**
     * Sized well past the calls usually in flight: an add to a bin that already holds a node, and every remove, lock
     * that bin's first node, so with few bins two calls would often wait on each other (seen in JFR at 8 callers).
     */
    private final Ticker ticker;
    private final Set<CallDeadline> pending = ConcurrentHashMap.newKeySet(512);
    private final AtomicReference<Thread> thread = new AtomicReference<>();
    /** The ticker time the thread will next look at the deadlines by; meaningful while it is not looking. */
    private volatile long wakeAt;
    /** Whether the thread is looking over the set, and so may miss a deadline added meanwhile: such an add wakes it. */
    private volatile boolean looking;
    /** Whether the thread, parked, looks again within {@link #INTERRUPT_LOOK_NANOS}: it watches a sync call. */
    private volatile boolean lookingForInterrupts;
    /** Whether the last look found a sync call still running; the thread's own. */
    private boolean syncCallSeen;
    private volatile boolean closed;
    /** How many looks the thread has finished; written by the thread alone (for tests). */
    private volatile long looks;

    /** Creates a watchdog on {@link System#nanoTime()}; its thread starts with the first watched call. */
    public DeadlineWatchdog() {
        this(Ticker.system());
    }

    /**
     * Creates a watchdog; its thread starts with the first watched call.
     *
     * @param ticker the time deadlines are counted in
     */
    public DeadlineWatchdog(Ticker ticker) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    /** @return the watchdog's current time, which {@link CallDeadline} counts its deadline from */
    long nanoTime() {
        return ticker.nanoTime();
    }

    void watch(CallDeadline deadline) {
        pending.add(deadline);
        Thread watching = thread.get();
        if (watching == null) {
            startThread();
        } else if (looking || deadline.deadlineNanoTime() - wakeAt < 0
                || (deadline.watchesCaller() && !lookingForInterrupts)) {
            LockSupport.unpark(watching);
        }
    }

    void forget(CallDeadline deadline) {
        pending.remove(deadline);
        if (closed && nothingWatched()) {
            Thread watching = thread.get();
            if (watching != null) {
                LockSupport.unpark(watching); // the last call after close(): let the thread end now
            }
        }
    }

    /** @return how many calls are being watched (for tests) */
    int watched() {
        return pending.size();
    }

    /** @return how many looks over the watched calls the thread has finished (for tests) */
    long looks() {
        return looks;
    }

    /** @return the watchdog's thread, or {@code null} while none runs (for tests) */
    Thread thread() {
        return thread.get();
    }

    /**
     * Lets the thread end once the calls in flight have ended (their deadlines still hold); a later call starts it
     * again only until it ends.
     */
    @Override
    public void close() {
        closed = true;
        Thread watching = thread.get();
        if (watching != null) {
            LockSupport.unpark(watching);
        }
    }

    private void startThread() {
        Thread watching = new Thread(this::run, "BeyondWords deadline watchdog");
        watching.setDaemon(true);
        if (thread.compareAndSet(null, watching)) {
            watching.start();
        }
    }

    private void run() {
        Thread self = Thread.currentThread();
        long idleSince = ticker.nanoTime();
        while (true) {
            // Set before the look: an add that misses the look reads it (or the wakeAt published after) and wakes us.
            looking = true;
            long now = ticker.nanoTime();
            CallDeadline first = expireUpTo(now);
            looks++; // one writer: the thread
            if (first == null) {
                if (closed || now - idleSince >= IDLE_NANOS) {
                    // Hand over before the last look: a call registered after that look sees no thread and starts one.
                    thread.compareAndSet(self, null);
                    if (nothingWatched() || !thread.compareAndSet(null, self)) {
                        return;
                    }
                    continue;
                }
            } else {
                idleSince = now;
            }
            long wake = first == null ? now + IDLE_NANOS : first.deadlineNanoTime();
            wakeAt = wake;
            boolean interrupts = syncCallSeen;
            lookingForInterrupts = interrupts;
            looking = false;
            // With nothing watched there is no deadline to miss: a new call wakes the thread if it must.
            long park = first == null ? wake - now : ticker.parkNanos(wake - now);
            LockSupport.parkNanos(this, interrupts ? Math.min(park, INTERRUPT_LOOK_NANOS) : park);
        }
    }

    /**
     * Expires every deadline at or before {@code now} and cancels every sync call whose thread is interrupted;
     * returns the earliest deadline still to come, or {@code null}, and notes whether a sync call is still watched.
     */
    private CallDeadline expireUpTo(long now) {
        CallDeadline first = null;
        boolean syncCall = false;
        for (CallDeadline deadline : pending) {
            if (deadline.deadlineNanoTime() - now <= 0) {
                if (pending.remove(deadline)) {
                    deadline.expire();
                }
            } else if (deadline.callerInterrupted()) {
                if (pending.remove(deadline)) {
                    deadline.interrupt();
                }
            } else {
                syncCall |= deadline.watchesCaller();
                if (first == null || deadline.deadlineNanoTime() - first.deadlineNanoTime() < 0) {
                    first = deadline;
                }
            }
        }
        syncCallSeen = syncCall;
        return first;
    }

    /** Unlike {@code isEmpty()}, which sums counters, sees every deadline added before it started. */
    private boolean nothingWatched() {
        return !pending.iterator().hasNext();
    }

    @Override
    public String toString() {
        return "DeadlineWatchdog{watched=" + pending.size() + ", closed=" + closed + ", " + ticker + '}';
    }
}
