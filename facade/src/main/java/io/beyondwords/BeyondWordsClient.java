package io.beyondwords;

import io.beyondwords.internal.http.ApiKeys;
import io.beyondwords.internal.http.DeadlineWatchdog;
import io.beyondwords.internal.http.OkHttpRequirement;
import io.beyondwords.internal.http.Ticker;
import io.beyondwords.internal.transport.ApiTransport;
import io.beyondwords.observability.RequestListener;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;

/**
 * The entry point of the SDK: one client per API key, shared by the whole application.
 *
 * <pre>{@code
 * try (BeyondWordsClient client = BeyondWordsClient.fromEnv()) {
 *     BackgroundTrack track = client.backgroundTracks().retrieve(42);
 * }
 * }</pre>
 *
 * <p>Its resource accessors ({@code backgroundTracks()}, …) come from {@link BeyondWordsResources}, generated from
 * the API's description; each resource is set up on first use.
 *
 * <p>Immutable and thread-safe. It owns a connection pool and a dispatcher (whose threads run async calls); {@link
 * #close()} releases them. {@link #withOptions(Consumer)} derives a client with other settings that shares both.
 */
public final class BeyondWordsClient extends BeyondWordsResources implements AutoCloseable {
    /** The environment variable holding the API key. */
    public static final String API_KEY_ENV = "BEYONDWORDS_API_KEY";
    /** The environment variable holding the base URL. */
    public static final String BASE_URL_ENV = "BEYONDWORDS_BASE_URL";
    /** The environment variable holding the log level ({@code off}, {@code info}, {@code debug}). */
    public static final String LOG_ENV = "BEYONDWORDS_LOG";
    /** The system property holding the API key; it wins over {@link #API_KEY_ENV}. */
    public static final String API_KEY_PROPERTY = "beyondwords.apiKey";
    /** The system property holding the base URL; it wins over {@link #BASE_URL_ENV}. */
    public static final String BASE_URL_PROPERTY = "beyondwords.baseUrl";
    /** The system property holding the log level; it wins over {@link #LOG_ENV}. */
    public static final String LOG_PROPERTY = "beyondwords.log";

    private final ClientOptions options;
    private final String apiKey;
    private final Shared shared;
    private final boolean ownsShared;
    private final BeyondWordsClientAsync async;

    private BeyondWordsClient(ClientOptions options, String apiKey, Shared shared, boolean ownsShared) {
        this(options, apiKey, shared, ownsShared, new ResourceBindings(new ApiTransport(shared.http,
                shared.deadlines, options, options.parsedBaseUrl(), apiKey, shared.closed,
                options.proxyCredentials())));
    }

    private BeyondWordsClient(ClientOptions options, String apiKey, Shared shared, boolean ownsShared,
            ResourceBindings bindings) {
        super(bindings);
        this.options = options;
        this.apiKey = apiKey;
        this.shared = shared;
        this.ownsShared = ownsShared;
        this.async = new BeyondWordsClientAsync(this, bindings);
    }

    /**
     * What a client shares with the clients derived from it by {@link #withOptions(Consumer)}: the connection pool
     * and dispatcher, the deadline watchdog's thread, and whether they are closed. No settings: each client adds its
     * own to the base OkHttp client, a bare one or the application's. The watchdog counts time on the clock of the
     * client that made it.
     */
    private static final class Shared {
        final OkHttpClient http;
        /** Whether the pool and dispatcher are the SDK's to close (not when the application supplied them). */
        final boolean ownsHttp;
        final DeadlineWatchdog deadlines;
        final AtomicBoolean closed = new AtomicBoolean();

        Shared(OkHttpClient applications, Clock clock) {
            this.http = applications != null ? applications : new OkHttpClient();
            this.ownsHttp = applications == null;
            this.deadlines = new DeadlineWatchdog(Ticker.of(clock));
        }
    }

    /**
     * A builder with every setting at its default; {@link Builder#apiKey(String)} is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(Env.SYSTEM);
    }

    /**
     * A client configured from the environment: the key from the {@code beyondwords.apiKey} system property or else
     * {@code BEYONDWORDS_API_KEY}, the base URL from {@code beyondwords.baseUrl} or else {@code BEYONDWORDS_BASE_URL}
     * (default {@code https://api.beyondwords.io/v1}); everything else at its default.
     *
     * @return the client
     * @throws IllegalArgumentException if the key is missing or malformed, or the base URL is not https
     */
    public static BeyondWordsClient fromEnv() {
        return builder().fromEnv().build();
    }

    /** @return the same client with methods returning {@link java.util.concurrent.CompletableFuture} */
    public BeyondWordsClientAsync async() {
        return async;
    }

    /** @return the settings this client was built with (without the key) */
    public ClientOptions options() {
        return options;
    }

    /**
     * A client with some settings changed, sharing this client's connection pool and dispatcher (no new threads).
     * Closing the derived client does nothing; closing this one closes both.
     *
     * <pre>{@code
     * BeyondWordsClient patient = client.withOptions(o -> o.readTimeout(Duration.ofMinutes(5)).maxRetries(5));
     * }</pre>
     *
     * @param changes applied to a builder holding this client's settings (key included)
     * @return the derived client
     */
    public BeyondWordsClient withOptions(Consumer<Builder> changes) {
        Objects.requireNonNull(changes, "changes");
        Builder builder = new Builder(Env.SYSTEM, options.toBuilder(), apiKey);
        changes.accept(builder);
        String key = validateApiKey(builder.apiKey);
        return new BeyondWordsClient(builder.options.build(), key, shared, false);
    }

    /**
     * Releases the connection pool and the dispatcher's threads, if this client created them (a client from
     * {@link #withOptions(Consumer)} did not). Calls made after closing fail with {@link IllegalStateException}.
     * Idempotent.
     */
    @Override
    public void close() {
        if (ownsShared && shared.closed.compareAndSet(false, true)) {
            if (shared.ownsHttp) {
                shared.http.dispatcher().executorService().shutdown();
                shared.http.connectionPool().evictAll();
            }
            shared.deadlines.close();
        }
    }

    @Override
    public String toString() {
        return "BeyondWordsClient{" + options + '}';
    }

    private static String validateApiKey(String key) {
        return ApiKeys.check(key, "set it with BeyondWordsClient.builder().apiKey(...) or the " + API_KEY_ENV
                + " environment variable (or the " + API_KEY_PROPERTY + " system property)");
    }

    /**
     * Builds a {@link BeyondWordsClient}: its API key here, every other setting in a {@link ClientOptions.Builder}
     * that the setters below delegate to. Not thread-safe. Nothing is validated or opened before {@link #build()},
     * except each setter's own argument, and {@link #build()} does no I/O.
     */
    public static final class Builder {
        private final UnaryOperator<String> environment;
        private ClientOptions.Builder options;
        private String apiKey;
        private OkHttpClient httpClient;

        Builder(UnaryOperator<String> environment) {
            this(environment, new ClientOptions.Builder(environment), null);
        }

        private Builder(UnaryOperator<String> environment, ClientOptions.Builder options, String apiKey) {
            this.environment = environment;
            this.options = options;
            this.apiKey = apiKey;
        }

        /**
         * Reads the key and base URL from system properties ({@code beyondwords.apiKey}, {@code beyondwords.baseUrl})
         * or else the environment ({@code BEYONDWORDS_API_KEY}, {@code BEYONDWORDS_BASE_URL}). A variable that is
         * unset or empty leaves the setting as it was.
         *
         * @return this builder
         */
        public Builder fromEnv() {
            String key = Env.read(environment, API_KEY_PROPERTY, API_KEY_ENV);
            if (key != null) {
                apiKey = key;
            }
            String url = Env.read(environment, BASE_URL_PROPERTY, BASE_URL_ENV);
            if (url != null) {
                options.baseUrl(url);
            }
            return this;
        }

        /**
         * The API key, sent as {@code X-Api-Key} to the base URL's origin only. Required; no default. Checked at
         * {@link #build()}: missing, blank, or containing whitespace, control or non-ASCII characters is an
         * {@link IllegalArgumentException}.
         *
         * @param apiKey the key from the BeyondWords dashboard
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * Every setting but the key at once, replacing those set so far (a base URL from {@link #fromEnv()}
         * included); later setters change them further.
         *
         * <pre>{@code
         * ClientOptions options = ClientOptions.builder().readTimeout(Duration.ofMinutes(5)).build();
         * BeyondWordsClient client = BeyondWordsClient.builder().options(options).fromEnv().build();
         * }</pre>
         *
         * @param options the settings, e.g. from {@link ClientOptions#builder()} or another client's
         *     {@link BeyondWordsClient#options()}
         * @return this builder
         */
        public Builder options(ClientOptions options) {
            this.options = Objects.requireNonNull(options, "options").toBuilder();
            return this;
        }

        /**
         * The API base URL. See {@link ClientOptions.Builder#baseUrl(String)}.
         *
         * @param baseUrl an absolute URL
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            options.baseUrl(baseUrl);
            return this;
        }

        /**
         * Accept plain {@code http://} for a non-loopback host. See
         * {@link ClientOptions.Builder#allowInsecureHttp(boolean)}.
         *
         * @param allowInsecureHttp whether to allow it
         * @return this builder
         */
        public Builder allowInsecureHttp(boolean allowInsecureHttp) {
            options.allowInsecureHttp(allowInsecureHttp);
            return this;
        }

        /**
         * The connect timeout per attempt. See {@link ClientOptions.Builder#connectTimeout(Duration)}.
         *
         * @param connectTimeout not negative
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            options.connectTimeout(connectTimeout);
            return this;
        }

        /**
         * The read timeout per attempt. See {@link ClientOptions.Builder#readTimeout(Duration)}.
         *
         * @param readTimeout not negative
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            options.readTimeout(readTimeout);
            return this;
        }

        /**
         * The write timeout per attempt. See {@link ClientOptions.Builder#writeTimeout(Duration)}.
         *
         * @param writeTimeout not negative
         * @return this builder
         */
        public Builder writeTimeout(Duration writeTimeout) {
            options.writeTimeout(writeTimeout);
            return this;
        }

        /**
         * The whole call's time limit. See {@link ClientOptions.Builder#deadline(Duration)}.
         *
         * @param deadline not negative
         * @return this builder
         */
        public Builder deadline(Duration deadline) {
            options.deadline(deadline);
            return this;
        }

        /**
         * How failed calls are retried. See {@link ClientOptions.Builder#retryPolicy(RetryPolicy)}.
         *
         * @param retryPolicy the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            options.retryPolicy(retryPolicy);
            return this;
        }

        /**
         * How many times a failed call is retried. See {@link ClientOptions.Builder#maxRetries(int)}.
         *
         * @param maxRetries at least 0
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            options.maxRetries(maxRetries);
            return this;
        }

        /**
         * An HTTP or SOCKS proxy for every request. See {@link ClientOptions.Builder#proxy(Proxy)}.
         *
         * @param proxy the proxy, or {@link Proxy#NO_PROXY} to bypass the system's
         * @return this builder
         */
        public Builder proxy(Proxy proxy) {
            options.proxy(proxy);
            return this;
        }

        /**
         * The user and password for a proxy that asks for them. See
         * {@link ClientOptions.Builder#proxyCredentials(String, String)}.
         *
         * @param user the user name
         * @param password the password
         * @return this builder
         */
        public Builder proxyCredentials(String user, String password) {
            options.proxyCredentials(user, password);
            return this;
        }

        /**
         * Text appended to the User-Agent. See {@link ClientOptions.Builder#userAgentSuffix(String)}.
         *
         * @param userAgentSuffix the suffix
         * @return this builder
         */
        public Builder userAgentSuffix(String userAgentSuffix) {
            options.userAgentSuffix(userAgentSuffix);
            return this;
        }

        /**
         * How much HTTP traffic to log. See {@link ClientOptions.Builder#logLevel(LogLevel)}.
         *
         * @param logLevel the level
         * @return this builder
         */
        public Builder logLevel(LogLevel logLevel) {
            options.logLevel(logLevel);
            return this;
        }

        /**
         * Test hook: the clock for deadlines and Retry-After dates. See {@link ClientOptions.Builder#clock(Clock)}.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            options.clock(clock);
            return this;
        }

        /**
         * Test hook: what performs the waits. See {@link ClientOptions.Builder#sleeper(Sleeper)}.
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            options.sleeper(sleeper);
            return this;
        }

        /**
         * Test hook: the source of backoff jitter. See {@link ClientOptions.Builder#jitterSource(DoubleSupplier)}.
         *
         * @param jitterSource the source
         * @return this builder
         */
        public Builder jitterSource(DoubleSupplier jitterSource) {
            options.jitterSource(jitterSource);
            return this;
        }

        /**
         * Whether a response is checked whole when it arrives. See
         * {@link ClientOptions.Builder#strictResponses(boolean)}.
         *
         * @param strictResponses whether to validate every response on arrival
         * @return this builder
         */
        public Builder strictResponses(boolean strictResponses) {
            options.strictResponses(strictResponses);
            return this;
        }

        /**
         * Shares the application's OkHttp client: its connection pool, dispatcher (whose threads run async calls),
         * TLS, DNS and event listener settings. The SDK builds its own client from it with
         * {@link OkHttpClient#newBuilder()}, so the application's client is never changed; the SDK's client keeps
         * the SDK's timeouts, retries and proxy settings, and none of the application's interceptors (which would
         * see the key). Closing the SDK's client leaves the application's pool and dispatcher running. Default: a
         * client of the SDK's own.
         *
         * <p>The one OkHttp type in the SDK's API, on purpose: sharing one pool is what it is for.
         *
         * @param httpClient the application's client
         * @return this builder
         */
        public Builder httpClient(OkHttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Adds a request listener. See {@link ClientOptions.Builder#addRequestListener(RequestListener)}.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder addRequestListener(RequestListener listener) {
            options.addRequestListener(listener);
            return this;
        }

        /**
         * Validates the settings and builds the client. Does no I/O.
         *
         * @return the client
         * @throws IllegalArgumentException if the key is missing, blank or contains whitespace, or the base URL is
         *     not acceptable; the message names the setting and never contains the key
         * @throws IllegalStateException if OkHttp is missing, older than 4.12, or on the class path twice; the
         *     message names the artifact to add, remove or upgrade
         */
        public BeyondWordsClient build() {
            OkHttpRequirement.check();
            String key = validateApiKey(apiKey);
            ClientOptions built = options.build();
            return new BeyondWordsClient(built, key, new Shared(httpClient, built.clock()), true);
        }

        @Override
        public String toString() {
            return "BeyondWordsClient.Builder{baseUrl=" + options.baseUrl() + ", apiKey="
                    + (apiKey == null ? "unset" : "[redacted]") + '}';
        }
    }
}
