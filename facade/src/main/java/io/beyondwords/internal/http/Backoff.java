package io.beyondwords.internal.http;

import io.beyondwords.RetryPolicy;
import java.time.Duration;

/** The computed wait before a retry when the server gave no usable {@code Retry-After} hint. */
final class Backoff {

    /** Jitter scales the exponential backoff by a factor in [0.75, 1]: spread out, but never much shorter. */
    static final double MIN_JITTER_FACTOR = 0.75;

    private Backoff() {
    }

    /**
     * {@code min(initialBackoff × 2^(retry−1), maxBackoff) × (0.75 + 0.25 × random)}, rounded to the nanosecond.
     *
     * @param policy the policy in force
     * @param retry which retry this wait precedes, 1-based
     * @param random a number in [0, 1]; values outside are clamped
     */
    static Duration forRetry(RetryPolicy policy, int retry, double random) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry is 1-based, was " + retry);
        }
        long initialNanos = saturatedNanos(policy.initialBackoff());
        long maxNanos = saturatedNanos(policy.maxBackoff());
        int doublings = retry - 1;
        long exponential;
        if (initialNanos == 0) {
            exponential = 0;
        } else if (doublings >= 63 || initialNanos > (Long.MAX_VALUE >> doublings)) {
            exponential = Long.MAX_VALUE;
        } else {
            exponential = initialNanos << doublings;
        }
        long capped = Math.min(exponential, maxNanos);
        double clamped = Double.isNaN(random) ? 1.0 : Math.max(0.0, Math.min(1.0, random));
        double factor = MIN_JITTER_FACTOR + (1.0 - MIN_JITTER_FACTOR) * clamped;
        return Duration.ofNanos(Math.round(capped * factor));
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }
}
