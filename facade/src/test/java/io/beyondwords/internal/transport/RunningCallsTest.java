package io.beyondwords.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.RequestOptions;
import io.beyondwords.errors.ApiConnectionException;
import io.beyondwords.errors.ApiException;
import io.beyondwords.internal.http.DeadlineWatchdog;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transport's calls leave its {@code RunningCalls} registry however they end, so it holds the calls in flight and
 * nothing more: a call that leaked its entry would keep its context (and through the deadline, the call) reachable.
 */
class RunningCallsTest {
    private static final Endpoint TRACK = new Endpoint("GET", "/background_tracks/{id}");
    private static final ResponseParser<Integer> STATUS = (response, late) -> response.code();

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient shared = new OkHttpClient();
    private BeyondWordsClient client;
    private ApiTransport transport;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = BeyondWordsClient.builder().apiKey("bw_test_FAKE_KEY_0001").baseUrl(server.url("/v1").toString())
                .maxRetries(0).build();
        transport = new ApiTransport(shared, new DeadlineWatchdog(), client.options(), server.url("/v1/"),
                "bw_test_FAKE_KEY_0001", new AtomicBoolean());
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        shared.dispatcher().executorService().shutdown();
        server.shutdown();
    }

    private Request track() {
        return transport.request(TRACK, "1").build();
    }

    @Test
    void syncCallsLeaveOnSuccessOnAnErrorStatusAndOnAConnectionFailure() throws IOException {
        server.enqueue(new MockResponse().setBody("{}"));
        assertThat(transport.execute(track(), RequestOptions.none(), STATUS).body()).isEqualTo(200);
        assertThat(transport.runningCalls().size()).isZero();

        server.enqueue(new MockResponse().setResponseCode(500).setBody("{}"));
        assertThatThrownBy(() -> transport.execute(track(), RequestOptions.none(), STATUS))
                .isInstanceOf(ApiException.class);
        assertThat(transport.runningCalls().size()).isZero();

        server.shutdown();
        assertThatThrownBy(() -> transport.execute(track(), RequestOptions.none(), STATUS))
                .isInstanceOf(ApiConnectionException.class);
        assertThat(transport.runningCalls().size()).isZero();
    }

    @Test
    void asyncCallsLeaveBeforeTheirFutureCompletes() throws Exception {
        server.enqueue(new MockResponse().setBody("{}"));
        assertThat(transport.executeAsync(track(), RequestOptions.none(), STATUS).get(10, TimeUnit.SECONDS).body())
                .isEqualTo(200);
        assertThat(transport.runningCalls().size()).isZero();

        server.enqueue(new MockResponse().setResponseCode(404).setBody("{}"));
        CompletableFuture<?> refused = transport.executeAsync(track(), RequestOptions.none(), STATUS);
        assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ApiException.class);
        assertThat(transport.runningCalls().size()).isZero();
    }

    @Test
    void aCancelledAsyncCallLeavesOnceOkHttpHasEndedIt() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                arrived.countDown();
                release.await(10, TimeUnit.SECONDS);
                return new MockResponse().setBody("{}");
            }
        });
        CountDownLatch idle = new CountDownLatch(1);
        CompletableFuture<?> call = transport.executeAsync(track(), RequestOptions.none(), STATUS);
        assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(transport.runningCalls().size()).isEqualTo(1);

        shared.dispatcher().setIdleCallback(idle::countDown); // runs after the call's callback has returned
        call.cancel(true);
        assertThat(idle.await(10, TimeUnit.SECONDS)).isTrue();
        release.countDown();
        assertThat(transport.runningCalls().size()).isZero();
    }
}
