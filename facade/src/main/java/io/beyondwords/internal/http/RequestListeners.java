package io.beyondwords.internal.http;

import io.beyondwords.observability.Operation;
import io.beyondwords.observability.RequestListener;
import java.lang.System.Logger;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A client's {@link RequestListener}s, each guarded so that one that throws never breaks a call: its exception is
 * caught, and the first one is logged. Immutable apart from those once-only flags; shared by all the client's calls.
 */
public final class RequestListeners {
    private static final Logger LOGGER = System.getLogger("io.beyondwords");

    private final List<RequestListener> listeners;
    private final AtomicBoolean[] logged;

    /** @param listeners the listeners, called in this order */
    public RequestListeners(List<RequestListener> listeners) {
        this.listeners = List.copyOf(listeners);
        this.logged = new AtomicBoolean[this.listeners.size()];
        for (int i = 0; i < logged.length; i++) {
            logged[i] = new AtomicBoolean();
        }
    }

    /** @return whether there are none, so a call need not describe itself */
    public boolean isEmpty() {
        return listeners.isEmpty();
    }

    /**
     * @param operation the operation a call runs
     * @param clock the client's clock, which times the call and its attempts
     * @return the events of one call of it, or {@link CallEvents#NONE} when there are no listeners
     */
    public CallEvents eventsOf(Operation operation, Clock clock) {
        return listeners.isEmpty() ? CallEvents.NONE : new CallEvents(this, operation, clock);
    }

    /** Tells every listener, in order; what one throws is caught (and its first exception logged). */
    void tell(Consumer<RequestListener> event) {
        for (int i = 0; i < listeners.size(); i++) {
            RequestListener listener = listeners.get(i);
            try {
                event.accept(listener);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable e) {
                if (logged[i].compareAndSet(false, true)) {
                    LOGGER.log(Logger.Level.WARNING, "The request listener " + listener.getClass().getName()
                            + " threw; the call goes on, and later exceptions of this listener are not logged", e);
                }
            }
        }
    }
}
