package io.beyondwords.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

    // MutableClock.START is 2026-01-15T10:00:00Z, a Thursday.
    private final MutableClock clock = new MutableClock();

    @Test
    void absentHeadersGiveNothing() {
        assertThat(RetryAfter.parse(Headers.of(), clock)).isEmpty();
    }

    @Test
    void deltaSeconds() {
        assertThat(parse("Retry-After", "120")).contains(Duration.ofSeconds(120));
        assertThat(parse("Retry-After", "0")).contains(Duration.ZERO);
        assertThat(parse("Retry-After", " 5 ")).contains(Duration.ofSeconds(5));
        assertThat(parse("Retry-After", "0000000000007")).contains(Duration.ofSeconds(7));
    }

    @Test
    void absurdlyLongDeltaSecondsIsClampedNotOverflowed() {
        assertThat(parse("Retry-After", "99999999999999999999999")).contains(RetryAfter.LONGEST);
        assertThat(parse("Retry-After-Ms", "99999999999999999999999")).contains(RetryAfter.LONGEST);
    }

    @Test
    void httpDateInAllThreeFormatsRfc9110RequiresRecipientsToAccept() {
        assertThat(parse("Retry-After", "Thu, 15 Jan 2026 10:00:30 GMT")).contains(Duration.ofSeconds(30));
        assertThat(parse("Retry-After", "Thursday, 15-Jan-26 10:00:30 GMT")).contains(Duration.ofSeconds(30));
        assertThat(parse("Retry-After", "Thu Jan 15 10:00:30 2026")).contains(Duration.ofSeconds(30));
    }

    @Test
    void httpDateInThePastMeansNow() {
        assertThat(parse("Retry-After", "Thu, 15 Jan 2026 09:59:00 GMT")).contains(Duration.ZERO);
    }

    @Test
    void retryAfterMsIntegerAndDecimal() {
        assertThat(parse("Retry-After-Ms", "1500")).contains(Duration.ofMillis(1500));
        assertThat(parse("Retry-After-Ms", "0")).contains(Duration.ZERO);
        assertThat(parse("Retry-After-Ms", "12.5")).contains(Duration.ofNanos(12_500_000));
        assertThat(parse("Retry-After-Ms", "1.0000019")).contains(Duration.ofNanos(1_000_001));
    }

    @Test
    void retryAfterMsWinsOverRetryAfter() {
        Headers headers = Headers.of("Retry-After", "30", "Retry-After-Ms", "250");
        assertThat(RetryAfter.parse(headers, clock)).contains(Duration.ofMillis(250));
    }

    @Test
    void garbageRetryAfterMsFallsBackToRetryAfter() {
        Headers headers = Headers.of("Retry-After", "30", "Retry-After-Ms", "soon");
        assertThat(RetryAfter.parse(headers, clock)).contains(Duration.ofSeconds(30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "-5", "1.5", "5s", "1e3", "Thu, 99 Foo 2026 10:00:30 GMT", "０"})
    void garbageRetryAfterIsIgnored(String value) {
        assertThat(parse("Retry-After", value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "1.", ".5", "abc", "1,5", "NaN", "Infinity"})
    void garbageRetryAfterMsIsIgnored(String value) {
        assertThat(parse("Retry-After-Ms", value)).isEmpty();
    }

    private Optional<Duration> parse(String name, String value) {
        return RetryAfter.parse(new Headers.Builder().addUnsafeNonAscii(name, value).build(), clock);
    }
}
