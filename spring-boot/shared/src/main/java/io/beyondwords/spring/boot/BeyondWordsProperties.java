package io.beyondwords.spring.boot;

import io.beyondwords.LogLevel;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code beyondwords.*} settings the auto-configured {@link io.beyondwords.BeyondWordsClient} is built from. Each
 * default is the SDK's own ({@link io.beyondwords.ClientOptions}); Boot's relaxed binding also reads them from the
 * environment, so {@code BEYONDWORDS_API_KEY} and {@code BEYONDWORDS_BASE_URL} work as they do without Spring.
 */
@ConfigurationProperties(prefix = "beyondwords")
public final class BeyondWordsProperties {
    /**
     * The API key from the BeyondWords dashboard, sent as X-Api-Key to the base URL's origin only. Required: the
     * application fails to start without it.
     */
    private String apiKey;

    /** The API base URL. Must be https, except for a loopback host (a test stand-in). */
    private String baseUrl = "https://api.beyondwords.io/v1";

    /** Longest wait for a TCP/TLS connection, per attempt; 0 means none. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** Longest silence while waiting for or reading a response, per attempt; 0 means none. */
    private Duration readTimeout = Duration.ofSeconds(60);

    /** Longest stall while sending a request, per attempt; 0 means none. */
    private Duration writeTimeout = Duration.ofSeconds(60);

    /**
     * The whole call's time limit: every attempt, every wait between attempts, and reading the body; 0 means none.
     */
    private Duration deadline = Duration.ofMinutes(3);

    /** How many times a failed call is retried (0 disables retries). */
    private int maxRetries = 2;

    /**
     * What the SDK logs through System.Logger: off, info (one line per request and response) or debug (headers
     * too, redacted). Unset: the BEYONDWORDS_LOG environment variable, else off.
     */
    private LogLevel logLevel;

    /** Whether every response is validated whole on arrival, failing the call on the first problem. */
    private boolean strictResponses;

    /** Text appended to the User-Agent header, e.g. your application's name and version. */
    private String userAgentSuffix;

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public Duration getWriteTimeout() {
        return writeTimeout;
    }

    public void setWriteTimeout(Duration writeTimeout) {
        this.writeTimeout = writeTimeout;
    }

    public Duration getDeadline() {
        return deadline;
    }

    public void setDeadline(Duration deadline) {
        this.deadline = deadline;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public LogLevel getLogLevel() {
        return logLevel;
    }

    public void setLogLevel(LogLevel logLevel) {
        this.logLevel = logLevel;
    }

    public boolean isStrictResponses() {
        return strictResponses;
    }

    public void setStrictResponses(boolean strictResponses) {
        this.strictResponses = strictResponses;
    }

    public String getUserAgentSuffix() {
        return userAgentSuffix;
    }

    public void setUserAgentSuffix(String userAgentSuffix) {
        this.userAgentSuffix = userAgentSuffix;
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "BeyondWordsProperties{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "[redacted]")
                + '}';
    }
}
