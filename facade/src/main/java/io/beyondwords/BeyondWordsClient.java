package io.beyondwords;

import io.beyondwords.internal.ResourceBindings;
import io.beyondwords.internal.http.BaseUrls;
import io.beyondwords.internal.http.DeadlineWatchdog;
import io.beyondwords.internal.http.OkHttpRequirement;
import io.beyondwords.internal.http.Ticker;
import io.beyondwords.internal.transport.ApiTransport;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;
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
    private final OkHttpClient shared;
    private final DeadlineWatchdog deadlines;
    private final boolean ownsShared;
    private final AtomicBoolean closed;
    private final BeyondWordsClientAsync async;

    private BeyondWordsClient(Builder builder, BeyondWordsClient parentOrNull) {
        this(Setup.of(builder, parentOrNull));
    }

    private BeyondWordsClient(Setup setup) {
        super(setup.bindings);
        this.options = setup.options;
        this.apiKey = setup.apiKey;
        this.shared = setup.shared;
        this.deadlines = setup.deadlines;
        this.ownsShared = setup.ownsShared;
        this.closed = setup.closed;
        this.async = new BeyondWordsClientAsync(this, setup.bindings);
    }

    /** What the constructor computes before it can hand the resources to {@link BeyondWordsResources}. */
    private static final class Setup {
        final ClientOptions options;
        final String apiKey;
        final OkHttpClient shared;
        final DeadlineWatchdog deadlines;
        final boolean ownsShared;
        final AtomicBoolean closed;
        final ResourceBindings bindings;

        private Setup(ClientOptions options, String apiKey, OkHttpClient shared, DeadlineWatchdog deadlines,
                boolean ownsShared, AtomicBoolean closed, ResourceBindings bindings) {
            this.options = options;
            this.apiKey = apiKey;
            this.shared = shared;
            this.deadlines = deadlines;
            this.ownsShared = ownsShared;
            this.closed = closed;
            this.bindings = bindings;
        }

        static Setup of(Builder builder, BeyondWordsClient parentOrNull) {
            String key = validateApiKey(builder.apiKey);
            HttpUrl baseUrl = BaseUrls.parse(builder.baseUrl, builder.allowInsecureHttp);
            LogLevel logLevel = builder.logLevel != null
                    ? builder.logLevel
                    : LogLevel.parse(Env.read(builder.environment, LOG_PROPERTY, LOG_ENV)).orElse(LogLevel.OFF);
            ClientOptions options = new ClientOptions(builder.baseUrl.trim(), builder.allowInsecureHttp,
                    builder.connectTimeout, builder.readTimeout, builder.writeTimeout, builder.deadline,
                    builder.retryPolicy, builder.proxy, builder.userAgentSuffix, logLevel, builder.clock,
                    builder.sleeper, builder.jitterSource, builder.strictResponses);
            boolean owns = parentOrNull == null;
            // A bare client whose pool and dispatcher every derived client shares; each client adds its own settings.
            // The deadline watchdog (one thread) is shared the same way, so withOptions starts no thread.
            OkHttpClient shared = owns ? new OkHttpClient() : parentOrNull.shared;
            DeadlineWatchdog deadlines = owns ? new DeadlineWatchdog(Ticker.of(options.clock())) : parentOrNull.deadlines;
            AtomicBoolean closed = owns ? new AtomicBoolean() : parentOrNull.closed;
            ApiTransport transport = new ApiTransport(shared, deadlines, options, baseUrl, key, closed);
            return new Setup(options, key, shared, deadlines, owns, closed,
                    new ResourceBindings(transport, RESOURCE_COUNT));
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
        Builder builder = toBuilder();
        changes.accept(builder);
        return new BeyondWordsClient(builder, this);
    }

    private Builder toBuilder() {
        Builder b = new Builder(Env.SYSTEM);
        b.apiKey = apiKey;
        b.baseUrl = options.baseUrl();
        b.allowInsecureHttp = options.allowInsecureHttp();
        b.connectTimeout = options.connectTimeout();
        b.readTimeout = options.readTimeout();
        b.writeTimeout = options.writeTimeout();
        b.deadline = options.deadline();
        b.retryPolicy = options.retryPolicy();
        b.proxy = options.proxy().orElse(null);
        b.userAgentSuffix = options.userAgentSuffix().orElse(null);
        b.logLevel = options.logLevel();
        b.clock = options.clock();
        b.sleeper = options.sleeper();
        b.jitterSource = options.jitterSource();
        b.strictResponses = options.strictResponses();
        return b;
    }

    /**
     * Releases the connection pool and the dispatcher's threads, if this client created them (a client from
     * {@link #withOptions(Consumer)} did not). Calls made after closing fail with {@link IllegalStateException}.
     * Idempotent.
     */
    @Override
    public void close() {
        if (ownsShared && closed.compareAndSet(false, true)) {
            shared.dispatcher().executorService().shutdown();
            shared.connectionPool().evictAll();
            deadlines.close();
        }
    }

    @Override
    public String toString() {
        return "BeyondWordsClient{" + options + '}';
    }

    private static String validateApiKey(String key) {
        String where = "set it with BeyondWordsClient.builder().apiKey(...) or the " + API_KEY_ENV
                + " environment variable (or the " + API_KEY_PROPERTY + " system property)";
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("The BeyondWords API key is missing: " + where);
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                // Never echo the key: the message must be safe to log. The index is enough to find a stray newline.
                throw new IllegalArgumentException("The BeyondWords API key must be printable ASCII without"
                        + " whitespace, but has a bad character at index " + i + " (a stray space or newline?): "
                        + where);
            }
        }
        return key;
    }

    /**
     * Builds a {@link BeyondWordsClient}. Not thread-safe. Nothing is validated or opened before {@link #build()},
     * and {@link #build()} does no I/O.
     */
    public static final class Builder {
        private final UnaryOperator<String> environment;
        private String apiKey;
        private String baseUrl = ClientOptions.DEFAULT_BASE_URL;
        private boolean allowInsecureHttp;
        private Duration connectTimeout = ClientOptions.DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = ClientOptions.DEFAULT_READ_TIMEOUT;
        private Duration writeTimeout = ClientOptions.DEFAULT_WRITE_TIMEOUT;
        private Duration deadline = ClientOptions.DEFAULT_DEADLINE;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Proxy proxy;
        private String userAgentSuffix;
        private LogLevel logLevel;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        // ThreadLocalRandom.current() is looked up per use: a captured instance must not be shared across threads.
        private DoubleSupplier jitterSource = () -> ThreadLocalRandom.current().nextDouble();
        private boolean strictResponses;

        Builder(UnaryOperator<String> environment) {
            this.environment = environment;
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
                baseUrl = url;
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
         * The API base URL. Default {@code https://api.beyondwords.io/v1}. Must be https, except for loopback hosts
         * or with {@link #allowInsecureHttp(boolean)}.
         *
         * @param baseUrl an absolute URL
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * Accept a plain {@code http://} base URL for a non-loopback host, sending the key unencrypted. Default
         * false.
         *
         * @param allowInsecureHttp whether to allow it
         * @return this builder
         */
        public Builder allowInsecureHttp(boolean allowInsecureHttp) {
            this.allowInsecureHttp = allowInsecureHttp;
            return this;
        }

        /**
         * Longest wait for a TCP/TLS connection, per attempt. Default 10 seconds; {@link Duration#ZERO} means none.
         *
         * @param connectTimeout not negative
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Durations.requireNotNegative(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * Longest silence while waiting for or reading a response, per attempt. Default 60 seconds;
         * {@link Duration#ZERO} means none.
         *
         * @param readTimeout not negative
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Durations.requireNotNegative(readTimeout, "readTimeout");
            return this;
        }

        /**
         * Longest stall while sending a request, per attempt. Default 60 seconds; {@link Duration#ZERO} means none.
         *
         * @param writeTimeout not negative
         * @return this builder
         */
        public Builder writeTimeout(Duration writeTimeout) {
            this.writeTimeout = Durations.requireNotNegative(writeTimeout, "writeTimeout");
            return this;
        }

        /**
         * The whole call's time limit: every attempt, every wait between attempts, and reading the body. Default 3
         * minutes; {@link Duration#ZERO} means none. Overridable per call with {@link RequestOptions}.
         *
         * @param deadline not negative
         * @return this builder
         */
        public Builder deadline(Duration deadline) {
            this.deadline = Durations.requireNotNegative(deadline, "deadline");
            return this;
        }

        /**
         * How failed calls are retried. Default {@link RetryPolicy#defaults()}: 2 retries, backoff from 0.5 s to
         * 8 s, Retry-After hints up to 60 s honoured.
         *
         * @param retryPolicy the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Shorthand for a {@link #retryPolicy(RetryPolicy)} with this many retries and the other settings unchanged.
         * Default 2 (3 attempts in all); 0 disables retries.
         *
         * @param maxRetries at least 0
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.retryPolicy = retryPolicy.toBuilder().maxRetries(maxRetries).build();
            return this;
        }

        /**
         * An HTTP or SOCKS proxy for every request. Default none set: the JVM's default {@link
         * java.net.ProxySelector} decides.
         *
         * @param proxy the proxy, or {@link Proxy#NO_PROXY} to bypass the system's
         * @return this builder
         */
        public Builder proxy(Proxy proxy) {
            this.proxy = Objects.requireNonNull(proxy, "proxy");
            return this;
        }

        /**
         * Text appended to the User-Agent after a space, e.g. {@code my-app/1.2}. Default none. Non-ASCII and
         * control characters are replaced with {@code ?}.
         *
         * @param userAgentSuffix the suffix
         * @return this builder
         */
        public Builder userAgentSuffix(String userAgentSuffix) {
            this.userAgentSuffix = Objects.requireNonNull(userAgentSuffix, "userAgentSuffix");
            return this;
        }

        /**
         * How much HTTP traffic to log. Default: {@code beyondwords.log} system property or else
         * {@code BEYONDWORDS_LOG} ({@code off}/{@code info}/{@code debug}) if set, otherwise {@link LogLevel#OFF}.
         * Secrets are redacted at every level.
         *
         * @param logLevel the level
         * @return this builder
         */
        public Builder logLevel(LogLevel logLevel) {
            this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
            return this;
        }

        /**
         * Test hook: the clock for the call deadline and for HTTP-date {@code Retry-After} hints. Default
         * {@link Clock#systemUTC()}.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Test hook: what performs the waits between retries and between content-processing polls, so tests can
         * record them instead of waiting. Default {@link Sleeper#system()}.
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Test hook: the source of backoff jitter, returning values in [0, 1]; 1 waits the full backoff, 0 waits 75%
         * of it. Default a thread-local random.
         *
         * @param jitterSource the source
         * @return this builder
         */
        public Builder jitterSource(DoubleSupplier jitterSource) {
            this.jitterSource = Objects.requireNonNull(jitterSource, "jitterSource");
            return this;
        }

        /**
         * Whether a response is checked whole when it arrives. Default {@code false}: a value's members are checked
         * where they are read, so a member the SDK cannot use (missing though required, of the wrong JSON type, a
         * timestamp in an unknown form) fails only the accessor that reads it, with an
         * {@link io.beyondwords.errors.InvalidResponseException}, and one odd item never costs the rest of a page;
         * {@code validate()} on any value checks all its members at once. With {@code true}, every value of every
         * response is validated on arrival and the call fails on the first problem, as an unreadable body does.
         *
         * @param strictResponses whether to validate every response on arrival
         * @return this builder
         */
        public Builder strictResponses(boolean strictResponses) {
            this.strictResponses = strictResponses;
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
            return new BeyondWordsClient(this, null);
        }

        @Override
        public String toString() {
            return "BeyondWordsClient.Builder{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "[redacted]")
                    + '}';
        }
    }
}
