package io.beyondwords.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: too many requests. {@link #retryAfter()} is the server's {@code Retry-After} / {@code Retry-After-Ms}
 * hint; when it was longer than the retry policy's {@code maxRetryAfter}, the SDK did not wait and threw this at once.
 */
public final class RateLimitException extends ApiException {
    private static final long serialVersionUID = 1L;

    RateLimitException(Details details) {
        super(details);
    }

    /** @return how long the server asked the caller to wait, if it said */
    public Optional<Duration> retryAfter() {
        return retryAfterValue();
    }
}
