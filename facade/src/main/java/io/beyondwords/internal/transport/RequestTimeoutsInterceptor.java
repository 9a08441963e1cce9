package io.beyondwords.internal.transport;

import io.beyondwords.RequestOptions;
import io.beyondwords.internal.http.CallContext;
import io.beyondwords.internal.http.RunningCalls;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Application interceptor applying a call's {@link RequestOptions} timeouts (from its {@link CallContext}) to every
 * attempt.
 * Registered before the retry interceptor, so the chain it hands on, timeouts included, is the one each retry uses.
 */
final class RequestTimeoutsInterceptor implements Interceptor {
    private final RunningCalls calls;

    RequestTimeoutsInterceptor(RunningCalls calls) {
        this.calls = calls;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        CallContext context = calls.of(chain);
        RequestOptions options = context == null ? null : context.timeouts();
        if (options == null) {
            return chain.proceed(chain.request());
        }
        Chain c = chain;
        if (options.connectTimeout().isPresent()) {
            c = c.withConnectTimeout(millis(options.connectTimeout().get()), TimeUnit.MILLISECONDS);
        }
        if (options.readTimeout().isPresent()) {
            c = c.withReadTimeout(millis(options.readTimeout().get()), TimeUnit.MILLISECONDS);
        }
        if (options.writeTimeout().isPresent()) {
            c = c.withWriteTimeout(millis(options.writeTimeout().get()), TimeUnit.MILLISECONDS);
        }
        return c.proceed(c.request());
    }

    private static int millis(Duration d) {
        long ms = d.toMillis();
        // OkHttp treats 0 as "no timeout"; keep a sub-millisecond timeout a timeout rather than none.
        if (ms == 0 && !d.isZero()) {
            return 1;
        }
        return (int) Math.min(ms, Integer.MAX_VALUE);
    }
}
