package io.beyondwords.internal.transport;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * Lets another thread end the sync calls one thread makes while it does a piece of work: the sequential auto-pager's
 * fetch of its next page, which the iterator's {@code close()} ends from any thread. The work runs with this stopper
 * as its thread's current one ({@link #run}); each sync call the transport runs meanwhile registers here while it
 * runs, and {@link #stop()} cancels the one running (OkHttp closes its connection) and, before it is sent, every later
 * one.
 *
 * <p>A thread-local, because the work (a generated service's call) takes no argument to carry it: the transport
 * finds the stopper of the thread it runs on, one thread-local read per sync call.
 */
public final class CallStopper {
    private static final ThreadLocal<CallStopper> CURRENT = new ThreadLocal<>();
    private static final Object STOPPED = new Object();

    /** The call running within {@link #run}, {@link #STOPPED}, or {@code null}. */
    private final AtomicReference<Object> running = new AtomicReference<>();

    /** Creates a stopper for one piece of work, such as one pass of a pager. */
    public CallStopper() {
    }

    /**
     * Runs {@code work} on the calling thread with this stopper as the thread's current one.
     *
     * @param work makes sync calls through the SDK
     * @param <T> its result
     * @return what {@code work} returned
     */
    public <T> T run(Supplier<T> work) {
        CallStopper outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /**
     * Cancels the call running within {@link #run}, if any, and every call made within it from now on. From any
     * thread; once stopped, for good.
     */
    public void stop() {
        Object was = running.getAndSet(STOPPED);
        if (was instanceof Call<?> call) {
            call.cancel();
        }
    }

    /** @return the stopper of the work the calling thread is doing, or {@code null} */
    static CallStopper current() {
        return CURRENT.get();
    }

    /**
     * @param call a sync call about to run on the thread doing the work; cancelled at once if this was stopped, so
     *     that it fails before anything is sent
     */
    void enter(Call<?> call) {
        if (!running.compareAndSet(null, call) && running.get() == STOPPED) {
            call.cancel();
        }
    }

    /** @param call the call {@link #enter} registered, which has returned */
    void leave(Call<?> call) {
        running.compareAndSet(call, null);
    }

    @Override
    public String toString() {
        Object now = running.get();
        return "CallStopper{" + (now == STOPPED ? "stopped" : now == null ? "idle" : "running") + '}';
    }
}
