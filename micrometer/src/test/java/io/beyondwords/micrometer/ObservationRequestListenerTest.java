package io.beyondwords.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.errors.ApiConnectionException;
import io.beyondwords.errors.NotFoundException;
import io.beyondwords.observability.AttemptEnded;
import io.beyondwords.observability.AttemptStarted;
import io.beyondwords.observability.CallEnded;
import io.beyondwords.observability.CallStarted;
import io.beyondwords.observability.ErrorType;
import io.beyondwords.observability.Operation;
import io.beyondwords.observability.RequestListener;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.transport.SenderContext;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The observations of calls over loopback, for the fault matrix's cases. */
class ObservationRequestListenerTest {
    private static final String KEY = "bw_test_MICROMETER_KEY_0001";
    private static final String TRACK = "{\"id\":1,\"name\":\"a\",\"volume\":100,"
            + "\"created\":\"2023-01-01 00:00:00 UTC\",\"updated\":\"2023-01-01 00:00:05 UTC\"}";

    private final MockWebServer server = new MockWebServer();
    private final TestObservationRegistry registry = TestObservationRegistry.create();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() throws IOException {
        server.shutdown();
    }

    private BeyondWordsClient client(RequestListener... listeners) {
        BeyondWordsClient.Builder builder = BeyondWordsClient.builder()
                .apiKey(KEY)
                .baseUrl(server.url("/v1").toString())
                .sleeper(waits::add)
                .jitterSource(() -> 1.0);
        for (RequestListener listener : listeners) {
            builder.addRequestListener(listener);
        }
        return builder.build();
    }

    /**
     * Records the observations' events and contexts, and puts a trace header in each carrier as Micrometer Tracing's
     * propagating handler would.
     */
    @BeforeEach
    void recordAndPropagate() {
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStart(Observation.Context context) {
                if (context instanceof SenderContext<?> sender) {
                    @SuppressWarnings("unchecked")
                    SenderContext<Map<String, String>> headers = (SenderContext<Map<String, String>>) sender;
                    headers.getSetter().set(headers.getCarrier(), "traceparent", "trace-of-" + context.getName());
                }
            }

            @Override
            public void onEvent(Observation.Event event, Observation.Context context) {
                events.add(event.getName());
            }

            @Override
            public void onStop(Observation.Context context) {
                stopped.add(context);
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
    }

    @Test
    void aRetried503IsOneObservationWithOneRetryAndTheTraceHeaderOnEachAttempt() throws Exception {
        server.enqueue(json(503, "{}").setHeader("X-Request-Id", "r-1"));
        server.enqueue(json(200, TRACK).setHeader("X-Request-Id", "r-2"));

        try (BeyondWordsClient client = client(ObservationRequestListener.create(registry))) {
            client.backgroundTracks().retrieve(1);
        }

        assertThat(registry).hasNumberOfObservationsEqualTo(1)
                .hasSingleObservationThat()
                .hasNameEqualTo("beyondwords.client.requests")
                .hasContextualNameEqualTo("GET background_tracks/{id}")
                .hasBeenStarted()
                .hasBeenStopped()
                .doesNotHaveError()
                .hasLowCardinalityKeyValue("operation", "BackgroundTracks.retrieve")
                .hasLowCardinalityKeyValue("method", "GET")
                .hasLowCardinalityKeyValue("uri", "background_tracks/{id}")
                .hasLowCardinalityKeyValue("status", "200")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasLowCardinalityKeyValue("error.type", "none")
                .hasLowCardinalityKeyValue("outcome.unknown", "false")
                .hasHighCardinalityKeyValue("request.id", "r-2")
                .hasHighCardinalityKeyValue("attempts", "2");
        assertThat(events).containsExactly("retry");
        for (int attempt = 1; attempt <= 2; attempt++) {
            RecordedRequest sent = server.takeRequest();
            assertThat(sent.getHeader("traceparent")).isEqualTo("trace-of-beyondwords.client.requests");
        }
        assertKeyInNoKeyValue();
    }

    @Test
    void a429WithRetryAfterWaitsTheHintAndCountsOneRetry() {
        server.enqueue(json(429, "{}").setHeader("Retry-After", "1"));
        server.enqueue(json(200, TRACK));

        try (BeyondWordsClient client = client(ObservationRequestListener.create(registry))) {
            client.backgroundTracks().retrieve(1);
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(1));
        assertThat(events).containsExactly("retry");
        assertThat(registry).hasSingleObservationThat()
                .hasLowCardinalityKeyValue("status", "200")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasHighCardinalityKeyValue("attempts", "2")
                .doesNotHaveHighCardinalityKeyValueWithKey("request.id");
        assertKeyInNoKeyValue();
    }

    @Test
    void aPostCutOffAfterItWasSentIsAnIoErrorWhoseOutcomeIsUnknown() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

        try (BeyondWordsClient client = client(ObservationRequestListener.create(registry))) {
            assertThatThrownBy(() -> client.backgroundTracks()
                    .create(BackgroundTrackCreateParams.builder().name("x").build()))
                    .isInstanceOf(ApiConnectionException.class);
        }

        assertThat(events).isEmpty();
        assertThat(registry).hasSingleObservationThat()
                .hasContextualNameEqualTo("POST background_tracks")
                .hasBeenStopped()
                .hasError()
                .assertThatError().isInstanceOf(ApiConnectionException.class);
        assertThat(registry).hasSingleObservationThat()
                .hasLowCardinalityKeyValue("operation", "BackgroundTracks.create")
                .hasLowCardinalityKeyValue("method", "POST")
                .hasLowCardinalityKeyValue("status", "IO_ERROR")
                .hasLowCardinalityKeyValue("outcome", "UNKNOWN")
                .hasLowCardinalityKeyValue("error.type", "io")
                .hasLowCardinalityKeyValue("outcome.unknown", "true")
                .hasHighCardinalityKeyValue("attempts", "1");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertKeyInNoKeyValue();
    }

    @Test
    void aPlain404IsAClientErrorWithTheSdkExceptionAsItsError() {
        server.enqueue(json(404, "{\"message\":\"no\"}").setHeader("X-Request-Id", "r-404"));

        try (BeyondWordsClient client = client(ObservationRequestListener.create(registry))) {
            assertThatThrownBy(() -> client.backgroundTracks().retrieve(1)).isInstanceOf(NotFoundException.class);
        }

        assertThat(registry).hasSingleObservationThat()
                .hasError()
                .hasLowCardinalityKeyValue("status", "404")
                .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
                .hasLowCardinalityKeyValue("error.type", "other")
                .hasLowCardinalityKeyValue("outcome.unknown", "false")
                .hasHighCardinalityKeyValue("request.id", "r-404")
                .hasHighCardinalityKeyValue("attempts", "1");
        assertKeyInNoKeyValue();
    }

    @Test
    void underTheDefaultMeterHandlerACallIsATimerAndARetryACounter() {
        MeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        server.enqueue(json(503, "{}"));
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, TRACK));

        try (BeyondWordsClient client = client(ObservationRequestListener.create(observations))) {
            client.backgroundTracks().retrieve(1);
        }

        Timer timer = meters.get("beyondwords.client.requests").timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.getId().getTags()).extracting(t -> t.getKey() + "=" + t.getValue()).containsExactlyInAnyOrder(
                "operation=BackgroundTracks.retrieve", "method=GET", "uri=background_tracks/{id}", "status=200",
                "outcome=SUCCESS", "error.type=none", "outcome.unknown=false", "error=none");
        assertThat(meters.get("beyondwords.client.requests.retry")
                .tags("operation", "BackgroundTracks.retrieve", "method", "GET", "uri", "background_tracks/{id}")
                .counter().count()).isEqualTo(2.0);
        assertThat(meters.getMeters()).allSatisfy(meter -> assertThat(meter.getId().toString()).doesNotContain(KEY));
    }

    @Test
    void aConventionOfOnesOwnReplacesTheDefault() {
        DefaultBeyondWordsObservationConvention standard = new DefaultBeyondWordsObservationConvention();
        BeyondWordsObservationConvention withTenant = new BeyondWordsObservationConvention() {
            @Override
            public String getName() {
                return "tts.calls";
            }

            @Override
            public KeyValues getLowCardinalityKeyValues(BeyondWordsCallContext context) {
                return standard.getLowCardinalityKeyValues(context).and("tenant", "acme");
            }
        };
        server.enqueue(json(200, TRACK));

        try (BeyondWordsClient client = client(
                ObservationRequestListener.builder(registry).observationConvention(withTenant).build())) {
            client.backgroundTracks().retrieve(1);
        }

        assertThat(registry).hasSingleObservationThat()
                .hasNameEqualTo("tts.calls")
                .hasLowCardinalityKeyValue("tenant", "acme")
                .hasLowCardinalityKeyValue("status", "200");
    }

    @Test
    void aThrowingListenerOrConventionNeverBreaksTheCall() {
        RequestListener throwing = new RequestListener() {
            @Override
            public void callStarted(CallStarted call) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public Map<String, String> headersFor(AttemptStarted attempt) {
                throw new IllegalStateException("listener bug");
            }
        };
        BeyondWordsObservationConvention broken = new BeyondWordsObservationConvention() {
            @Override
            public String getName() {
                return "broken";
            }

            @Override
            public KeyValues getLowCardinalityKeyValues(BeyondWordsCallContext context) {
                if (context.ended().isPresent()) {
                    throw new IllegalStateException("convention bug");
                }
                return KeyValues.empty();
            }
        };
        TestObservationRegistry other = TestObservationRegistry.create();
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, TRACK));
        server.enqueue(json(200, TRACK));

        try (BeyondWordsClient client = client(throwing,
                ObservationRequestListener.builder(other).observationConvention(broken).build(),
                ObservationRequestListener.create(registry))) {
            assertThat(client.backgroundTracks().retrieve(1).name()).isEqualTo("a");
            assertThat(client.async().backgroundTracks().retrieve(1).join().name()).isEqualTo("a");
        }

        assertThat(registry).hasNumberOfObservationsEqualTo(2);
        assertThat(registry).hasAnObservation(o -> o.hasLowCardinalityKeyValue("status", "200")
                .hasHighCardinalityKeyValue("attempts", "2"));
    }

    @Test
    void aNoopRegistryCostsNothingAndBreaksNothing() {
        server.enqueue(json(200, TRACK));

        try (BeyondWordsClient client = client(ObservationRequestListener.create(ObservationRegistry.NOOP))) {
            assertThat(client.backgroundTracks().retrieve(1).name()).isEqualTo("a");
        }
    }

    /**
     * Many calls in flight, ended in another order than they started: each event still reaches its own call's
     * observation (its carrier, its retry, its stop).
     */
    @Test
    void manyCallsInFlightEachKeepTheirOwnObservation() {
        Operation operation = new Operation("BackgroundTracks.retrieve", "GET", "background_tracks/{id}",
                "background_tracks#show");
        ObservationRequestListener listener = ObservationRequestListener.create(registry);
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 3000; id++) {
            ids.add(id * 7); // spread like the ids of several clients' calls
        }
        for (long id : ids) {
            listener.callStarted(new CallStarted(id, operation, Instant.EPOCH));
        }
        Collections.shuffle(ids, new Random(27));
        for (long id : ids) {
            assertThat(listener.headersFor(new AttemptStarted(id, operation, 1)))
                    .containsExactly(Map.entry("traceparent", "trace-of-beyondwords.client.requests"));
            listener.attemptEnded(new AttemptEnded(id, operation, 1, 503, Optional.empty(),
                    Optional.of(ErrorType.SERVER), false, true, Duration.ofMillis(1), Duration.ZERO));
            listener.callEnded(new CallEnded(id, operation, 2, 200, Optional.of("r-" + id), Optional.empty(), false,
                    Duration.ZERO, Optional.empty()));
        }

        assertThat(events).hasSize(ids.size()).containsOnly("retry");
        assertThat(stopped).hasSize(ids.size()).allSatisfy(c -> {
            BeyondWordsCallContext call = (BeyondWordsCallContext) c;
            assertThat(call.ended()).hasValueSatisfying(e -> assertThat(e.callId()).isEqualTo(call.callId()));
            assertThat(c.getHighCardinalityKeyValue("request.id").getValue())
                    .isEqualTo("r-" + call.callId());
        });
        // Every call ended: a later event of any of them finds nothing.
        assertThat(listener.headersFor(new AttemptStarted(ids.get(0), operation, 3))).isEmpty();
    }

    /** The key is in no name, key value or carrier of any observation. */
    private void assertKeyInNoKeyValue() {
        List<String> seen = new ArrayList<>();
        for (Observation.Context c : stopped) {
            seen.add(c.getName());
            seen.add(String.valueOf(c.getContextualName()));
            Stream.concat(c.getLowCardinalityKeyValues().stream(), c.getHighCardinalityKeyValues().stream())
                    .map(KeyValue::toString).forEach(seen::add);
            if (c instanceof BeyondWordsCallContext call) {
                seen.add(String.valueOf(call.getCarrier()));
            }
            seen.add(String.valueOf(c.getError()));
        }
        assertThat(seen).isNotEmpty().noneMatch(s -> s.contains(KEY));
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(body);
    }
}
