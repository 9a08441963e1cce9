package io.beyondwords.errors;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The server answered with a status outside 2xx. Each status has its own subclass, so callers can catch exactly what
 * they handle:
 *
 * <table>
 * <caption>Status to exception</caption>
 * <tr><th>Status</th><th>Exception</th></tr>
 * <tr><td>400</td><td>{@link BadRequestException}</td></tr>
 * <tr><td>401</td><td>{@link AuthenticationException}</td></tr>
 * <tr><td>403</td><td>{@link PermissionDeniedException}</td></tr>
 * <tr><td>404</td><td>{@link NotFoundException}</td></tr>
 * <tr><td>409</td><td>{@link ConflictException}</td></tr>
 * <tr><td>422</td><td>{@link UnprocessableEntityException}</td></tr>
 * <tr><td>429</td><td>{@link RateLimitException}</td></tr>
 * <tr><td>500–599</td><td>{@link InternalServerException}</td></tr>
 * <tr><td>any other</td><td>{@link UnexpectedStatusException}</td></tr>
 * </table>
 *
 * <p>The body is kept as the first 64 KiB of text; {@link #errorMessage()}, {@link #type()}, {@link #code()} and
 * {@link #fieldErrors()} are read from it when it is JSON in one of the shapes the API uses.
 */
public class ApiException extends BeyondWordsException {
    private static final long serialVersionUID = 1L;

    /** The most of an error body kept in {@link #body()}: 64 KiB (65,536 bytes, decoded as UTF-8). */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final transient Details details;

    ApiException(Details details) {
        super(details.oneLineMessage(), null, details.outcomeUnknown);
        this.details = details;
    }

    /**
     * The exception for {@code details.statusCode()}: the one place that decides which class each status gets. Useful
     * in tests that need to simulate an API failure.
     *
     * @param details what the server answered
     * @return the matching subclass
     * @throws IllegalArgumentException if the status is a 2xx
     */
    public static ApiException forStatus(Details details) {
        Objects.requireNonNull(details, "details");
        int status = details.statusCode;
        if (status >= 200 && status <= 299) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
        switch (status) {
            case 400: return new BadRequestException(details);
            case 401: return new AuthenticationException(details);
            case 403: return new PermissionDeniedException(details);
            case 404: return new NotFoundException(details);
            case 409: return new ConflictException(details);
            case 422: return new UnprocessableEntityException(details);
            case 429: return new RateLimitException(details);
            default:
                return status >= 500 && status <= 599
                        ? new InternalServerException(details)
                        : new UnexpectedStatusException(details);
        }
    }

    /** @return the HTTP status code, e.g. 404 */
    public int statusCode() {
        return details.statusCode;
    }

    /**
     * The response headers. Names are case-insensitive; {@code Set-Cookie} values are redacted.
     *
     * @return an unmodifiable map from header name to its values
     */
    public Map<String, List<String>> headers() {
        return details.headers;
    }

    /**
     * The first value of a response header.
     *
     * @param name the header name, any case
     * @return the value, if present
     */
    public Optional<String> header(String name) {
        List<String> values = details.headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The response body as text, at most {@link #MAX_BODY_BYTES}; empty if there was none.
     *
     * @return the (possibly truncated) raw body
     */
    public String body() {
        return details.body;
    }

    /**
     * The body's {@code message}: a string as sent, or the JSON text when the server sent other JSON.
     *
     * @return the server's message, if the body had one
     */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(details.errorMessage);
    }

    /** @return the body's {@code type}, e.g. {@code permission_error}, if present */
    public Optional<String> type() {
        return Optional.ofNullable(details.type);
    }

    /** @return the body's {@code code} (the API repeats the status there), if present */
    public OptionalInt code() {
        return details.code == null ? OptionalInt.empty() : OptionalInt.of(details.code);
    }

    /** @return the body's {@code errors[]} entries, one per invalid field; empty if none */
    public List<FieldError> fieldErrors() {
        return details.fieldErrors;
    }

    /** @return the {@code X-Request-Id} response header, to quote to BeyondWords support */
    public Optional<String> requestId() {
        return Optional.ofNullable(details.requestId);
    }

    /**
     * {@code true} for 408, 429, 500, 502, 503 and 504, unless the outcome is unknown (a {@code POST} that may
     * have been processed).
     */
    @Override
    public boolean isRetryable() {
        if (isOutcomeUnknown()) {
            return false;
        }
        int s = details.statusCode;
        return s == 408 || s == 429 || s == 500 || s == 502 || s == 503 || s == 504;
    }

    Optional<Duration> retryAfterValue() {
        return Optional.ofNullable(details.retryAfter);
    }

    /**
     * What the server answered, as the SDK read it. Immutable; built with {@link #builder(int)}.
     */
    public static final class Details {
        private final int statusCode;
        private final Map<String, List<String>> headers;
        private final String body;
        private final String errorMessage;
        private final String type;
        private final Integer code;
        private final List<FieldError> fieldErrors;
        private final String requestId;
        private final Duration retryAfter;
        private final boolean outcomeUnknown;

        private Details(Builder b) {
            this.statusCode = b.statusCode;
            TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            b.headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
            this.headers = Collections.unmodifiableMap(copy);
            this.body = b.body;
            this.errorMessage = b.errorMessage;
            this.type = b.type;
            this.code = b.code;
            this.fieldErrors = List.copyOf(b.fieldErrors);
            this.requestId = b.requestId;
            this.retryAfter = b.retryAfter;
            this.outcomeUnknown = b.outcomeUnknown;
        }

        /**
         * @param statusCode the HTTP status, 400 or more
         * @return a builder with no headers, an empty body and nothing parsed
         */
        public static Builder builder(int statusCode) {
            return new Builder(statusCode);
        }

        String oneLineMessage() {
            StringBuilder sb = new StringBuilder("HTTP ").append(statusCode);
            String text = errorMessage;
            if (text == null && !fieldErrors.isEmpty()) {
                text = "invalid request";
            }
            if (text != null) {
                sb.append(": ").append(text);
            }
            if (!fieldErrors.isEmpty()) {
                sb.append(" (");
                for (int i = 0; i < fieldErrors.size(); i++) {
                    FieldError e = fieldErrors.get(i);
                    sb.append(i == 0 ? "" : "; ").append(e.location()).append(' ').append(e.message());
                }
                sb.append(')');
            }
            if (type != null) {
                sb.append(" [type ").append(type).append(']');
            }
            if (retryAfter != null) {
                sb.append(" [retry after ").append(retryAfter.toMillis()).append(" ms]");
            }
            if (requestId != null) {
                sb.append(" [request id ").append(requestId).append(']');
            }
            if (outcomeUnknown) {
                sb.append(" [outcome unknown: the request may have been processed]");
            }
            return oneLine(sb.toString());
        }

        private static String oneLine(String text) {
            String flat = text.replaceAll("[\\r\\n\\t]+", " ");
            return flat.length() <= 1000 ? flat : flat.substring(0, 1000) + "…";
        }

        /** Builds {@link Details}. Not thread-safe. */
        public static final class Builder {
            private final int statusCode;
            private Map<String, List<String>> headers = Map.of();
            private String body = "";
            private String errorMessage;
            private String type;
            private Integer code;
            private List<FieldError> fieldErrors = List.of();
            private String requestId;
            private Duration retryAfter;
            private boolean outcomeUnknown;

            private Builder(int statusCode) {
                if (statusCode < 100 || statusCode > 999) {
                    throw new IllegalArgumentException("not an HTTP status: " + statusCode);
                }
                this.statusCode = statusCode;
            }

            /**
             * @param headers response headers; default none
             * @return this builder
             */
            public Builder headers(Map<String, List<String>> headers) {
                this.headers = Objects.requireNonNull(headers, "headers");
                return this;
            }

            /**
             * @param body the raw body text, already bounded; default empty
             * @return this builder
             */
            public Builder body(String body) {
                this.body = Objects.requireNonNull(body, "body");
                return this;
            }

            /**
             * @param errorMessage the body's message, or {@code null}
             * @return this builder
             */
            public Builder errorMessage(String errorMessage) {
                this.errorMessage = errorMessage;
                return this;
            }

            /**
             * @param type the body's type, or {@code null}
             * @return this builder
             */
            public Builder type(String type) {
                this.type = type;
                return this;
            }

            /**
             * @param code the body's code, or {@code null}
             * @return this builder
             */
            public Builder code(Integer code) {
                this.code = code;
                return this;
            }

            /**
             * @param fieldErrors the body's errors[]; default none
             * @return this builder
             */
            public Builder fieldErrors(List<FieldError> fieldErrors) {
                this.fieldErrors = Objects.requireNonNull(fieldErrors, "fieldErrors");
                return this;
            }

            /**
             * @param requestId the request id header, or {@code null}
             * @return this builder
             */
            public Builder requestId(String requestId) {
                this.requestId = requestId;
                return this;
            }

            /**
             * @param retryAfter the parsed Retry-After hint, or {@code null}
             * @return this builder
             */
            public Builder retryAfter(Duration retryAfter) {
                this.retryAfter = retryAfter;
                return this;
            }

            /**
             * @param outcomeUnknown whether a POST may have been processed; default false
             * @return this builder
             */
            public Builder outcomeUnknown(boolean outcomeUnknown) {
                this.outcomeUnknown = outcomeUnknown;
                return this;
            }

            /** @return the immutable details */
            public Details build() {
                return new Details(this);
            }
        }
    }
}
