package io.beyondwords.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.TestServer;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.errors.ApiConnectionException;
import io.beyondwords.internal.http.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The events a client's request listeners hear, over loopback, for the fault matrix's cases. */
class RequestListenerTest {
    /** The operation ids are the spec's own: {@code openapi.yaml} writes {@code operationId: background_tracks#show}. */
    private static final Operation RETRIEVE = new Operation("BackgroundTracks.retrieve", "GET",
            "background_tracks/{id}", "background_tracks#show");
    private static final Operation CREATE = new Operation("BackgroundTracks.create", "POST", "background_tracks",
            "background_tracks#create");

    private final TestServer api = new TestServer();
    private final MutableClock clock = new MutableClock();
    private final Recorder recorder = new Recorder();

    @AfterEach
    void close() {
        api.close();
    }

    /** A client whose waits advance its clock, so durations are exact. */
    private BeyondWordsClient client(RequestListener... listeners) {
        BeyondWordsClient.Builder builder = api.builder().clock(clock).sleeper(wait -> {
            api.sleeps.add(wait);
            clock.advance(wait);
        });
        for (RequestListener l : listeners) {
            builder.addRequestListener(l);
        }
        return builder.build();
    }

    @Test
    void aPlainSuccessIsOneCallOfOneAttempt() {
        api.enqueue(json(200, TestServer.track(1, "a")).setHeader("X-Request-Id", "r-1"));

        try (BeyondWordsClient client = client(recorder)) {
            client.backgroundTracks().retrieve(1);
        }

        long id = recorder.callId();
        assertThat(recorder.events).containsExactly(
                new CallStarted(id, RETRIEVE, MutableClock.START),
                new AttemptStarted(id, RETRIEVE, 1),
                new AttemptEnded(id, RETRIEVE, 1, 200, Optional.of("r-1"), Optional.empty(), false, false,
                        Duration.ZERO, Duration.ZERO),
                new CallEnded(id, RETRIEVE, 1, 200, Optional.of("r-1"), Optional.empty(), false, Duration.ZERO,
                        Optional.empty()));
    }

    @Test
    void aRetried503IsTwoAttemptsOfOneCallWithTheWaitBetween() {
        api.enqueue(json(503, "{}").setHeader("X-Request-Id", "r-1"));
        api.enqueue(json(200, TestServer.track(1, "a")).setHeader("X-Request-Id", "r-2"));

        try (BeyondWordsClient client = client(recorder)) {
            client.backgroundTracks().retrieve(1);
        }

        Duration wait = api.sleeps.get(0);
        assertThat(wait).isPositive();
        long id = recorder.callId();
        assertThat(recorder.events).containsExactly(
                new CallStarted(id, RETRIEVE, MutableClock.START),
                new AttemptStarted(id, RETRIEVE, 1),
                new AttemptEnded(id, RETRIEVE, 1, 503, Optional.of("r-1"), Optional.of(ErrorType.SERVER), false,
                        true, wait, Duration.ZERO),
                new AttemptStarted(id, RETRIEVE, 2),
                new AttemptEnded(id, RETRIEVE, 2, 200, Optional.of("r-2"), Optional.empty(), false, false,
                        Duration.ZERO, Duration.ZERO),
                new CallEnded(id, RETRIEVE, 2, 200, Optional.of("r-2"), Optional.empty(), false, wait,
                        Optional.empty()));
    }

    @Test
    void a429WithRetryAfterIsThrottlingAndWaitsTheServersHint() {
        api.enqueue(json(429, "{}").setHeader("Retry-After", "2"));
        api.enqueue(json(200, TestServer.track(1, "a")));

        try (BeyondWordsClient client = client(recorder)) {
            client.backgroundTracks().retrieve(1);
        }

        AttemptEnded throttled = recorder.of(AttemptEnded.class).get(0);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.errorType()).contains(ErrorType.THROTTLING);
        assertThat(throttled.willRetry()).isTrue();
        assertThat(throttled.retryDelay()).isEqualTo(Duration.ofSeconds(2));
        CallEnded call = recorder.only(CallEnded.class);
        assertThat(call.succeeded()).isTrue();
        assertThat(call.attempts()).isEqualTo(2);
        assertThat(call.duration()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aPostCutOffAfterItWasSentEndsWithItsOutcomeUnknown() {
        api.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

        try (BeyondWordsClient client = client(recorder)) {
            assertThatThrownBy(() -> client.backgroundTracks()
                    .create(BackgroundTrackCreateParams.builder().name("x").build()))
                    .isInstanceOf(ApiConnectionException.class);
        }

        assertThat(recorder.events).hasSize(4);
        long id = recorder.callId();
        assertThat(recorder.events.get(0)).isEqualTo(new CallStarted(id, CREATE, MutableClock.START));
        assertThat(recorder.events.get(2)).isEqualTo(new AttemptEnded(id, CREATE, 1, 0, Optional.empty(),
                Optional.of(ErrorType.IO), true, false, Duration.ZERO, Duration.ZERO));
        CallEnded call = recorder.only(CallEnded.class);
        assertThat(call.outcomeUnknown()).isTrue();
        assertThat(call.errorType()).contains(ErrorType.IO);
        assertThat(call.statusCode()).isZero();
        assertThat(call.failure()).containsInstanceOf(ApiConnectionException.class);
        assertThat(api.requestCount()).isEqualTo(1);
    }

    @Test
    void aRefusalEndsTheCallWithItsStatusAndKind() {
        api.enqueue(json(404, "{\"message\":\"no\"}").setHeader("X-Request-Id", "r-404"));

        try (BeyondWordsClient client = client(recorder)) {
            assertThatThrownBy(() -> client.backgroundTracks().retrieve(1));
        }

        CallEnded call = recorder.only(CallEnded.class);
        assertThat(call.statusCode()).isEqualTo(404);
        assertThat(call.requestId()).contains("r-404");
        assertThat(call.errorType()).contains(ErrorType.OTHER);
        assertThat(call.failure()).isPresent();
    }

    @Test
    void aThrowingListenerNeverBreaksTheCallNorTheListenersAfterIt() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger("io.beyondwords");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        logger.setLevel(Level.ALL);
        RequestListener throwing = new RequestListener() {
            @Override
            public void callStarted(CallStarted call) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void attemptEnded(AttemptEnded attempt) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void callEnded(CallEnded call) {
                throw new AssertionError("listener bug");
            }
        };
        api.enqueue(json(503, "{}"));
        api.enqueue(json(200, TestServer.track(1, "a")));
        api.enqueue(json(200, TestServer.track(2, "b")));
        try (BeyondWordsClient client = client(throwing, recorder)) {
            assertThat(client.backgroundTracks().retrieve(1).name()).isEqualTo("a");
            assertThat(client.async().backgroundTracks().retrieve(2).join().name()).isEqualTo("b");
        } finally {
            logger.removeHandler(capture);
        }

        assertThat(recorder.of(CallStarted.class)).hasSize(2);
        assertThat(recorder.of(AttemptEnded.class)).hasSize(3);
        assertThat(recorder.of(CallEnded.class)).hasSize(2).allMatch(CallEnded::succeeded);
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0)).contains("request listener").doesNotContain(TestServer.FAKE_KEY);
    }

    @Test
    void anAsyncCallHasTheSameEvents() {
        api.enqueue(json(503, "{}"));
        api.enqueue(json(200, TestServer.track(1, "a")));

        try (BeyondWordsClient client = client(recorder)) {
            client.async().backgroundTracks().retrieve(1).join();
        }

        assertThat(recorder.events).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "CallStarted", "AttemptStarted", "AttemptEnded", "AttemptStarted", "AttemptEnded", "CallEnded");
        assertThat(recorder.of(AttemptStarted.class)).extracting(AttemptStarted::attempt).containsExactly(1, 2);
    }

    @Test
    void eachCallHasItsOwnIdInEachOfItsEvents() {
        api.enqueue(json(503, "{}"));
        api.enqueue(json(200, TestServer.track(1, "a")));
        api.enqueue(json(200, TestServer.track(2, "b")));

        try (BeyondWordsClient client = client(recorder)) {
            client.backgroundTracks().retrieve(1);
            client.async().backgroundTracks().retrieve(2).join();
        }

        List<CallStarted> calls = recorder.of(CallStarted.class);
        assertThat(calls).hasSize(2);
        long first = calls.get(0).callId();
        long second = calls.get(1).callId();
        assertThat(first).isNotEqualTo(second);
        assertThat(recorder.of(AttemptEnded.class)).extracting(AttemptEnded::callId)
                .containsExactly(first, first, second);
        assertThat(recorder.of(CallEnded.class)).extracting(CallEnded::callId).containsExactly(first, second);
    }

    @Test
    void listenersAreCalledInTheOrderAdded() {
        List<String> order = new CopyOnWriteArrayList<>();
        api.enqueue(json(200, TestServer.track(1, "a")));

        try (BeyondWordsClient client = client(named("first", order), named("second", order))) {
            client.backgroundTracks().retrieve(1);
        }

        assertThat(order).containsExactly("first", "second");
    }

    @Test
    void eachAttemptCarriesTheHeadersItsListenersAddButNeverCredentialsNorAReplacedHeader() throws Exception {
        RequestListener tracing = new RequestListener() {
            @Override
            public Map<String, String> headersFor(AttemptStarted attempt) {
                return Map.of("traceparent", "trace-of-attempt-" + attempt.attempt(), "X-Api-Key", "not-the-key",
                        "authorization", "Bearer not-a-credential", "Content-Type", "text/plain");
            }
        };
        RequestListener broken = new RequestListener() {
            @Override
            public Map<String, String> headersFor(AttemptStarted attempt) {
                return Map.of("X-Fine", "yes", "X-Bad\n", "no");
            }
        };
        api.enqueue(json(503, "{}"));
        api.enqueue(json(201, TestServer.track(1, "a")));

        try (BeyondWordsClient client = client(broken, tracing)) {
            client.backgroundTracks().create(BackgroundTrackCreateParams.builder().name("x").build());
        }

        for (int attempt = 1; attempt <= 2; attempt++) {
            RecordedRequest sent = api.take();
            assertThat(sent.getHeaders().values("traceparent")).containsExactly("trace-of-attempt-" + attempt);
            assertThat(sent.getHeaders().values("X-Api-Key")).containsExactly(TestServer.FAKE_KEY);
            assertThat(sent.getHeader("Authorization")).isNull();
            assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
            assertThat(sent.getHeader("X-Fine")).isNull();
        }
    }

    private static RequestListener named(String name, List<String> order) {
        return new RequestListener() {
            @Override
            public void callStarted(CallStarted call) {
                order.add(name);
            }
        };
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(body);
    }

    /** Keeps every event, in order. */
    private static final class Recorder implements RequestListener {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @Override
        public void callStarted(CallStarted call) {
            events.add(call);
        }

        @Override
        public void attemptStarted(AttemptStarted attempt) {
            events.add(attempt);
        }

        @Override
        public void attemptEnded(AttemptEnded attempt) {
            events.add(attempt);
        }

        @Override
        public void callEnded(CallEnded call) {
            events.add(call);
        }

        /** @return the call id of the first call heard */
        long callId() {
            return ((CallStarted) events.get(0)).callId();
        }

        <T> List<T> of(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T> T only(Class<T> type) {
            List<T> found = of(type);
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }
}
