package io.beyondwords.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;

/**
 * A loopback forwarding proxy that puts a {@link SpecValidatingInterceptor} between any client and an upstream
 * (Prism, the stand-in, or the live API), for clients whose {@code OkHttpClient} a test cannot reach. Point the client
 * at {@link #baseUrl()}; every request is forwarded unchanged (method, path, query, headers except hop-by-hop ones,
 * body) and every response comes back unchanged, and both are validated on the way.
 *
 * <p>An upstream failure (a refused connection, a disconnect the stand-in was told to inject) is passed on as a
 * disconnect, so the client sees a connection failure as it would without the proxy. An upstream delay passes through
 * as the same delay.
 *
 * <p>Where the client under test accepts an {@code OkHttpClient} or interceptor, prefer adding the interceptor there
 * (see {@link SpecValidatingInterceptor}): it then sees each retry attempt with the exact bytes the client sent.
 * Through the proxy it sees the same requests as the upstream does, which is what the spec is about.
 *
 * <p>A test may give an {@code adapter}, an OkHttp application interceptor on the proxy's own client: it sees each
 * request before it is validated and forwarded, and may change it (for a peer that selects its answer by a header the
 * client under test does not send), and it sees each upstream response as it comes back. Without one, requests and
 * responses pass unchanged.
 */
public final class ValidatingProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("host", "connection", "keep-alive", "content-length",
            "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection");
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    private final MockWebServer server;
    private final HttpUrl upstream;
    private final SpecValidatingInterceptor validator;
    private final OkHttpClient client;

    private ValidatingProxy(HttpUrl upstream, SpecValidatingInterceptor validator, Interceptor adapter) {
        this.upstream = upstream;
        this.validator = validator;
        this.client = new OkHttpClient.Builder()
                .addInterceptor(adapter)
                .addNetworkInterceptor(validator)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .readTimeout(Duration.ofSeconds(60))
                .build();
        this.server = new MockWebServer();
        this.server.setDispatcher(new Forwarder());
    }

    /** Starts a proxy to {@code upstream} (its path is the base path, e.g. {@code /v1}), validating strictly. */
    public static ValidatingProxy start(HttpUrl upstream) {
        return start(upstream, SpecValidatingInterceptor.forBaseUrl(upstream));
    }

    /** Starts a proxy to {@code upstream} that validates with {@code validator}. */
    public static ValidatingProxy start(HttpUrl upstream, SpecValidatingInterceptor validator) {
        return start(upstream, validator, chain -> chain.proceed(chain.request()));
    }

    /**
     * Starts a proxy to {@code upstream}, validating strictly, whose client runs {@code adapter} on each request
     * before it is validated and forwarded, and on each response before it is passed back.
     */
    public static ValidatingProxy start(HttpUrl upstream, Interceptor adapter) {
        return start(upstream, SpecValidatingInterceptor.forBaseUrl(upstream), adapter);
    }

    /** Starts a proxy to {@code upstream} that validates with {@code validator} and adapts with {@code adapter}. */
    public static ValidatingProxy start(HttpUrl upstream, SpecValidatingInterceptor validator, Interceptor adapter) {
        ValidatingProxy proxy = new ValidatingProxy(upstream, validator, adapter);
        try {
            proxy.server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the validating proxy", e);
        }
        return proxy;
    }

    /** The proxy's URL with the upstream's path, e.g. {@code http://127.0.0.1:<port>/v1}. */
    public HttpUrl baseUrl() {
        return server.url(upstream.encodedPath());
    }

    /** The proxy's base URL as a string without a trailing slash, as SDK clients take it. */
    public String baseUrlString() {
        String url = baseUrl().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public SpecValidatingInterceptor validator() {
        return validator;
    }

    @Override
    public void close() {
        try {
            server.shutdown();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    private final class Forwarder extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest recorded) {
            HttpUrl incoming = recorded.getRequestUrl();
            HttpUrl target = upstream.newBuilder()
                    .encodedPath(incoming.encodedPath())
                    .encodedQuery(incoming.encodedQuery())
                    .build();
            Headers.Builder headers = new Headers.Builder();
            for (int i = 0; i < recorded.getHeaders().size(); i++) {
                String name = recorded.getHeaders().name(i);
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    headers.add(name, recorded.getHeaders().value(i));
                }
            }
            String method = recorded.getMethod();
            byte[] body = recorded.getBody().readByteArray();
            RequestBody requestBody = null;
            if (body.length > 0 || BODY_METHODS.contains(method)) {
                String contentType = recorded.getHeader("Content-Type");
                requestBody = RequestBody.create(body, contentType == null ? null : MediaType.parse(contentType));
            }
            Request request = new Request.Builder().url(target).headers(headers.build())
                    .method(method, requestBody).build();
            try (Response response = client.newCall(request).execute()) {
                MockResponse reply = new MockResponse().setResponseCode(response.code());
                Headers upstreamHeaders = response.headers();
                for (int i = 0; i < upstreamHeaders.size(); i++) {
                    if (!HOP_BY_HOP.contains(upstreamHeaders.name(i).toLowerCase(Locale.ROOT))) {
                        reply.addHeader(upstreamHeaders.name(i), upstreamHeaders.value(i));
                    }
                }
                Buffer bytes = new Buffer();
                if (response.body() != null) {
                    bytes.writeAll(response.body().source());
                }
                return reply.setBody(bytes);
            } catch (IOException e) {
                // DISCONNECT_AT_START would be ignored here: MockWebServer reads it from peek(), before dispatching.
                return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
            }
        }
    }
}
