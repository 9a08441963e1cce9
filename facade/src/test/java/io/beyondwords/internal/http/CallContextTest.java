package io.beyondwords.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.RetryPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallContextTest {

    @Test
    void aFreshContextSaysNothingHappenedYet() {
        CallContext context = new CallContext(null);
        assertThat(context.policy()).isEmpty();
        assertThat(context.attempts()).isZero();
        assertThat(context.delays()).isEmpty();
        assertThat(context.requestSent()).isFalse();
        assertThat(context.outcomeUnknown()).isFalse();
        assertThat(context.retryAfterOverCap()).isEmpty();
    }

    @Test
    void eachAttemptStartsWithCleanPerAttemptFlagsButKeepsHistory() {
        CallContext context = new CallContext(RetryPolicy.none());
        context.startAttempt();
        context.markRequestSent();
        context.markOutcomeUnknown();
        context.markRetryAfterOverCap(Duration.ofSeconds(90));
        context.recordDelay(Duration.ofMillis(500));

        context.startAttempt();

        assertThat(context.policy()).contains(RetryPolicy.none());
        assertThat(context.attempts()).isEqualTo(2);
        assertThat(context.delays()).containsExactly(Duration.ofMillis(500));
        assertThat(context.requestSent()).isFalse();
        assertThat(context.outcomeUnknown()).isFalse();
        assertThat(context.retryAfterOverCap()).isEmpty();
    }

    @Test
    void delaysIsAnImmutableSnapshot() {
        CallContext context = new CallContext(null);
        context.recordDelay(Duration.ofMillis(1));
        List<Duration> snapshot = context.delays();
        context.recordDelay(Duration.ofMillis(2));
        assertThat(snapshot).containsExactly(Duration.ofMillis(1));
        assertThatThrownBy(() -> snapshot.add(Duration.ZERO)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringShowsTheState() {
        CallContext context = new CallContext(null);
        context.startAttempt();
        assertThat(context).hasToString("CallContext{policy=default, attempts=1, delays=[], requestSent=false,"
                + " earlierAttemptSent=false, outcomeUnknown=false, retryAfterOverCap=null}");
    }

    @Test
    void anEarlierAttemptThatWasSentIsRemembered() {
        CallContext context = new CallContext(null);
        context.startAttempt();
        assertThat(context.earlierAttemptSent()).isFalse();
        context.startAttempt(); // the first attempt never reached the network
        assertThat(context.earlierAttemptSent()).isFalse();
        context.markRequestSent();
        context.startAttempt();
        assertThat(context.earlierAttemptSent()).isTrue();
        assertThat(context.requestSent()).isFalse();
        context.startAttempt();
        assertThat(context.earlierAttemptSent()).isTrue();
    }
}
