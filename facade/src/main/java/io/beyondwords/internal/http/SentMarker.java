package io.beyondwords.internal.http;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
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
 *
 * <p>One exception is checked first. A keep-alive connection the server closed while it sat in the pool (its idle
 * timeout shorter than ours) is the most common "reset"; OkHttp only probes pooled connections idle for 10 s or more.
 * Writing a {@code POST} into such a socket would fail after this marker ran and make the outcome look unknown,
 * although nothing reached the server. So before a request that is not retried freely ({@code POST}, {@code PATCH})
 * goes out on a reused HTTP/1 connection, a 1 ms read probe checks that the server has not closed it; if it has, the
 * socket is closed (so the pool drops it) and {@link StaleConnectionException} is thrown before marking the request
 * sent. Idempotent requests skip the probe (it can cost up to 1 ms) and recover through an ordinary retry.
 */
public final class SentMarker implements Interceptor {
    private static final int PROBE_TIMEOUT_MILLIS = 1;

    /** Connections that have carried a request; weak, so the pool alone decides their lifetime. */
    private final Set<Connection> used = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private final RunningCalls calls;

    /** @param calls where the transport registers each call's context */
    public SentMarker(RunningCalls calls) {
        this.calls = calls;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Connection connection = chain.connection();
        boolean reused = connection != null && !used.add(connection);
        if (reused && !RetryInterceptor.isIdempotent(chain.request().method())
                && connection.protocol() != Protocol.HTTP_2 && closedByPeer(connection.socket())) {
            throw new StaleConnectionException("the pooled connection to " + chain.request().url().host()
                    + " was closed by the server before the request was sent");
        }
        CallContext context = calls.of(chain);
        if (context != null) {
            context.markRequestSent();
        }
        return chain.proceed(chain.request());
    }

    /**
     * Whether the peer has closed (or broken) an idle HTTP/1 connection. On a healthy idle connection nothing is
     * readable, so the read times out and consumes nothing; any byte or end of stream means it cannot carry a request.
     */
    private static boolean closedByPeer(Socket socket) {
        try {
            int previous = socket.getSoTimeout();
            try {
                socket.setSoTimeout(PROBE_TIMEOUT_MILLIS);
                socket.getInputStream().read();
            } finally {
                socket.setSoTimeout(previous);
            }
        } catch (SocketTimeoutException healthy) {
            return false;
        } catch (IOException broken) {
            closeQuietly(socket);
            return true;
        }
        closeQuietly(socket);
        return true;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already unusable; the pool notices the closed socket either way.
        }
    }

    @Override
    public String toString() {
        return "SentMarker";
    }
}
