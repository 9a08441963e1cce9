package io.beyondwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.beyondwords.errors.ApiTimeoutException;
import io.beyondwords.internal.http.MutableClock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The overall deadline (kept by the facade's own watchdog, not by OkHttp's call timeout) ends a call that the server
 * holds, sync and async, retries and Retry-After waits included, with the exception the call timeout gave. Time is the
 * client's {@link MutableClock}: each test waits until the server holds the call, then moves the clock past the
 * deadline; nothing waits for a deadline in real time. That a deadline never fires early is
 * {@code DeadlineWatchdogTest}'s to show.
 */
class CallDeadlineTest {
    private static final Duration DEADLINE = Duration.ofMillis(300);
    private static final String TIMEOUT = "timed out (InterruptedIOException: timeout)";

    private final TestServer api = new TestServer();
    private final MutableClock clock = new MutableClock();
    private final ExecutorService caller = Executors.newSingleThreadExecutor();
    private BeyondWordsClient client;

    @AfterEach
    void stop() {
        caller.shutdownNow();
        if (client != null) {
            client.close();
        }
        api.close();
    }

    private BeyondWordsClient client() {
        if (client == null) {
            client = api.builder().clock(clock).build();
        }
        return client;
    }

    private static RequestOptions deadline(Duration deadline) {
        return RequestOptions.builder().deadline(deadline).build();
    }

    private static MockResponse silent() {
        return new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
    }

    /** A body sent a byte a second: it would take minutes, so only the deadline can end it. */
    private static MockResponse dripping() {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(TestServer.track(1, "slow"))
                .throttleBody(1, 1, TimeUnit.SECONDS);
    }

    private static MockResponse unavailable(long retryAfterMs) {
        return new MockResponse().setResponseCode(503).setHeader("Retry-After-Ms", Long.toString(retryAfterMs));
    }

    /** Runs a sync call on another thread, so the test can move the clock while the call blocks. */
    private <T> Future<T> inBackground(Callable<T> call) {
        return caller.submit(call);
    }

    /** Waits (generously: an event, not a duration) until the server has received {@code count} more requests. */
    private void awaitRequests(int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            assertThat(api.server.takeRequest(30, TimeUnit.SECONDS)).as("request %d reached the server", i + 1)
                    .isNotNull();
        }
    }

    private static Throwable failureOf(Future<?> call) {
        return catchThrowableOfType(() -> call.get(30, TimeUnit.SECONDS), ExecutionException.class).getCause();
    }

    @Test
    void aSyncCallTheServerNeverAnswersEndsAtItsDeadline() throws InterruptedException {
        api.enqueue(silent());
        Future<?> call = inBackground(() -> client().backgroundTracks().retrieve(1, deadline(DEADLINE)));
        awaitRequests(1);
        clock.advance(DEADLINE);
        assertThat(failureOf(call)).isInstanceOf(ApiTimeoutException.class).hasMessageContaining(TIMEOUT);
    }

    @Test
    void theClientsDeadlineAppliesWhenTheCallSetsNone() throws InterruptedException {
        api.enqueue(silent());
        try (BeyondWordsClient own = api.builder().clock(clock).deadline(DEADLINE).build()) {
            Future<?> call = inBackground(() -> own.backgroundTracks().retrieve(1));
            awaitRequests(1);
            clock.advance(DEADLINE);
            assertThat(failureOf(call)).isInstanceOf(ApiTimeoutException.class).hasMessageContaining(TIMEOUT);
        }
    }

    @Test
    void aBodyThatDripsInEndsAtTheDeadline() throws InterruptedException {
        api.enqueue(dripping());
        Future<?> call = inBackground(() -> client().backgroundTracks().retrieve(1, deadline(DEADLINE)));
        awaitRequests(1);
        clock.advance(DEADLINE);
        assertThat(failureOf(call)).isInstanceOf(ApiTimeoutException.class).hasMessageContaining(TIMEOUT);
    }

    @Test
    void anAsyncCallTheServerNeverAnswersEndsAtItsDeadline() throws InterruptedException {
        api.enqueue(silent());
        Future<?> call = client().async().backgroundTracks().retrieve(1, deadline(DEADLINE));
        awaitRequests(1);
        clock.advance(DEADLINE);
        assertThat(failureOf(call)).isInstanceOf(ApiTimeoutException.class).hasMessageContaining(TIMEOUT);
    }

    @Test
    void theDeadlineCoversRetriesAndRetryAfterWaits() throws InterruptedException {
        api.enqueue(unavailable(100));
        api.enqueue(silent());
        Future<?> call = inBackground(() -> client().backgroundTracks().retrieve(1, deadline(DEADLINE)));
        awaitRequests(2);
        clock.advance(DEADLINE);
        assertThat(failureOf(call)).isInstanceOf(ApiTimeoutException.class)
                .hasMessageContaining("timed out after 2 attempts (InterruptedIOException: timeout)");
        assertThat(api.sleeps).containsExactly(Duration.ofMillis(100));
        assertThat(api.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void theDeadlineCoversRetriesAndRetryAfterWaitsAsync() throws InterruptedException {
        api.enqueue(unavailable(100));
        api.enqueue(silent());
        Future<?> call = client().async().backgroundTracks().retrieve(1, deadline(DEADLINE));
        awaitRequests(2);
        clock.advance(DEADLINE);
        assertThat(failureOf(call)).isInstanceOf(ApiTimeoutException.class).hasMessageContaining("after 2 attempts");
        assertThat(api.sleeps).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void attemptsThatEachTimeOutStopAtTheDeadlineNotAtTheRetryLimit() {
        // Each attempt ends by a real 100 ms read timeout (a socket timeout cannot be faked; nothing here bounds how
        // long it takes) and is followed by a 1 s backoff that moves the clock instead of waiting. With a 2.5 s
        // deadline the third backoff would end past it, so the third attempt is the last of the 11 allowed.
        for (int i = 0; i < 11; i++) {
            api.enqueue(silent());
        }
        RequestOptions options = RequestOptions.builder().deadline(Duration.ofMillis(2_500))
                .readTimeout(Duration.ofMillis(100))
                .retryPolicy(RetryPolicy.builder().maxRetries(10).initialBackoff(Duration.ofSeconds(1))
                        .maxBackoff(Duration.ofSeconds(1)).build()).build();
        try (BeyondWordsClient own = api.builder().clock(clock).sleeper(d -> {
            api.sleeps.add(d);
            clock.advance(d);
        }).build()) {
            assertThatThrownBy(() -> own.backgroundTracks().retrieve(1, options))
                    .isInstanceOf(ApiTimeoutException.class).hasMessageContaining("after 3 attempts");
        }
        assertThat(api.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(api.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aCallWithinItsDeadlineIsUntouchedAndTheNextCallGetsAFreshOne() {
        api.enqueueJson(200, TestServer.track(1, "quick"));
        api.enqueueJson(200, TestServer.track(2, "quick too"));
        assertThat(client().backgroundTracks().retrieve(1, deadline(DEADLINE)).name()).isEqualTo("quick");
        clock.advance(DEADLINE.minusMillis(1));
        assertThat(client().backgroundTracks().retrieve(2, deadline(DEADLINE)).name()).isEqualTo("quick too");
    }

    @Test
    void aZeroDeadlineMeansNone() {
        api.enqueueJson(200, TestServer.track(1, "unbounded"));
        assertThat(client().backgroundTracks().retrieve(1, deadline(Duration.ZERO)).name())
                .isEqualTo("unbounded");
    }
}
