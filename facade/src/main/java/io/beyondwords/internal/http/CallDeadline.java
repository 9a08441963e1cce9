package io.beyondwords.internal.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import okhttp3.Call;

/**
 * The overall deadline of one SDK call, retries and waits included; the facade's replacement for OkHttp's
 * {@code callTimeout}, whose okio {@code AsyncTimeout} takes one JVM-wide lock per call.
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
    /** Set once by {@link #start}, before the deadline is handed to the watchdog; read only after that. */
    private long deadlineNanoTime;
    private Call call;
    @SuppressWarnings("unused") // through STATE
    private volatile int state;

    /**
     * @param watchdog the client's watchdog
     * @param timeoutNanos the deadline, counted from when the call starts running; positive
     */
    public CallDeadline(DeadlineWatchdog watchdog, long timeoutNanos) {
        if (timeoutNanos <= 0) {
            throw new IllegalArgumentException("timeoutNanos must be positive: " + timeoutNanos);
        }
        this.watchdog = watchdog;
        this.timeoutNanos = timeoutNanos;
    }

    /** @return the deadline's length, counted from the start of the call */
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
        this.deadlineNanoTime = watchdog.nanoTime() + Math.min(timeoutNanos, DeadlineWatchdog.MAX_TIMEOUT_NANOS);
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

    /** Called by the watchdog once the deadline has passed; cancels the call unless it ended first. */
    void expire() {
        if (STATE.compareAndSet(this, RUNNING, EXPIRED)) {
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
