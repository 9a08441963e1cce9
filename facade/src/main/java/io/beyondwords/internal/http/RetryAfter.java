package io.beyondwords.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Reads how long a server asked the client to wait before trying again.
 *
 * <p>{@code Retry-After-Ms} (milliseconds, a non-negative integer or decimal; sent by some API gateways) wins over
 * {@code Retry-After}, which is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). A date in the past means
 * "now" ({@link Duration#ZERO}). Anything unparseable is ignored, as if the header were absent, so a garbage hint
 * falls back to the computed backoff rather than failing the call.
 */
public final class RetryAfter {

    /** Milliseconds to wait; not standard, but sent by several gateways and honoured by other SDKs. */
    public static final String RETRY_AFTER_MS = "Retry-After-Ms";
    /** Delta-seconds or an HTTP date. */
    public static final String RETRY_AFTER = "Retry-After";

    /**
     * The longest hint we represent; longer ones are clamped here so every {@link Duration} conversion stays safe.
     * About 292 years: far above any sensible cap, so a clamped hint is still "too long".
     */
    static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE);

    private RetryAfter() {
    }

    /**
     * @param headers the response headers
     * @param clock the clock that HTTP dates are measured against
     * @return the requested wait, or empty when neither header holds something parseable
     */
    public static Optional<Duration> parse(Headers headers, Clock clock) {
        Optional<Duration> millis = parseMillis(headers.get(RETRY_AFTER_MS));
        if (millis.isPresent()) {
            return millis;
        }
        String retryAfter = headers.get(RETRY_AFTER);
        if (retryAfter == null) {
            return Optional.empty();
        }
        String value = retryAfter.trim();
        if (!value.isEmpty() && allDigits(value)) {
            return Optional.of(seconds(value));
        }
        // Headers.getDate accepts the three formats RFC 9110 requires recipients to accept (IMF-fixdate, RFC 850,
        // asctime) and returns null for anything else.
        Date date = headers.getDate(RETRY_AFTER);
        if (date == null) {
            return Optional.empty();
        }
        Duration untilDate = Duration.between(Instant.now(clock), date.toInstant());
        return Optional.of(untilDate.isNegative() ? Duration.ZERO : untilDate);
    }

    private static Optional<Duration> parseMillis(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.trim();
        int dot = value.indexOf('.');
        String whole = dot < 0 ? value : value.substring(0, dot);
        String fraction = dot < 0 ? "" : value.substring(dot + 1);
        if (whole.isEmpty() || !allDigits(whole) || (dot >= 0 && (fraction.isEmpty() || !allDigits(fraction)))) {
            return Optional.empty();
        }
        whole = withoutLeadingZeros(whole);
        // 12 digits of milliseconds is ~31 years; anything longer is clamped, never overflowed.
        if (whole.length() > 12) {
            return Optional.of(LONGEST);
        }
        long nanos = Long.parseLong(whole) * 1_000_000L;
        if (!fraction.isEmpty()) {
            // Sub-millisecond precision: keep up to six fraction digits (nanoseconds), ignore the rest.
            String sixDigits = (fraction + "000000").substring(0, 6);
            nanos += Long.parseLong(sixDigits);
        }
        return Optional.of(Duration.ofNanos(nanos));
    }

    private static Duration seconds(String digits) {
        String significant = withoutLeadingZeros(digits);
        // 9 digits of seconds is ~31 years; anything longer is clamped, never overflowed.
        if (significant.length() > 9) {
            return LONGEST;
        }
        return Duration.ofSeconds(Long.parseLong(significant));
    }

    private static String withoutLeadingZeros(String digits) {
        int firstSignificant = 0;
        while (firstSignificant < digits.length() - 1 && digits.charAt(firstSignificant) == '0') {
            firstSignificant++;
        }
        return digits.substring(firstSignificant);
    }

    private static boolean allDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
