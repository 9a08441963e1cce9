package io.beyondwords;

import io.beyondwords.internal.http.BaseUrls;
import io.beyondwords.internal.http.OkHttpRequirement;
import io.beyondwords.observability.RequestListener;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;

/**
 * The settings of a {@link BeyondWordsClient} other than its API key: immutable, built by {@link #builder()} and
 * read back by {@link BeyondWordsClient#options()}. The key is deliberately not held here, so these settings can be
 * logged, shared and passed around; {@link #toString()} never prints it.
 *
 * <p>Every setting, its default and unit are listed on {@link Builder}; {@link BeyondWordsClient.Builder} offers the
 * same setters and delegates to it.
 */
public final class ClientOptions {
    /** Default {@link #baseUrl()}. */
    public static final String DEFAULT_BASE_URL = "https://api.beyondwords.io/v1";
    /** Default {@link #connectTimeout()}: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default {@link #readTimeout()}: 60 seconds. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    /** Default {@link #writeTimeout()}: 60 seconds. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(60);
    /** Default {@link #deadline()}: 3 minutes, retries and waits included. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(3);

    private final String baseUrl;
    private final HttpUrl parsedBaseUrl;
    private final boolean allowInsecureHttp;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final Duration deadline;
    private final RetryPolicy retryPolicy;
    private final Proxy proxy;
    private final PasswordAuthentication proxyCredentials;
    private final String userAgentSuffix;
    private final String userAgent;
    private final LogLevel logLevel;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier jitterSource;
    private final boolean strictResponses;
    private final List<RequestListener> requestListeners;

    private ClientOptions(Builder builder, HttpUrl parsedBaseUrl, LogLevel logLevel) {
        this.baseUrl = builder.baseUrl.trim();
        this.parsedBaseUrl = parsedBaseUrl;
        this.allowInsecureHttp = builder.allowInsecureHttp;
        this.connectTimeout = builder.connectTimeout;
        this.readTimeout = builder.readTimeout;
        this.writeTimeout = builder.writeTimeout;
        this.deadline = builder.deadline;
        this.retryPolicy = builder.retryPolicy;
        this.proxy = builder.proxy;
        this.proxyCredentials = builder.proxyCredentials;
        this.userAgentSuffix = builder.userAgentSuffix;
        this.userAgent = UserAgent.of(builder.userAgentSuffix);
        this.logLevel = logLevel;
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        this.jitterSource = builder.jitterSource;
        this.strictResponses = builder.strictResponses;
        this.requestListeners = List.copyOf(builder.requestListeners);
    }

    /**
     * A builder with every setting at its default.
     *
     * <pre>{@code
     * ClientOptions patient = ClientOptions.builder()
     *         .readTimeout(Duration.ofMinutes(5))
     *         .maxRetries(5)
     *         .build();
     * }</pre>
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(Env.SYSTEM);
    }

    /** @return a builder holding these settings, to derive others from */
    public Builder toBuilder() {
        Builder b = new Builder(Env.SYSTEM);
        b.baseUrl = baseUrl;
        b.allowInsecureHttp = allowInsecureHttp;
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.writeTimeout = writeTimeout;
        b.deadline = deadline;
        b.retryPolicy = retryPolicy;
        b.proxy = proxy;
        b.proxyCredentials = proxyCredentials;
        b.userAgentSuffix = userAgentSuffix;
        b.logLevel = logLevel;
        b.clock = clock;
        b.sleeper = sleeper;
        b.jitterSource = jitterSource;
        b.strictResponses = strictResponses;
        b.requestListeners.addAll(requestListeners);
        return b;
    }

    /** @return the API base URL as configured, e.g. {@code https://api.beyondwords.io/v1} */
    public String baseUrl() {
        return baseUrl;
    }

    /** The base URL as checked by {@link Builder#build()}, normalised to end in {@code /}. */
    HttpUrl parsedBaseUrl() {
        return parsedBaseUrl;
    }

    /** @return whether plain {@code http://} is accepted for a non-loopback base URL (default false) */
    public boolean allowInsecureHttp() {
        return allowInsecureHttp;
    }

    /** @return the connect timeout per attempt (default 10 s; zero = none) */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return the read timeout, the longest silence while reading (default 60 s; zero = none) */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** @return the write timeout, the longest stall while sending (default 60 s; zero = none) */
    public Duration writeTimeout() {
        return writeTimeout;
    }

    /** @return the overall deadline per call, retries and waits included (default 3 min; zero = none) */
    public Duration deadline() {
        return deadline;
    }

    /** @return the retry policy (default {@link RetryPolicy#defaults()}: 2 retries) */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** @return the proxy, if one was set (default: the JVM's {@link java.net.ProxySelector}) */
    public Optional<Proxy> proxy() {
        return Optional.ofNullable(proxy);
    }

    /** @return the user name sent to a proxy that asks for credentials, if one was set */
    public Optional<String> proxyUser() {
        return proxyCredentials == null ? Optional.empty() : Optional.of(proxyCredentials.getUserName());
    }

    /** The proxy's user and password, for the transport only: no public accessor hands out the password. */
    PasswordAuthentication proxyCredentials() {
        return proxyCredentials;
    }

    /** @return the text appended to the User-Agent, if any */
    public Optional<String> userAgentSuffix() {
        return Optional.ofNullable(userAgentSuffix);
    }

    /** @return the full User-Agent header, {@code beyondwords-java/<version> (Java <version>; <os>)[ suffix]} */
    public String userAgent() {
        return userAgent;
    }

    /** @return the traffic log level (default {@link LogLevel#OFF}, or {@code BEYONDWORDS_LOG}) */
    public LogLevel logLevel() {
        return logLevel;
    }

    /** @return the clock used for deadlines and HTTP-date Retry-After hints (default the system UTC clock) */
    public Clock clock() {
        return clock;
    }

    /** @return what waits between retries (default {@link Sleeper#system()}) */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** @return the jitter source, returning values in [0, 1] (default a thread-local random) */
    public DoubleSupplier jitterSource() {
        return jitterSource;
    }

    /**
     * @return whether every member of a response is checked when it arrives, failing the call on the first unusable
     *     one (default {@code false}: each member is checked where it is read)
     */
    public boolean strictResponses() {
        return strictResponses;
    }

    /** @return the request listeners, in the order they are called (default none) */
    public List<RequestListener> requestListeners() {
        return requestListeners;
    }

    @Override
    public String toString() {
        return "ClientOptions{baseUrl=" + baseUrl + ", apiKey=[redacted], allowInsecureHttp=" + allowInsecureHttp
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", writeTimeout=" + writeTimeout + ", deadline=" + deadline + ", retryPolicy=" + retryPolicy
                + ", proxy=" + proxy + (proxyCredentials == null ? "" : ", proxyCredentials=[redacted]")
                + ", userAgent=" + userAgent + ", logLevel=" + logLevel
                + (strictResponses ? ", strictResponses=true" : "")
                + (requestListeners.isEmpty() ? "" : ", requestListeners=" + requestListeners.size()) + '}';
    }

    /**
     * Builds {@link ClientOptions}: the one place each client setting, its default and its check live. Not
     * thread-safe. Each setter checks its own argument; {@link #build()} checks the base URL.
     */
    public static final class Builder {
        private final UnaryOperator<String> environment;
        private String baseUrl = DEFAULT_BASE_URL;
        private boolean allowInsecureHttp;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
        private Duration deadline = DEFAULT_DEADLINE;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Proxy proxy;
        private PasswordAuthentication proxyCredentials;
        private String userAgentSuffix;
        private LogLevel logLevel;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        // ThreadLocalRandom.current() is looked up per use: a captured instance must not be shared across threads.
        private DoubleSupplier jitterSource = () -> ThreadLocalRandom.current().nextDouble();
        private boolean strictResponses;
        private final List<RequestListener> requestListeners = new ArrayList<>();

        /** @param environment where an unset {@link #logLevel(LogLevel)} is looked up at {@link #build()} */
        Builder(UnaryOperator<String> environment) {
            this.environment = environment;
        }

        /**
         * The API base URL. Default {@code https://api.beyondwords.io/v1}. Must be https, except for loopback hosts
         * or with {@link #allowInsecureHttp(boolean)}; checked at {@link #build()}.
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
         * The user and password for a proxy that asks for them ({@code 407 Proxy Authentication Required}), sent as
         * {@code Proxy-Authorization: Basic} to the proxy only, never to the API; the password is never logged or
         * printed. Default none. Works with {@link #proxy(Proxy)} and with the JVM's proxy selector alike.
         *
         * @param user the user name
         * @param password the password
         * @return this builder
         */
        public Builder proxyCredentials(String user, String password) {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            this.proxyCredentials = new PasswordAuthentication(user, password.toCharArray());
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
         * {@code BEYONDWORDS_LOG} ({@code off}/{@code info}/{@code debug}) if set when {@link #build()} runs,
         * otherwise {@link LogLevel#OFF}. Secrets are redacted at every level.
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
         * Adds a listener that hears every call and attempt (see {@link RequestListener}); several may be added,
         * and are called in the order added. Default none.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder addRequestListener(RequestListener listener) {
            requestListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Checks the base URL and builds the options. Does no I/O.
         *
         * @return the options
         * @throws IllegalArgumentException if the base URL is not acceptable; the message names the setting
         * @throws IllegalStateException if OkHttp is missing, older than 4.12, or on the class path twice; the
         *     message names the artifact to add, remove or upgrade
         */
        public ClientOptions build() {
            OkHttpRequirement.check();
            HttpUrl parsed = BaseUrls.parse(baseUrl, allowInsecureHttp);
            LogLevel level = logLevel;
            if (level == null) {
                String fromEnv = Env.read(environment, BeyondWordsClient.LOG_PROPERTY, BeyondWordsClient.LOG_ENV);
                level = LogLevel.parse(fromEnv).orElse(LogLevel.OFF);
            }
            return new ClientOptions(this, parsed, level);
        }

        /** @return the base URL set so far, for {@link BeyondWordsClient.Builder#toString()} */
        String baseUrl() {
            return baseUrl;
        }

        @Override
        public String toString() {
            return "ClientOptions.Builder{baseUrl=" + baseUrl + '}';
        }
    }
}
