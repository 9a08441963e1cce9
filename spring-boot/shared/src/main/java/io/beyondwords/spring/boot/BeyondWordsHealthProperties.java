package io.beyondwords.spring.boot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code management.health.beyondwords.*} settings of the BeyondWords health indicator, which calls the API (a
 * paid one) and so is off unless enabled.
 */
@ConfigurationProperties(prefix = "management.health.beyondwords")
public final class BeyondWordsHealthProperties {
    /**
     * Whether the BeyondWords health indicator is configured. Off by default: each check is a call to the API,
     * counted against the organisation's key.
     */
    private boolean enabled;

    /** How long one check's result is reused before the API is called again. */
    private Duration cacheTime = Duration.ofMinutes(5);

    /** The check's time limit; it is never retried. */
    private Duration timeout = Duration.ofSeconds(10);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Duration getCacheTime() {
        return cacheTime;
    }

    public void setCacheTime(Duration cacheTime) {
        this.cacheTime = cacheTime;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }
}
