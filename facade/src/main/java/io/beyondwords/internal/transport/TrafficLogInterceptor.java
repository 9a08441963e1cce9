package io.beyondwords.internal.transport;

import io.beyondwords.LogLevel;
import io.beyondwords.internal.http.ApiKeyInterceptor;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.reflect.Method;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Invocation;

/**
 * Network interceptor that logs each attempt as it goes on the wire, one line per record, through
 * {@link System.Logger} {@code io.beyondwords} at INFO, naming the operation (the generated interface method) that
 * sent it. Installed only when logging is on. Sits after the key interceptor, so it shows the headers really sent,
 * with every secret header redacted.
 */
final class TrafficLogInterceptor implements Interceptor {
    static final String LOGGER_NAME = "io.beyondwords";
    private static final Logger LOGGER = System.getLogger(LOGGER_NAME);

    private final boolean headers;
    private final String apiKey;

    TrafficLogInterceptor(LogLevel level, String apiKey) {
        this.headers = level == LogLevel.DEBUG;
        this.apiKey = apiKey;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        // The key this hop carries: the client's, or the call's own (RequestOptions.apiKey), masked as well.
        String sentKey = request.header(ApiKeyInterceptor.HEADER);
        String target = request.method() + " " + request.url();
        LOGGER.log(Logger.Level.INFO, line(sentKey, "--> " + target + operation(request) + headerText(request.headers())));
        long start = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException e) {
            LOGGER.log(Logger.Level.INFO, line(sentKey, "<-- FAILED " + target + " (" + elapsedMs(start) + " ms): "
                    + e.getClass().getSimpleName() + ": " + e.getMessage()));
            throw e;
        }
        String requestId = response.header(ApiTransport.REQUEST_ID_HEADER);
        LOGGER.log(Logger.Level.INFO, line(sentKey, "<-- " + response.code() + " " + target + " (" + elapsedMs(start) + " ms)"
                + (requestId == null ? "" : " request-id=" + requestId) + headerText(response.headers())));
        return response;
    }

    /**
     * The generated interface method the request was built by, from Retrofit's {@link Invocation} tag, e.g.
     * {@code  (BackgroundTracksApi.retrieve)}; empty for a request Retrofit did not build.
     */
    private static String operation(Request request) {
        Invocation invocation = request.tag(Invocation.class);
        if (invocation == null) {
            return "";
        }
        Method method = invocation.method();
        return " (" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")";
    }

    private String headerText(Headers h) {
        if (!headers) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" headers={");
        for (int i = 0; i < h.size(); i++) {
            String name = h.name(i);
            sb.append(i == 0 ? "" : ", ").append(name).append(": ")
                    .append(Redaction.isSecretHeader(name) ? Redaction.MASK : h.value(i));
        }
        return sb.append('}').toString();
    }

    /** One line, and the key masked even if it turned up somewhere unexpected (a URL, an exception message). */
    private String line(String sentKey, String text) {
        return Redaction.maskKey(Redaction.maskKey(text, apiKey), sentKey).replaceAll("[\\r\\n]+", " ");
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
