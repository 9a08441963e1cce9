package io.beyondwords;

import io.beyondwords.internal.http.ApiKeys;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for one call that override the client's: pass as the last argument of any service method. Every setting
 * left unset keeps the client's value. Immutable and thread-safe.
 *
 * <pre>{@code
 * RequestOptions patient = RequestOptions.builder().deadline(Duration.ofMinutes(10)).retryPolicy(RetryPolicy.none()).build();
 * client.backgroundTracks().retrieve(42, patient);
 * }</pre>
 */
public final class RequestOptions {
    private static final RequestOptions NONE = new Builder().build();

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final Duration deadline;
    private final RetryPolicy retryPolicy;
    private final String apiKey;

    private RequestOptions(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.writeTimeout = b.writeTimeout;
        this.deadline = b.deadline;
        this.retryPolicy = b.retryPolicy;
        this.apiKey = b.apiKey;
    }

    /** @return options that override nothing */
    public static RequestOptions none() {
        return NONE;
    }

    /** @return a builder that overrides nothing yet */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.writeTimeout = writeTimeout;
        b.deadline = deadline;
        b.retryPolicy = retryPolicy;
        b.apiKey = apiKey;
        return b;
    }

    /** @return the connect timeout for each attempt of this call, if overridden */
    public Optional<Duration> connectTimeout() {
        return Optional.ofNullable(connectTimeout);
    }

    /** @return the read timeout (longest silence while reading) for this call, if overridden */
    public Optional<Duration> readTimeout() {
        return Optional.ofNullable(readTimeout);
    }

    /** @return the write timeout (longest stall while sending) for this call, if overridden */
    public Optional<Duration> writeTimeout() {
        return Optional.ofNullable(writeTimeout);
    }

    /** @return the overall deadline of this call, retries and waits included, if overridden */
    public Optional<Duration> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** @return the retry policy for this call, if overridden */
    public Optional<RetryPolicy> retryPolicy() {
        return Optional.ofNullable(retryPolicy);
    }

    /**
     * The key this call is sent with instead of the client's, if overridden: one client (and one connection pool)
     * can serve several BeyondWords organisations. Sent, like the client's, only to the base URL's origin, and never
     * logged or printed.
     *
     * @return the call's key, if overridden
     */
    public Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RequestOptions)) {
            return false;
        }
        RequestOptions that = (RequestOptions) o;
        return Objects.equals(connectTimeout, that.connectTimeout) && Objects.equals(readTimeout, that.readTimeout)
                && Objects.equals(writeTimeout, that.writeTimeout) && Objects.equals(deadline, that.deadline)
                && Objects.equals(retryPolicy, that.retryPolicy) && Objects.equals(apiKey, that.apiKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(connectTimeout, readTimeout, writeTimeout, deadline, retryPolicy, apiKey);
    }

    @Override
    public String toString() {
        return "RequestOptions{connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", writeTimeout=" + writeTimeout + ", deadline=" + deadline + ", retryPolicy=" + retryPolicy
                + (apiKey == null ? "" : ", apiKey=[redacted]") + '}';
    }

    /** Builds {@link RequestOptions}. Not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration writeTimeout;
        private Duration deadline;
        private RetryPolicy retryPolicy;
        private String apiKey;

        private Builder() {
        }

        /**
         * @param connectTimeout longest wait for a TCP/TLS connection per attempt; {@link Duration#ZERO} means none.
         *     Client default 10 seconds.
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Durations.requireNotNegative(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * @param readTimeout longest silence while waiting for or reading the response; {@link Duration#ZERO} means
         *     none. Client default 60 seconds.
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Durations.requireNotNegative(readTimeout, "readTimeout");
            return this;
        }

        /**
         * @param writeTimeout longest stall while sending the request; {@link Duration#ZERO} means none. Client
         *     default 60 seconds.
         * @return this builder
         */
        public Builder writeTimeout(Duration writeTimeout) {
            this.writeTimeout = Durations.requireNotNegative(writeTimeout, "writeTimeout");
            return this;
        }

        /**
         * @param deadline the whole call's time limit, every attempt and wait between attempts included;
         *     {@link Duration#ZERO} means none. Client default 3 minutes.
         * @return this builder
         */
        public Builder deadline(Duration deadline) {
            this.deadline = Durations.requireNotNegative(deadline, "deadline");
            return this;
        }

        /**
         * @param retryPolicy how this call retries; client default {@link RetryPolicy#defaults()} (2 retries)
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Sends this call with another organisation's key instead of the client's, through the same client and
         * connection pool. Checked as the client's key is; sent only to the base URL's origin, never logged.
         *
         * <pre>{@code
         * RequestOptions otherOrganisation = RequestOptions.builder().apiKey(System.getenv("OTHER_ORG_KEY")).build();
         * client.backgroundTracks().list(BackgroundTrackListParams.none(), otherOrganisation);
         * }</pre>
         *
         * @param apiKey the key
         * @return this builder
         * @throws IllegalArgumentException if the key is blank or has whitespace, control or non-ASCII characters;
         *     the message never contains the key
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = ApiKeys.check(apiKey, "give RequestOptions.Builder.apiKey(...) a key from the dashboard");
            return this;
        }

        /** @return the immutable options */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
