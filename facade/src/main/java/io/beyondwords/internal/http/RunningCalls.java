package io.beyondwords.internal.http;

import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.Interceptor;

/**
 * The {@link CallContext} of each call a transport is running, found from the OkHttp {@link Call} that every
 * interceptor gets from its chain. This is what OkHttp's request tags would do, without their cost: OkHttp 5 keys tags
 * by Kotlin class, and the first tag a JVM sets or reads loads Kotlin's reflection support, about 60 ms of the first
 * call in a fresh JVM on the benchmark machine (issue 14).
 *
 * <p>Calls register when they are created and leave when their chain has returned, so the map holds the calls in
 * flight and no more. A concurrent map: calls on different threads share no lock (its size count is striped).
 */
public final class RunningCalls {
    private final ConcurrentHashMap<Call, CallContext> contexts = new ConcurrentHashMap<>();

    /** Creates an empty registry, one per transport. */
    public RunningCalls() {
    }

    /**
     * @param call a call not yet executed or enqueued
     * @param context its state, which the interceptors read and write
     */
    public void start(Call call, CallContext context) {
        contexts.put(call, context);
    }

    /**
     * @param chain an interceptor's chain
     * @return the context of the call the chain belongs to, or {@code null} if it has none
     */
    public CallContext of(Interceptor.Chain chain) {
        return contexts.get(chain.call());
    }

    /** @param call a call whose chain has returned (or that never ran); forgotten here */
    public void end(Call call) {
        contexts.remove(call);
    }

    /** @return how many calls are registered: the calls in flight */
    public int size() {
        return contexts.size();
    }
}
