package io.beyondwords.internal.http;

import io.beyondwords.observability.AttemptStarted;
import io.beyondwords.observability.Operation;
import io.beyondwords.observability.RequestListener;
import java.lang.System.Logger;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import okhttp3.Headers;
import okhttp3.Request;

/**
 * A client's {@link RequestListener}s, each guarded so that one that throws never breaks a call: its exception is
 * caught, and the first one is logged. Immutable apart from those once-only flags; shared by all the client's calls.
 */
public final class RequestListeners {
    private static final Logger LOGGER = System.getLogger("io.beyondwords");
    /** Credentials: never set by a listener, whatever it asks (lower case, as names are compared). */
    private static final Set<String> REFUSED_HEADERS =
            Set.of(ApiKeyInterceptor.HEADER.toLowerCase(Locale.ROOT), "authorization", "proxy-authorization");

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

    /**
     * Tells every listener, in order; what one throws is caught (and its first exception logged).
     *
     * @param method the listener's method: a method reference, which captures nothing, so telling allocates nothing
     * @param event what to tell
     */
    <E> void tell(BiConsumer<RequestListener, E> method, E event) {
        for (int i = 0; i < listeners.size(); i++) {
            RequestListener listener = listeners.get(i);
            try {
                method.accept(listener, event);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable e) {
                caught(i, e);
            }
        }
    }

    /**
     * Asks every listener, in order, for the headers of an attempt ({@link RequestListener#headersFor}).
     *
     * @param attempt the attempt about to be sent
     * @param request its request
     * @return the request with the headers added that it did not carry yet, credentials never among them
     */
    Request withHeaders(AttemptStarted attempt, Request request) {
        Headers.Builder added = null;
        for (int i = 0; i < listeners.size(); i++) {
            try {
                Map<String, String> asked = listeners.get(i).headersFor(attempt);
                if (asked == null || asked.isEmpty()) {
                    continue;
                }
                // Checked whole before any is added, so a listener's bad header drops all of its own and no other's.
                Headers.Builder own = new Headers.Builder();
                asked.forEach((name, value) -> {
                    if (!REFUSED_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                            && request.header(name) == null) {
                        own.set(name, value);
                    }
                });
                if (added == null) {
                    added = new Headers.Builder();
                }
                added.addAll(own.build());
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable e) {
                caught(i, e);
            }
        }
        if (added == null) {
            return request;
        }
        Headers headers = added.build();
        return headers.size() == 0 ? request : request.newBuilder().headers(request.headers().newBuilder()
                .addAll(headers).build()).build();
    }

    private void caught(int index, Throwable e) {
        if (logged[index].compareAndSet(false, true)) {
            LOGGER.log(Logger.Level.WARNING, "The request listener " + listeners.get(index).getClass().getName()
                    + " threw; the call goes on, and later exceptions of this listener are not logged", e);
        }
    }
}
