package io.beyondwords.testkit;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A webhook the stand-in delivers to, as a project's webhook is configured in the BeyondWords dashboard: a URL and
 * custom request headers. When a content item created over HTTP finishes processing ({@code audio.updated}), fails
 * ({@code audio.error}) or is deleted ({@code audio.deleted}), the stand-in POSTs the documented payload (the newest
 * documented generation's members: {@code id}, {@code title}, {@code project_id}, {@code external_id} (the item's
 * {@code source_id}), {@code state}, {@code metadata}, {@code media}, {@code published}, {@code action_type}) to
 * every webhook, in the background, and records each attempt ({@link BeyondWordsStandIn#webhookDeliveries()}).
 *
 * <p>As BeyondWords does, it retries a delivery answered with a status other than 2xx, or not answered within the
 * timeout, with exponential backoff: attempt {@code n > 1} waits {@code min(maxBackoff, firstBackoff * 2^(n-2))}.
 * Tests set the backoff to zero, or give a {@link Sleeper} that records the waits instead of waiting.
 */
public final class StandInWebhook {
    /** Default attempts per event and webhook. */
    public static final int DEFAULT_MAX_ATTEMPTS = 4;
    /** Default wait before the second attempt. */
    public static final Duration DEFAULT_FIRST_BACKOFF = Duration.ofMillis(100);
    /** Default longest wait between attempts. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(2);
    /** Default time a receiver has to answer one attempt. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /** Waits between attempts; tests give one that records instead of waiting. */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * @param duration how long to wait
         * @throws InterruptedException if interrupted, which ends the delivery (the stand-in is closing)
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    private final URI url;
    private final Map<String, String> headers;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Duration timeout;
    private final Sleeper sleeper;

    private StandInWebhook(Builder builder) {
        this.url = builder.url;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
        this.maxAttempts = builder.maxAttempts;
        this.firstBackoff = builder.firstBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.timeout = builder.timeout;
        this.sleeper = builder.sleeper;
    }

    /**
     * @param url where to POST, an {@code http} or {@code https} URL
     * @return a builder with the defaults
     */
    public static Builder builder(URI url) {
        return new Builder(url);
    }

    /** @return where deliveries are POSTed */
    public URI url() {
        return url;
    }

    /** @return the custom request headers sent with every delivery, by name in their order */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return attempts per event, 1 or more */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the wait before the second attempt */
    public Duration firstBackoff() {
        return firstBackoff;
    }

    /** @return the longest wait between attempts */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return how long one attempt may take before it counts as timed out */
    public Duration timeout() {
        return timeout;
    }

    /** @return what waits between attempts */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * @param attempt the attempt, 2 or more
     * @return how long to wait before it
     */
    Duration backoffBefore(int attempt) {
        Duration wait = firstBackoff;
        for (int i = 2; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** @return the URL and header names; never a header's value, which is a secret */
    @Override
    public String toString() {
        return "StandInWebhook[" + url + ", headers=" + headers.keySet() + "]";
    }

    /** Configures a {@link StandInWebhook}. */
    public static final class Builder {
        private final URI url;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration firstBackoff = DEFAULT_FIRST_BACKOFF;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
        private Duration timeout = DEFAULT_TIMEOUT;
        private Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());

        private Builder(URI url) {
            Objects.requireNonNull(url, "url");
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
                throw new IllegalArgumentException("a webhook URL is an absolute http or https URL, not " + url);
            }
            this.url = url;
        }

        /**
         * Adds a custom request header, as the dashboard allows (e.g. {@code Authorization: Bearer ...}).
         *
         * @param name the header's name
         * @param value its value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * @param maxAttempts attempts per event, 1 or more (default {@value StandInWebhook#DEFAULT_MAX_ATTEMPTS})
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be 1 or more");
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param first the wait before the second attempt (default 100 ms); zero for tests
         * @param max the longest wait (default 2 s), not less than {@code first}
         * @return this builder
         */
        public Builder backoff(Duration first, Duration max) {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(max, "max");
            if (first.isNegative() || max.compareTo(first) < 0) {
                throw new IllegalArgumentException("the backoff must be 0 or more and max not less than first");
            }
            this.firstBackoff = first;
            this.maxBackoff = max;
            return this;
        }

        /**
         * @param timeout how long one attempt may take, positive (default 5 s)
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * @param sleeper what waits between attempts (default {@link Thread#sleep})
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** @return the webhook */
        public StandInWebhook build() {
            return new StandInWebhook(this);
        }
    }
}
