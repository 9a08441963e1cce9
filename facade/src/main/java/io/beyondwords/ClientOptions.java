package io.beyondwords;

import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * The settings a {@link BeyondWordsClient} was built with, as read back by {@link BeyondWordsClient#options()}.
 * Immutable. The API key is deliberately not readable here and never printed by {@link #toString()}.
 *
 * <p>Every setting, its default and unit are listed on {@link BeyondWordsClient.Builder}.
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
    private final boolean allowInsecureHttp;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final Duration deadline;
    private final RetryPolicy retryPolicy;
    private final Proxy proxy;
    private final String userAgentSuffix;
    private final String userAgent;
    private final LogLevel logLevel;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier jitterSource;
    private final boolean strictResponses;

    ClientOptions(String baseUrl, boolean allowInsecureHttp, Duration connectTimeout, Duration readTimeout,
            Duration writeTimeout, Duration deadline, RetryPolicy retryPolicy, Proxy proxy, String userAgentSuffix,
            LogLevel logLevel, Clock clock, Sleeper sleeper, DoubleSupplier jitterSource, boolean strictResponses) {
        this.baseUrl = baseUrl;
        this.allowInsecureHttp = allowInsecureHttp;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.writeTimeout = writeTimeout;
        this.deadline = deadline;
        this.retryPolicy = retryPolicy;
        this.proxy = proxy;
        this.userAgentSuffix = userAgentSuffix;
        this.userAgent = UserAgent.of(userAgentSuffix);
        this.logLevel = logLevel;
        this.clock = clock;
        this.sleeper = sleeper;
        this.jitterSource = jitterSource;
        this.strictResponses = strictResponses;
    }

    /** @return the API base URL as configured, e.g. {@code https://api.beyondwords.io/v1} */
    public String baseUrl() {
        return baseUrl;
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

    @Override
    public String toString() {
        return "ClientOptions{baseUrl=" + baseUrl + ", apiKey=[redacted], allowInsecureHttp=" + allowInsecureHttp
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", writeTimeout=" + writeTimeout + ", deadline=" + deadline + ", retryPolicy=" + retryPolicy
                + ", proxy=" + proxy + ", userAgent=" + userAgent + ", logLevel=" + logLevel
                + (strictResponses ? ", strictResponses=true" : "") + '}';
    }
}
