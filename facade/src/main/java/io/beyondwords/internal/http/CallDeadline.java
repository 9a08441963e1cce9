package io.beyondwords.internal.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import okhttp3.Call;

/**
 * The overall deadline of one SDK call, retries and waits included; the facade's replacement for OkHttp's
 * {@code callTimeout}, whose okio {@code AsyncTimeout} takes one JVM-wide lock per call. For a sync call it also
 * watches the calling thread: {@link Thread#interrupt()} does not reach a thread blocked in a socket read, so the
 * watchdog, which looks at such a thread every few milliseconds, cancels the call once the thread is interrupted.
 *
 * <p>The transport creates it and tags the request with it; {@link CallDeadlineInterceptor} starts it when the call
 * starts running (for an async call: on the dispatcher, as OkHttp's call timeout did, so time spent queued behind
 * other calls does not count); {@link DeadlineWatchdog} cancels the call if it is still running when the deadline
 * passes; the transport ends it once the response is closed or the call failed, and asks {@link #end()} whether a
 * failure was the deadline.
 */
public final class CallDeadline {
    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int ENDED = 2;
    private static final int EXPIRED = 3;
    private static final int INTERRUPTED = 4;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(CallDeadline.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final DeadlineWatchdog watchdog;
    private final long timeoutNanos;
    private final boolean watchesCaller;
    /** Set once by {@link #start}, before the deadline is handed to the watchdog; read only after that. */
    private long deadlineNanoTime;
    private Call call;
    /** The thread running a sync call, set like {@link #deadlineNanoTime}; {@code null} for an async call. */
    private Thread caller;
    @SuppressWarnings("unused") // through STATE
    private volatile int state;

    /**
     * @param watchdog the client's watchdog
     * @param timeoutNanos the deadline, counted from when the call starts running; positive
     */
    public CallDeadline(DeadlineWatchdog watchdog, long timeoutNanos) {
        this(watchdog, timeoutNanos, false);
        if (timeoutNanos <= 0) {
            throw new IllegalArgumentException("timeoutNanos must be positive: " + timeoutNanos);
        }
    }

    private CallDeadline(DeadlineWatchdog watchdog, long timeoutNanos, boolean watchesCaller) {
        this.watchdog = watchdog;
        this.timeoutNanos = timeoutNanos;
        this.watchesCaller = watchesCaller;
    }

    /**
     * The deadline of a sync call, which also ends the call when the thread that started it is interrupted.
     *
     * @param watchdog the client's watchdog
     * @param timeoutNanos the deadline, counted from when the call starts running, or {@code 0} for none (the call is
     *     still watched for an interrupt)
     * @return the deadline
     */
    public static CallDeadline ofSyncCall(DeadlineWatchdog watchdog, long timeoutNanos) {
        if (timeoutNanos < 0) {
            throw new IllegalArgumentException("timeoutNanos must not be negative: " + timeoutNanos);
        }
        return new CallDeadline(watchdog, timeoutNanos, true);
    }

    /** @return the deadline's length, counted from the start of the call; {@code 0} for none */
    public long timeoutNanos() {
        return timeoutNanos;
    }

    /**
     * Starts the countdown for {@code call}; a second start (of the same deadline) does nothing.
     *
     * @param call the running call, cancelled when the deadline passes first
     */
    void start(Call call) {
        if (!STATE.compareAndSet(this, NEW, RUNNING)) {
            return;
        }
        this.call = call;
        long limit = timeoutNanos == 0 ? DeadlineWatchdog.MAX_TIMEOUT_NANOS
                : Math.min(timeoutNanos, DeadlineWatchdog.MAX_TIMEOUT_NANOS);
        this.deadlineNanoTime = watchdog.nanoTime() + limit;
        if (watchesCaller) {
            Thread self = Thread.currentThread();
            this.caller = self;
            if (self.isInterrupted()) {
                // Interrupted before it started: cancelled before anything is sent, as a blocking method would throw.
                interrupt();
                return;
            }
        }
        watchdog.watch(this);
    }

    /**
     * Stops the countdown: the call has its outcome. Safe to call more than once, and for a call that never started.
     *
     * @return whether the deadline passed first (the watchdog cancelled the call)
     */
    public boolean end() {
        if (STATE.compareAndSet(this, RUNNING, ENDED)) {
            watchdog.forget(this);
            return false;
        }
        return (int) STATE.getVolatile(this) == EXPIRED;
    }

    /**
     * The failure to report when the deadline passed: what OkHttp's call timeout threw, so the facade's mapping
     * ({@code ApiTimeoutException}) and messages stay as they were.
     *
     * @param cause how the cancelled call failed
     * @return {@code InterruptedIOException("timeout")} caused by {@code cause}
     */
    public static InterruptedIOException timeout(IOException cause) {
        InterruptedIOException timeout = new InterruptedIOException("timeout");
        timeout.initCause(cause);
        return timeout;
    }

    /**
     * @return whether the call was cancelled because its thread was interrupted; that thread's interrupt status is
     *     still set
     */
    public boolean interrupted() {
        return (int) STATE.getVolatile(this) == INTERRUPTED;
    }

    /** Called by the watchdog once the deadline has passed; cancels the call unless it ended first. */
    void expire() {
        if (STATE.compareAndSet(this, RUNNING, EXPIRED)) {
            call.cancel();
        }
    }

    /** @return whether this is a sync call's deadline, whose thread the watchdog looks at */
    public boolean watchesCaller() {
        return watchesCaller;
    }

    /** @return whether the thread of this sync call is interrupted (always {@code false} for an async call) */
    boolean callerInterrupted() {
        Thread c = caller;
        return c != null && c.isInterrupted();
    }

    /** Called once the call's thread is interrupted; cancels the call unless it ended first. */
    void interrupt() {
        if (STATE.compareAndSet(this, RUNNING, INTERRUPTED)) {
            call.cancel();
        }
    }

    long deadlineNanoTime() {
        return deadlineNanoTime;
    }

    @Override
    public String toString() {
        return "CallDeadline{timeoutNanos=" + timeoutNanos + ", state=" + (int) STATE.getVolatile(this) + '}';
    }
}
