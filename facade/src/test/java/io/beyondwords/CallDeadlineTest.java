package io.beyondwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.errors.ApiTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The overall deadline (issue 14: kept by the facade's own watchdog, no longer by OkHttp's call timeout) ends a call
 * that the server holds, sync and async, retries and Retry-After waits included, with the exception the call timeout
 * gave. The deadlines are real time, as the server's stalls are; retry waits go through the recording sleeper.
 * Upper bounds on the elapsed time are loose (a busy machine), lower bounds exact: a deadline never fires early.
 */
class CallDeadlineTest {
    private static final Duration DEADLINE = Duration.ofMillis(300);
    private static final String TIMEOUT = "timed out (InterruptedIOException: timeout)";

    private final TestServer api = new TestServer();

    @AfterEach
    void stop() {
        api.close();
    }

    private static RequestOptions deadline(Duration deadline) {
        return RequestOptions.builder().deadline(deadline).build();
    }

    private static MockResponse silent() {
        return new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
    }

    /** A body sent a byte at a time, each well within the read timeout: only the deadline can end it early. */
    private static MockResponse dripping() {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(TestServer.track(1, "slow"))
                .throttleBody(1, 50, TimeUnit.MILLISECONDS);
    }

    private static MockResponse unavailable(long retryAfterMs) {
        return new MockResponse().setResponseCode(503).setHeader("Retry-After-Ms", Long.toString(retryAfterMs));
    }

    @Test
    void aSyncCallTheServerNeverAnswersEndsAtItsDeadline() {
        api.enqueue(silent());
        long start = System.nanoTime();
        assertThatThrownBy(() -> api.client().backgroundTracks().retrieve(1, deadline(DEADLINE)))
                .isInstanceOf(ApiTimeoutException.class).hasMessageContaining(TIMEOUT);
        assertEndedAfterTheDeadline(start, DEADLINE);
    }

    @Test
    void theClientsDeadlineAppliesWhenTheCallSetsNone() {
        api.enqueue(silent());
        long start = System.nanoTime();
        try (BeyondWordsClient client = api.builder().deadline(DEADLINE).build()) {
            assertThatThrownBy(() -> client.backgroundTracks().retrieve(1))
                    .isInstanceOf(ApiTimeoutException.class).hasMessageContaining(TIMEOUT);
        }
        assertEndedAfterTheDeadline(start, DEADLINE);
    }

    @Test
    void aBodyThatDripsInEndsAtTheDeadline() {
        api.enqueue(dripping());
        long start = System.nanoTime();
        assertThatThrownBy(() -> api.client().backgroundTracks().retrieve(1, deadline(DEADLINE)))
                .isInstanceOf(ApiTimeoutException.class).hasMessageContaining(TIMEOUT);
        assertEndedAfterTheDeadline(start, DEADLINE);
    }

    @Test
    void anAsyncCallTheServerNeverAnswersEndsAtItsDeadline() {
        api.enqueue(silent());
        long start = System.nanoTime();
        assertThatThrownBy(() -> api.client().async().backgroundTracks().retrieve(1, deadline(DEADLINE))
                .get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ApiTimeoutException.class).hasMessageContaining(TIMEOUT);
        assertEndedAfterTheDeadline(start, DEADLINE);
    }

    @Test
    void theDeadlineCoversRetriesAndRetryAfterWaits() {
        api.enqueue(unavailable(100));
        api.enqueue(silent());
        assertThatThrownBy(() -> api.client().backgroundTracks().retrieve(1, deadline(DEADLINE)))
                .isInstanceOf(ApiTimeoutException.class)
                .hasMessageContaining("timed out after 2 attempts (InterruptedIOException: timeout)");
        assertThat(api.sleeps).containsExactly(Duration.ofMillis(100));
        assertThat(api.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void theDeadlineCoversRetriesAndRetryAfterWaitsAsync() {
        api.enqueue(unavailable(100));
        api.enqueue(silent());
        assertThatThrownBy(() -> api.client().async().backgroundTracks().retrieve(1, deadline(DEADLINE))
                .get(30, TimeUnit.SECONDS))
                .cause().isInstanceOf(ApiTimeoutException.class).hasMessageContaining("after 2 attempts");
        assertThat(api.sleeps).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void attemptsThatEachTimeOutStopAtTheDeadlineNotAtTheRetryLimit() {
        // Each attempt ends by its 100 ms read timeout and is retried after a 1 ms backoff (recorded, not waited):
        // eleven attempts would take over a second, the deadline ends the call in the third or fourth.
        for (int i = 0; i < 11; i++) {
            api.enqueue(silent());
        }
        RequestOptions options = RequestOptions.builder().deadline(DEADLINE).readTimeout(Duration.ofMillis(100))
                .retryPolicy(RetryPolicy.builder().maxRetries(10).initialBackoff(Duration.ofMillis(1))
                        .maxBackoff(Duration.ofMillis(1)).build()).build();
        assertThatThrownBy(() -> api.client().backgroundTracks().retrieve(1, options))
                .isInstanceOf(ApiTimeoutException.class).hasMessageContaining("(InterruptedIOException: timeout)");
        assertThat(api.server.getRequestCount()).isBetween(2, 4);
    }

    @Test
    void aCallWithinItsDeadlineIsUntouchedAndTheNextCallGetsAFreshOne() {
        api.enqueueJson(200, TestServer.track(1, "quick"));
        api.enqueueJson(200, TestServer.track(2, "quick too"));
        assertThat(api.client().backgroundTracks().retrieve(1, deadline(DEADLINE)).name()).isEqualTo("quick");
        assertThat(api.client().backgroundTracks().retrieve(2, deadline(DEADLINE)).name()).isEqualTo("quick too");
    }

    @Test
    void aZeroDeadlineMeansNone() {
        api.enqueueJson(200, TestServer.track(1, "unbounded"));
        assertThat(api.client().backgroundTracks().retrieve(1, deadline(Duration.ZERO)).name())
                .isEqualTo("unbounded");
    }

    private static void assertEndedAfterTheDeadline(long startNanos, Duration deadline) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        assertThat(elapsed).isGreaterThanOrEqualTo(deadline).isLessThan(Duration.ofSeconds(30));
    }
}
