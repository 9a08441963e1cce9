package io.beyondwords.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.RequestOptions;
import io.beyondwords.errors.ApiConnectionException;
import io.beyondwords.errors.ApiException;
import io.beyondwords.generated.api.BackgroundTracksApi;
import io.beyondwords.generated.model.BackgroundTrackModel;
import io.beyondwords.internal.http.DeadlineWatchdog;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
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
    private static final Map<String, String> NO_EXTRAS = Map.of();
    private static final ResponseParser<BackgroundTrackModel, String> READ = (body, headers, late) -> "read";

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

    private ApiCall<BackgroundTrackModel> track() {
        return ApiCall.of(transport.api(BackgroundTracksApi.class).retrieve("1", NO_EXTRAS, NO_EXTRAS));
    }

    @Test
    void syncCallsLeaveOnSuccessOnAnErrorStatusAndOnAConnectionFailure() throws IOException {
        server.enqueue(new MockResponse().setBody("{}"));
        assertThat(track().execute(RequestOptions.none(), READ).body()).isEqualTo("read");
        assertThat(transport.runningCalls().size()).isZero();

        server.enqueue(new MockResponse().setResponseCode(500).setBody("{}"));
        assertThatThrownBy(() -> track().execute(RequestOptions.none(), READ))
                .isInstanceOf(ApiException.class);
        assertThat(transport.runningCalls().size()).isZero();

        server.shutdown();
        assertThatThrownBy(() -> track().execute(RequestOptions.none(), READ))
                .isInstanceOf(ApiConnectionException.class);
        assertThat(transport.runningCalls().size()).isZero();
    }

    @Test
    void asyncCallsLeaveBeforeTheirFutureCompletes() throws Exception {
        server.enqueue(new MockResponse().setBody("{}"));
        assertThat(track().executeAsync(RequestOptions.none(), READ).get(10, TimeUnit.SECONDS).body())
                .isEqualTo("read");
        assertThat(transport.runningCalls().size()).isZero();

        server.enqueue(new MockResponse().setResponseCode(404).setBody("{}"));
        CompletableFuture<?> refused = track().executeAsync(RequestOptions.none(), READ);
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
        CompletableFuture<?> call = track().executeAsync(RequestOptions.none(), READ);
        assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(transport.runningCalls().size()).isEqualTo(1);

        shared.dispatcher().setIdleCallback(idle::countDown); // runs after the call's callback has returned
        call.cancel(true);
        assertThat(idle.await(10, TimeUnit.SECONDS)).isTrue();
        release.countDown();
        assertThat(transport.runningCalls().size()).isZero();
    }
}
