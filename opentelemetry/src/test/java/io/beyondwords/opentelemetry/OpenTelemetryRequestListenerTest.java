package io.beyondwords.opentelemetry;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.errors.ApiConnectionException;
import io.beyondwords.errors.NotFoundException;
import io.beyondwords.observability.AttemptStarted;
import io.beyondwords.observability.CallEnded;
import io.beyondwords.observability.RequestListener;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The spans of calls over loopback, for the fault matrix's cases. */
class OpenTelemetryRequestListenerTest {
    @RegisterExtension
    static final OpenTelemetryExtension OTEL = OpenTelemetryExtension.create();

    private static final String KEY = "bw_test_OTEL_KEY_0001";
    private static final String TRACK = "{\"id\":1,\"name\":\"a\",\"volume\":100,"
            + "\"created\":\"2023-01-01 00:00:00 UTC\",\"updated\":\"2023-01-01 00:00:05 UTC\"}";
    private static final AttributeKey<Long> RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    private static final AttributeKey<Boolean> WILL_RETRY = AttributeKey.booleanKey("beyondwords.will_retry");
    private static final AttributeKey<Long> RETRY_DELAY = AttributeKey.longKey("beyondwords.retry_delay_ms");
    private static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("beyondwords.request_id");
    private static final AttributeKey<Boolean> UNKNOWN = AttributeKey.booleanKey("beyondwords.outcome_unknown");

    private final MockWebServer server = new MockWebServer();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() throws IOException {
        server.shutdown();
    }

    private OpenTelemetryRequestListener listener() {
        return OpenTelemetryRequestListener.builder(OTEL.getOpenTelemetry())
                .baseUrl(server.url("/v1").toString())
                .build();
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

    @Test
    void aRetried503IsOneClientSpanWithAnEventPerAttemptAndItsContextOnEachAttempt() throws Exception {
        server.enqueue(json(503, "{}").setHeader("X-Request-Id", "r-1"));
        server.enqueue(json(200, TRACK).setHeader("X-Request-Id", "r-2"));

        try (BeyondWordsClient client = client(listener())) {
            client.backgroundTracks().retrieve(1);
        }

        List<SpanData> spans = OTEL.getSpans();
        assertThat(spans).hasSize(1);
        SpanData span = spans.get(0);
        assertThat(span).hasName("GET /v1/background_tracks/{id}")
                .hasKind(SpanKind.CLIENT)
                .hasNoParent()
                .hasStatus(StatusData.unset())
                .hasAttributesSatisfyingExactly(
                        equalTo(AttributeKey.stringKey("http.request.method"), "GET"),
                        equalTo(AttributeKey.stringKey("server.address"), server.getHostName()),
                        equalTo(AttributeKey.longKey("server.port"), (long) server.getPort()),
                        equalTo(AttributeKey.stringKey("url.template"), "/v1/background_tracks/{id}"),
                        equalTo(AttributeKey.stringKey("beyondwords.operation"), "BackgroundTracks.retrieve"),
                        equalTo(STATUS, 200L),
                        equalTo(RESEND_COUNT, 1L),
                        equalTo(REQUEST_ID, "r-2"));
        assertThat(span.getEvents()).extracting(EventData::getName)
                .containsExactly("beyondwords.attempt", "beyondwords.attempt");
        long wait = waits.get(0).toMillis();
        assertThat(span.getEvents().get(0).getAttributes()).isEqualTo(Attributes.builder()
                .put(RESEND_COUNT, 0L).put(WILL_RETRY, true).put(STATUS, 503L).put(ERROR_TYPE, "503")
                .put(RETRY_DELAY, wait).put(REQUEST_ID, "r-1").build());
        assertThat(span.getEvents().get(1).getAttributes()).isEqualTo(Attributes.builder()
                .put(RESEND_COUNT, 1L).put(WILL_RETRY, false).put(STATUS, 200L).put(REQUEST_ID, "r-2").build());
        String traceparent = "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                + span.getSpanContext().getTraceFlags().asHex();
        for (int attempt = 1; attempt <= 2; attempt++) {
            RecordedRequest sent = server.takeRequest();
            assertThat(sent.getHeader("traceparent")).isEqualTo(traceparent);
            assertThat(sent.getHeader("X-Api-Key")).isEqualTo(KEY);
        }
        assertKeyNowhere();
    }

    @Test
    void a429WithRetryAfterIsAThrottledAttemptThenASuccess() {
        server.enqueue(json(429, "{}").setHeader("Retry-After", "1"));
        server.enqueue(json(200, TRACK));

        try (BeyondWordsClient client = client(listener())) {
            client.backgroundTracks().retrieve(1);
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(1));
        SpanData span = only();
        assertThat(span).hasAttribute(STATUS, 200L).hasAttribute(RESEND_COUNT, 1L)
                .hasStatus(StatusData.unset());
        assertThat(span.getAttributes().get(ERROR_TYPE)).isNull();
        assertThat(span.getEvents().get(0).getAttributes()).isEqualTo(Attributes.builder()
                .put(RESEND_COUNT, 0L).put(WILL_RETRY, true).put(STATUS, 429L).put(ERROR_TYPE, "429")
                .put(RETRY_DELAY, 1000L).build());
        assertKeyNowhere();
    }

    @Test
    void aPostCutOffAfterItWasSentIsAnErrorSpanWhoseOutcomeIsUnknown() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

        try (BeyondWordsClient client = client(listener())) {
            assertThatThrownBy(() -> client.backgroundTracks()
                    .create(BackgroundTrackCreateParams.builder().name("x").build()))
                    .isInstanceOf(ApiConnectionException.class);
        }

        SpanData span = only();
        assertThat(span).hasName("POST /v1/background_tracks")
                .hasStatus(StatusData.error())
                .hasAttribute(AttributeKey.stringKey("http.request.method"), "POST")
                .hasAttribute(ERROR_TYPE, ApiConnectionException.class.getName())
                .hasAttribute(UNKNOWN, true);
        assertThat(span.getEvents().get(1).getAttributes().get(AttributeKey.stringKey("exception.type")))
                .isEqualTo(ApiConnectionException.class.getName());
        assertThat(span.getAttributes().get(STATUS)).isNull();
        assertThat(span.getAttributes().get(RESEND_COUNT)).isNull();
        assertThat(span.getEvents()).extracting(EventData::getName).containsExactly("beyondwords.attempt", "exception");
        assertThat(span.getEvents().get(0).getAttributes()).isEqualTo(Attributes.builder()
                .put(RESEND_COUNT, 0L).put(WILL_RETRY, false).put(ERROR_TYPE, "io").put(UNKNOWN, true).build());
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertKeyNowhere();
    }

    @Test
    void aPlain404IsAnErrorSpanWithTheStatusAsItsErrorType() {
        server.enqueue(json(404, "{\"message\":\"no\"}").setHeader("X-Request-Id", "r-404"));

        try (BeyondWordsClient client = client(listener())) {
            assertThatThrownBy(() -> client.backgroundTracks().retrieve(1)).isInstanceOf(NotFoundException.class);
        }

        SpanData span = only();
        assertThat(span).hasStatus(StatusData.error())
                .hasAttribute(STATUS, 404L)
                .hasAttribute(ERROR_TYPE, "404")
                .hasAttribute(REQUEST_ID, "r-404");
        assertThat(span.getAttributes().get(RESEND_COUNT)).isNull();
        assertKeyNowhere();
    }

    @Test
    void aCallInsideASpanIsItsChild() {
        server.enqueue(json(200, TRACK));
        Span parent = OTEL.getOpenTelemetry().getTracer("test").spanBuilder("handler").startSpan();

        try (BeyondWordsClient client = client(listener()); Scope scope = parent.makeCurrent()) {
            client.backgroundTracks().retrieve(1);
        } finally {
            parent.end();
        }

        SpanData call = OTEL.getSpans().stream().filter(s -> s.getKind() == SpanKind.CLIENT).findFirst()
                .orElseThrow();
        assertThat(call).hasParentSpanId(parent.getSpanContext().getSpanId())
                .hasTraceId(parent.getSpanContext().getTraceId());
    }

    @Test
    void theDefaultServerIsTheApisAndAThrowingListenerNeverBreaksTheCall() throws Exception {
        RequestListener throwing = new RequestListener() {
            @Override
            public Map<String, String> headersFor(AttemptStarted attempt) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void callEnded(CallEnded call) {
                throw new IllegalStateException("listener bug");
            }
        };
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, TRACK));

        try (BeyondWordsClient client = client(throwing,
                OpenTelemetryRequestListener.create(OTEL.getOpenTelemetry()))) {
            assertThat(client.async().backgroundTracks().retrieve(1).join().name()).isEqualTo("a");
        }

        SpanData span = only();
        assertThat(span).hasAttribute(AttributeKey.stringKey("server.address"), "api.beyondwords.io")
                .hasAttribute(AttributeKey.longKey("server.port"), 443L)
                .hasAttribute(RESEND_COUNT, 1L);
        assertThat(server.takeRequest().getHeader("traceparent")).contains(span.getSpanId());
    }

    private static SpanData only() {
        List<SpanData> spans = OTEL.getSpans();
        assertThat(spans).hasSize(1);
        return spans.get(0);
    }

    /** The key is in no span's name, attribute, event or status. */
    private static void assertKeyNowhere() {
        List<String> seen = new ArrayList<>();
        for (SpanData span : OTEL.getSpans()) {
            seen.add(span.getName());
            seen.add(span.getAttributes().toString());
            seen.add(span.getStatus().toString());
            span.getEvents().forEach(e -> seen.add(e.getName() + e.getAttributes()));
        }
        assertThat(seen).isNotEmpty().noneMatch(s -> s.contains(KEY));
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(body);
    }
}
