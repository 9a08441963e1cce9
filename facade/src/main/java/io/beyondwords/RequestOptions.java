package io.beyondwords;

import io.beyondwords.internal.http.ApiKeys;
import io.beyondwords.internal.http.ExtraMembers;
import java.time.Duration;
import java.util.Map;
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
    private final ExtraMembers extras;

    private RequestOptions(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.writeTimeout = b.writeTimeout;
        this.deadline = b.deadline;
        this.retryPolicy = b.retryPolicy;
        this.apiKey = b.apiKey;
        this.extras = b.extras.build();
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
        b.extras.putAll(extras);
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

    /**
     * Returns the headers this call sends beyond the ones the SDK sets.
     *
     * @return the extra headers by name, in the order put; empty for none; unmodifiable
     */
    public Map<String, String> additionalHeaders() {
        return extras.headers();
    }

    /**
     * Returns the query parameters this call sends beyond the ones its params declare.
     *
     * @return the extra query parameters by name, in the order put; empty for none; unmodifiable
     */
    public Map<String, String> additionalQueryParams() {
        return extras.query();
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
                && Objects.equals(retryPolicy, that.retryPolicy) && Objects.equals(apiKey, that.apiKey)
                && extras.equals(that.extras);
    }

    @Override
    public int hashCode() {
        return Objects.hash(connectTimeout, readTimeout, writeTimeout, deadline, retryPolicy, apiKey, extras);
    }

    @Override
    public String toString() {
        return "RequestOptions{connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", writeTimeout=" + writeTimeout + ", deadline=" + deadline + ", retryPolicy=" + retryPolicy
                + (apiKey == null ? "" : ", apiKey=[redacted]")
                + (extras.equals(ExtraMembers.NONE) ? "" : ", additionalQueryParams=" + extras.query()
                        + ", additionalHeaders=" + extras.headers().keySet())
                + '}';
    }

    /** Builds {@link RequestOptions}. Not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration writeTimeout;
        private Duration deadline;
        private RetryPolicy retryPolicy;
        private String apiKey;
        private final ExtraMembers.Builder extras = new ExtraMembers.Builder("RequestOptions");

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

        /**
         * Adds a header to this call, e.g. one the API accepts but its description does not list. A header of the
         * same name put before (names compare ignoring case) is replaced; a params type's own
         * {@code putAdditionalHeader} wins over this one.
         *
         * @param name the header's name
         * @param value its value
         * @return this builder
         * @throws IllegalArgumentException if HTTP does not allow the name or value, or the header is one the SDK sets
         *     itself: {@code X-Api-Key} (use {@link #apiKey(String)}), {@code Host}, {@code Content-Length},
         *     {@code Transfer-Encoding}, {@code Connection}
         */
        public Builder putAdditionalHeader(String name, String value) {
            extras.putHeader(name, value);
            return this;
        }

        /**
         * Adds each of the given headers, as {@link #putAdditionalHeader(String, String)} does.
         *
         * @param headers the headers by name
         * @return this builder
         * @throws IllegalArgumentException as {@link #putAdditionalHeader(String, String)} does
         */
        public Builder putAllAdditionalHeaders(Map<String, String> headers) {
            Objects.requireNonNull(headers, "headers").forEach(extras::putHeader);
            return this;
        }

        /**
         * Removes a header put before, if any; names compare ignoring case.
         *
         * @param name the header's name
         * @return this builder
         */
        public Builder removeAdditionalHeader(String name) {
            extras.removeHeader(name);
            return this;
        }

        /**
         * Adds a query parameter to this call, e.g. one the API accepts but its description does not list. The SDK
         * encodes name and value; one of the same name put before is replaced, and a params type's own
         * {@code putAdditionalQueryParam} wins over this one.
         *
         * @param name the parameter's name
         * @param value its value
         * @return this builder
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder putAdditionalQueryParam(String name, String value) {
            extras.putQuery(name, value);
            return this;
        }

        /**
         * Adds each of the given query parameters, as {@link #putAdditionalQueryParam(String, String)} does.
         *
         * @param params the parameters by name
         * @return this builder
         * @throws IllegalArgumentException if a name is blank
         */
        public Builder putAllAdditionalQueryParams(Map<String, String> params) {
            Objects.requireNonNull(params, "params").forEach(extras::putQuery);
            return this;
        }

        /**
         * Removes a query parameter put before, if any.
         *
         * @param name the parameter's name
         * @return this builder
         */
        public Builder removeAdditionalQueryParam(String name) {
            extras.removeQuery(name);
            return this;
        }

        /** @return the immutable options */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
