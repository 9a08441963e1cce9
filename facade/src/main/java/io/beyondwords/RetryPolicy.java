package io.beyondwords;

import java.time.Duration;
import java.util.Objects;

/**
 * How the SDK retries a failed call: how many times, how long it waits in between, and how long a server's
 * {@code Retry-After} hint may ask it to wait.
 *
 * <p>Immutable and thread-safe. Which failures are retried at all is fixed by the SDK and does not depend on this
 * policy: {@code GET} and {@code PUT} are retried on 408, 429, 500, 502, 503, 504, connection failures and timeouts;
 * {@code POST} only when the request certainly was not processed (the connection failed before the request was
 * written, or the server answered 429 or 503). See docs/retries-and-timeouts.md for the full table.
 *
 * <p>The wait before retry {@code n} (1-based) is
 * {@code min(initialBackoff × 2^(n−1), maxBackoff) × f}, with {@code f} drawn uniformly from [0.75, 1] (jitter, so
 * that many clients failing together do not retry together). When the response carries {@code Retry-After-Ms} or
 * {@code Retry-After} (seconds or an HTTP date), that hint is waited instead; a hint longer than
 * {@link #maxRetryAfter()} is not waited at all: the call fails at once with the error for that response
 * ({@code RateLimitException} for 429) carrying the hint.
 *
 * <p>All waits count against the call deadline; the SDK never waits past it.
 */
public final class RetryPolicy {

    /** Default {@link #maxRetries()}: 2 retries, i.e. at most 3 attempts. */
    public static final int DEFAULT_MAX_RETRIES = 2;
    /** Default {@link #initialBackoff()}: 500 milliseconds. */
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);
    /** Default {@link #maxBackoff()}: 8 seconds. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(8);
    /** Default {@link #maxRetryAfter()}: 60 seconds. */
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private static final RetryPolicy DEFAULTS = new Builder().build();
    private static final RetryPolicy NONE = new Builder().maxRetries(0).build();

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;

    private RetryPolicy(Builder builder) {
        this.maxRetries = builder.maxRetries;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.maxRetryAfter = builder.maxRetryAfter;
    }

    /**
     * The default policy: 2 retries (3 attempts), initial backoff 500 ms, max backoff 8 s, max Retry-After 60 s.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * A policy that never retries: each call makes exactly one attempt. Backoff settings keep their defaults.
     *
     * @return the no-retry policy
     */
    public static RetryPolicy none() {
        return NONE;
    }

    /**
     * A builder starting from {@link #defaults()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this policy's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .maxRetries(maxRetries)
                .initialBackoff(initialBackoff)
                .maxBackoff(maxBackoff)
                .maxRetryAfter(maxRetryAfter);
    }

    /**
     * How many times a failed attempt is retried; {@code 0} means one attempt only. Default 2 (3 attempts in all).
     *
     * @return the number of retries, at least 0
     */
    public int maxRetries() {
        return maxRetries;
    }

    /**
     * The wait before the first retry, before jitter; it doubles for each further retry up to {@link #maxBackoff()}.
     * Default 500 milliseconds.
     *
     * @return the initial backoff, not negative
     */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /**
     * The longest computed backoff, before jitter. Default 8 seconds.
     *
     * @return the backoff ceiling, not negative
     */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /**
     * The longest {@code Retry-After} / {@code Retry-After-Ms} hint the SDK waits out. A longer hint makes the call
     * fail at once with the rate-limit error carrying the hint, so a server cannot park a caller's thread for
     * minutes. Default 60 seconds.
     *
     * @return the cap on server-requested waits, not negative
     */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RetryPolicy)) {
            return false;
        }
        RetryPolicy that = (RetryPolicy) other;
        return maxRetries == that.maxRetries
                && initialBackoff.equals(that.initialBackoff)
                && maxBackoff.equals(that.maxBackoff)
                && maxRetryAfter.equals(that.maxRetryAfter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxRetries, initialBackoff, maxBackoff, maxRetryAfter);
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxRetries=" + maxRetries
                + ", initialBackoff=" + initialBackoff
                + ", maxBackoff=" + maxBackoff
                + ", maxRetryAfter=" + maxRetryAfter + '}';
    }

    /** Builds a {@link RetryPolicy}; starts from the defaults. Not thread-safe. */
    public static final class Builder {
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
        private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;

        private Builder() {
        }

        /**
         * How many times a failed attempt is retried. Default 2 (3 attempts in all).
         *
         * @param maxRetries the number of retries, at least 0
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * The wait before the first retry, before jitter. Default 500 milliseconds.
         *
         * @param initialBackoff not null, not negative
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = requireNotNegative(initialBackoff, "initialBackoff");
            return this;
        }

        /**
         * The longest computed backoff, before jitter. Default 8 seconds.
         *
         * @param maxBackoff not null, not negative
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = requireNotNegative(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * The longest {@code Retry-After} hint that is waited out; a longer one fails the call at once. Default
         * 60 seconds.
         *
         * @param maxRetryAfter not null, not negative
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = requireNotNegative(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        /**
         * Builds the immutable policy.
         *
         * @return the policy
         */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration requireNotNegative(Duration value, String name) {
            Objects.requireNonNull(value, name + " must not be null");
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + value);
            }
            return value;
        }
    }
}
