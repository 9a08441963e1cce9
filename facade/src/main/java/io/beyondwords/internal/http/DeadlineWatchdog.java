package io.beyondwords.internal.http;

import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Cancels the calls of one client (and of the clients derived from it with {@code withOptions}) that outlive their
 * {@link CallDeadline}.
 *
 * <p>Why not OkHttp's {@code callTimeout}: it enters okio's {@code AsyncTimeout}, whose one queue for the whole JVM
 * is guarded by one lock, taken by every call on entry and again on exit; with 8 or 64 callers that lock is where
 * they queue. Here a call registers in a lock-free skip list ordered by deadline, and one daemon thread parks until
 * the earliest deadline. A new deadline wakes it only when it is earlier than the one it waits for, which, for calls
 * with the same timeout, never happens: the hot path takes no lock and wakes no thread.
 *
 * <p>The thread starts with the first call, and ends when nothing has been watched for a minute (restarting with the
 * next call), or once {@link #close()} was called and the calls in flight have ended. It never keeps the JVM alive.
 */
public final class DeadlineWatchdog implements AutoCloseable {
    /** Caps a deadline so that deadline arithmetic on {@link System#nanoTime()} cannot overflow (~73 years). */
    static final long MAX_TIMEOUT_NANOS = Long.MAX_VALUE / 4;
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final ConcurrentSkipListSet<CallDeadline> pending = new ConcurrentSkipListSet<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicReference<Thread> thread = new AtomicReference<>();
    /** The {@code nanoTime} the thread will next look at the deadlines by; meaningful while the thread runs. */
    private volatile long wakeAt;
    private volatile boolean closed;

    /** Creates a watchdog; its thread starts with the first watched call. */
    public DeadlineWatchdog() {
    }

    void watch(CallDeadline deadline) {
        deadline.sequence(sequence.getAndIncrement());
        pending.add(deadline);
        Thread watching = thread.get();
        if (watching == null) {
            startThread();
        } else if (deadline.deadlineNanoTime() - wakeAt < 0) {
            LockSupport.unpark(watching);
        }
    }

    void forget(CallDeadline deadline) {
        pending.remove(deadline);
        if (closed && pending.isEmpty()) {
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
        long idleSince = System.nanoTime();
        while (true) {
            long now = System.nanoTime();
            CallDeadline first = expireUpTo(now);
            if (first == null) {
                if (closed || now - idleSince >= IDLE_NANOS) {
                    // Hand over before the last look: a call registered after that look sees no thread and starts one.
                    thread.compareAndSet(self, null);
                    if (pending.isEmpty() || !thread.compareAndSet(null, self)) {
                        return;
                    }
                    continue;
                }
            } else {
                idleSince = now;
            }
            long wake = first == null ? now + IDLE_NANOS : first.deadlineNanoTime();
            wakeAt = wake;
            // A deadline registered between the look above and publishing wakeAt did not unpark us: look again.
            CallDeadline earliest = firstOrNull();
            if (earliest != null && earliest.deadlineNanoTime() - wake < 0) {
                continue;
            }
            LockSupport.parkNanos(this, wake - now);
        }
    }

    /** Expires every deadline at or before {@code now}; returns the first one still to come, or {@code null}. */
    private CallDeadline expireUpTo(long now) {
        CallDeadline first;
        while ((first = firstOrNull()) != null && first.deadlineNanoTime() - now <= 0) {
            if (pending.remove(first)) {
                first.expire();
            }
        }
        return first;
    }

    private CallDeadline firstOrNull() {
        try {
            return pending.isEmpty() ? null : pending.first();
        } catch (NoSuchElementException emptiedMeanwhile) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "DeadlineWatchdog{watched=" + pending.size() + ", closed=" + closed + '}';
    }
}
