package io.beyondwords.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Application interceptor that starts the call's {@link CallDeadline}, if it has one, and records the status and
 * headers of the response the chain returns. Registered first, so it runs once per call, on the thread that runs it,
 * when the call starts: for an async call that is when a dispatcher thread takes it, as for OkHttp's own call
 * timeout. The facade, not this interceptor, ends the deadline: Retrofit still reads the response body after the
 * chain returns, and the deadline covers that too.
 */
public final class CallDeadlineInterceptor implements Interceptor {
    private final RunningCalls calls;

    /** @param calls where the transport registers each call's context */
    public CallDeadlineInterceptor(RunningCalls calls) {
        this.calls = calls;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        CallContext context = calls.of(chain);
        if (context == null) {
            return chain.proceed(chain.request());
        }
        if (context.deadline() != null) {
            context.deadline().start(chain.call());
        }
        Response response = chain.proceed(chain.request());
        context.recordResponse(response.code(), response.headers());
        return response;
    }
}
