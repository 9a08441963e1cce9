package io.beyondwords.internal.http;

import java.io.IOException;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Network interceptor that adds the {@code X-Api-Key} header to requests bound for the configured API origin, and
 * to no others; it also sets the SDK's {@code User-Agent} on every hop (in the same copy of the request).
 *
 * <p>It runs per network hop, not per call, on purpose: OkHttp follows redirects itself and copies custom headers
 * onto the redirected request (it strips only {@code Authorization}), so a key added once at application level would
 * follow a 302 to any host, or from https down to http. Here each hop is checked against the base URL's scheme,
 * host and port, and a hop to another origin is sent with any {@code X-Api-Key} removed.
 */
public final class ApiKeyInterceptor implements Interceptor {

    /** The header BeyondWords reads the key from. */
    public static final String HEADER = "X-Api-Key";

    private final HttpUrl origin;
    private final String apiKey;
    private final String userAgent;
    private final RunningCalls calls;

    /**
     * @param baseUrl the configured API base URL; only its scheme, host and port matter
     * @param apiKey the key; printable ASCII without spaces (checked here as well, because OkHttp would echo an
     *     illegal header value in its exception message)
     * @throws IllegalArgumentException if the key is blank or has characters a header value cannot carry; the
     *     message never contains the key
     */
    public ApiKeyInterceptor(HttpUrl baseUrl, String apiKey) {
        this(baseUrl, apiKey, null);
    }

    /**
     * @param baseUrl the configured API base URL; only its scheme, host and port matter
     * @param apiKey the key, as {@link #ApiKeyInterceptor(HttpUrl, String)} takes it
     * @param userAgentOrNull the {@code User-Agent} every request is sent with, or {@code null} to leave OkHttp's
     * @throws IllegalArgumentException as {@link #ApiKeyInterceptor(HttpUrl, String)} does
     */
    public ApiKeyInterceptor(HttpUrl baseUrl, String apiKey, String userAgentOrNull) {
        this(baseUrl, apiKey, userAgentOrNull, null);
    }

    /**
     * @param baseUrl the configured API base URL; only its scheme, host and port matter
     * @param apiKey the client's key, as {@link #ApiKeyInterceptor(HttpUrl, String)} takes it
     * @param userAgentOrNull the {@code User-Agent} every request is sent with, or {@code null} to leave OkHttp's
     * @param callsOrNull where a call's own key ({@link CallContext#apiKeyOverride()}) is found, or {@code null}
     * @throws IllegalArgumentException as {@link #ApiKeyInterceptor(HttpUrl, String)} does
     */
    public ApiKeyInterceptor(HttpUrl baseUrl, String apiKey, String userAgentOrNull, RunningCalls callsOrNull) {
        Objects.requireNonNull(baseUrl, "baseUrl must not be null");
        Objects.requireNonNull(apiKey, "apiKey must not be null");
        if (apiKey.isEmpty()) {
            throw new IllegalArgumentException("apiKey must not be empty");
        }
        for (int i = 0; i < apiKey.length(); i++) {
            char c = apiKey.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw new IllegalArgumentException(
                        "apiKey must be printable ASCII without whitespace; found a bad character at index " + i);
            }
        }
        this.origin = baseUrl.newBuilder().encodedPath("/").query(null).fragment(null).username("").password("")
                .build();
        this.apiKey = apiKey;
        this.userAgent = userAgentOrNull;
        this.calls = callsOrNull;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Request.Builder withKeyDecided = request.newBuilder();
        if (sameOrigin(origin, request.url())) {
            withKeyDecided.header(HEADER, keyOf(chain));
        } else {
            withKeyDecided.removeHeader(HEADER);
        }
        if (userAgent != null) {
            withKeyDecided.header("User-Agent", userAgent);
        }
        return chain.proceed(withKeyDecided.build());
    }

    /** The call's own key if it has one (checked when it was set), else the client's. */
    private String keyOf(Chain chain) {
        if (calls == null) {
            return apiKey;
        }
        CallContext context = calls.of(chain);
        String own = context == null ? null : context.apiKeyOverride();
        return own != null ? own : apiKey;
    }

    /**
     * Whether two URLs share scheme, host and port (the web origin). Hosts are compared after OkHttp's
     * canonicalisation (lower case, IDN to punycode, IPv6 without brackets); ports after defaulting (443 / 80).
     */
    static boolean sameOrigin(HttpUrl configured, HttpUrl candidate) {
        return configured.scheme().equals(candidate.scheme())
                && configured.host().equals(candidate.host())
                && configured.port() == candidate.port();
    }

    @Override
    public String toString() {
        return "ApiKeyInterceptor{origin=" + origin.scheme() + "://" + origin.host() + ':' + origin.port()
                + ", apiKey=<redacted>}";
    }
}
