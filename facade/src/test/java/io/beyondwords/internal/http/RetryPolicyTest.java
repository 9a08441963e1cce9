package io.beyondwords.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link RetryPolicy} (public API) and the {@link Backoff} formula it documents. */
class RetryPolicyTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        RetryPolicy defaults = RetryPolicy.defaults();
        assertThat(defaults.maxRetries()).isEqualTo(2);
        assertThat(defaults.initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(defaults.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
        assertThat(defaults.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(RetryPolicy.builder().build()).isEqualTo(defaults);
    }

    @Test
    void noneMakesOneAttemptAndKeepsTheOtherDefaults() {
        assertThat(RetryPolicy.none().maxRetries()).isZero();
        assertThat(RetryPolicy.none().toBuilder().maxRetries(2).build()).isEqualTo(RetryPolicy.defaults());
    }

    @Test
    void toBuilderRoundTripsAndValueSemanticsHold() {
        RetryPolicy custom = RetryPolicy.builder().maxRetries(5).initialBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofSeconds(2)).maxRetryAfter(Duration.ofSeconds(10)).build();
        RetryPolicy copy = custom.toBuilder().build();
        assertThat(copy).isEqualTo(custom).hasSameHashCodeAs(custom).isNotEqualTo(RetryPolicy.defaults());
        assertThat(custom.toBuilder().maxRetries(4).build()).isNotEqualTo(custom);
        assertThat(custom).hasToString(
                "RetryPolicy{maxRetries=5, initialBackoff=PT0.1S, maxBackoff=PT2S, maxRetryAfter=PT10S}");
    }

    @Test
    void builderRejectsWhatCannotWork() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetries");
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialBackoff");
        assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("maxBackoff");
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetryAfter");
    }

    @Test
    void backoffDoublesUpToTheCeilingAtFullFactor() {
        RetryPolicy policy = RetryPolicy.defaults();
        assertThat(Backoff.forRetry(policy, 1, 1.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(Backoff.forRetry(policy, 2, 1.0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Backoff.forRetry(policy, 3, 1.0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Backoff.forRetry(policy, 4, 1.0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Backoff.forRetry(policy, 5, 1.0)).isEqualTo(Duration.ofSeconds(8));
        assertThat(Backoff.forRetry(policy, 6, 1.0)).isEqualTo(Duration.ofSeconds(8));
        assertThat(Backoff.forRetry(policy, 200, 1.0)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void jitterFactorSpansThreeQuartersToOne() {
        RetryPolicy policy = RetryPolicy.defaults();
        assertThat(Backoff.forRetry(policy, 1, 0.0)).isEqualTo(Duration.ofMillis(375));
        assertThat(Backoff.forRetry(policy, 1, 0.5)).isEqualTo(Duration.ofNanos(437_500_000));
        assertThat(Backoff.forRetry(policy, 5, 0.0)).isEqualTo(Duration.ofSeconds(6));
        // Out-of-contract random values are clamped, never producing a longer or negative wait.
        assertThat(Backoff.forRetry(policy, 1, 7.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(Backoff.forRetry(policy, 1, -3.0)).isEqualTo(Duration.ofMillis(375));
        assertThat(Backoff.forRetry(policy, 1, Double.NaN)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void hugeSettingsSaturateInsteadOfOverflowing() {
        RetryPolicy huge = RetryPolicy.builder().initialBackoff(Duration.ofDays(365L * 1000))
                .maxBackoff(Duration.ofSeconds(Long.MAX_VALUE)).build();
        assertThat(Backoff.forRetry(huge, 40, 1.0)).isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
        RetryPolicy zero = RetryPolicy.builder().initialBackoff(Duration.ZERO).build();
        assertThat(Backoff.forRetry(zero, 3, 1.0)).isEqualTo(Duration.ZERO);
        assertThatThrownBy(() -> Backoff.forRetry(huge, 0, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
