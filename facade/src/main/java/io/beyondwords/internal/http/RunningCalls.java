package io.beyondwords.internal.http;

import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.Interceptor;
import retrofit2.Invocation;

/**
 * The {@link CallContext} of each call a transport is running, found from the {@link Invocation} Retrofit tags each
 * request with. Retrofit creates one {@code Invocation} per call and OkHttp copies a request's tags onto every retry
 * and redirect, so application and network interceptors alike find the call's context from the request they get. A
 * request Retrofit did not build is found by its OkHttp {@link Call} instead. The context itself is not a tag:
 * Retrofit builds the request, and only its own tag rides on it.
 *
 * <p>Calls register before they run and leave when their chain has returned, so the map holds the calls in flight and
 * no more. A concurrent map keyed by identity (neither key type overrides {@code equals}): calls on different threads
 * share no lock.
 */
public final class RunningCalls {
    /**
     * Sized well past the calls usually in flight, as {@link DeadlineWatchdog}'s set is: with the default 16 bins, calls
     * adding and removing themselves at 8 callers often lock the same bin, and crossing 12 entries resizes the table.
     */
    private final ConcurrentHashMap<Object, CallContext> contexts = new ConcurrentHashMap<>(512);

    /** Creates an empty registry, one per transport. */
    public RunningCalls() {
    }

    /**
     * @param key the {@link Invocation} of a call's request, or the OkHttp call of a request Retrofit did not build
     *     ({@link #keyOf})
     * @param context its state, which the interceptors read and write
     */
    public void start(Object key, CallContext context) {
        contexts.put(key, context);
    }

    /**
     * @param chain an interceptor's chain
     * @return the context of the call the chain belongs to, or {@code null} if it has none
     */
    public CallContext of(Interceptor.Chain chain) {
        return contexts.get(keyOf(chain));
    }

    /** @param key the key a call whose chain has returned (or that never ran) was started under; forgotten here */
    public void end(Object key) {
        contexts.remove(key);
    }

    /** @return how many calls are registered: the calls in flight */
    public int size() {
        return contexts.size();
    }

    /**
     * @param chain an interceptor's chain
     * @return the key its call's context is registered under: the request's {@link Invocation}, or else the call
     */
    public static Object keyOf(Interceptor.Chain chain) {
        Invocation invocation = chain.request().tag(Invocation.class);
        return invocation != null ? invocation : chain.call();
    }
}
