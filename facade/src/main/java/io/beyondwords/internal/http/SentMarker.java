package io.beyondwords.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Network interceptor that records, in the request's {@link CallContext}, that the request reached an open
 * connection.
 *
 * <p>Network interceptors run only after OkHttp has connected, so an attempt that failed while this marker had not
 * run failed before a single byte of the request was written: the server cannot have processed it, and even a
 * {@code POST} may be retried. Once the marker has run, a failure may have happened after the server received the
 * request, so {@link RetryInterceptor} treats the outcome of a {@code POST} as unknown. Register it as the first
 * network interceptor.
 */
public final class SentMarker implements Interceptor {

    /** Creates the marker; it holds no state of its own. */
    public SentMarker() {
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        CallContext context = chain.request().tag(CallContext.class);
        if (context != null) {
            context.markRequestSent();
        }
        return chain.proceed(chain.request());
    }

    @Override
    public String toString() {
        return "SentMarker";
    }
}
