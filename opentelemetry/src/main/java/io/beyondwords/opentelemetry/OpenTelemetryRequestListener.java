package io.beyondwords.opentelemetry;

import io.beyondwords.observability.AttemptEnded;
import io.beyondwords.observability.AttemptStarted;
import io.beyondwords.observability.CallEnded;
import io.beyondwords.observability.CallStarted;
import io.beyondwords.observability.ErrorType;
import io.beyondwords.observability.Operation;
import io.beyondwords.observability.RequestListener;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenTelemetry CLIENT span per BeyondWords API call, after the HTTP client semantic conventions: register it with
 * {@code BeyondWordsClient.builder().addRequestListener(OpenTelemetryRequestListener.create(openTelemetry))}.
 *
 * <p>The span is named {@code {http.request.method} {url.template}} (e.g. {@code GET /v1/projects/{project_id}}) and
 * carries {@code http.request.method}, {@code server.address}, {@code server.port}, {@code url.template},
 * {@code http.response.status_code}, {@code http.request.resend_count} (when the call retried), {@code error.type}
 * (the status, or the SDK exception's class, when the call failed) and the SDK's {@code beyondwords.operation},
 * {@code beyondwords.request_id} and {@code beyondwords.outcome_unknown}. It is the child of the context current
 * where the call started. {@code url.full} is left out: the events carry the path template only, never filled ids.
 * The API key is in no attribute.
 *
 * <p>Each attempt is an event {@value #ATTEMPT_EVENT} on the call's span (its resend count, status, error type,
 * whether and after what wait the call retries), and is sent with the span's context in the propagator's headers
 * ({@code traceparent} under W3C propagation). Events rather than child spans: the call is the one HTTP dependency a
 * trace shows, and a CLIENT span nested in a CLIENT span would count that dependency twice in service maps.
 */
public final class OpenTelemetryRequestListener implements RequestListener {
    /** The instrumentation scope's name. */
    public static final String INSTRUMENTATION_NAME = "io.beyondwords.opentelemetry";
    /** The name of the event each attempt adds to its call's span. */
    public static final String ATTEMPT_EVENT = "beyondwords.attempt";

    static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
    static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE = AttributeKey.longKey("http.response.status_code");
    static final AttributeKey<Long> HTTP_REQUEST_RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("beyondwords.operation");
    static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("beyondwords.request_id");
    static final AttributeKey<Boolean> OUTCOME_UNKNOWN = AttributeKey.booleanKey("beyondwords.outcome_unknown");
    static final AttributeKey<Boolean> WILL_RETRY = AttributeKey.booleanKey("beyondwords.will_retry");
    static final AttributeKey<Long> RETRY_DELAY_MS = AttributeKey.longKey("beyondwords.retry_delay_ms");

    private static final TextMapSetter<Map<String, String>> HEADERS = (carrier, name, value) -> {
        if (carrier != null) {
            carrier.put(name, value);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final String serverAddress;
    private final long serverPort;
    private final String basePath;
    /** The contexts (with their span) of the calls in flight, by call id; each call removes its own when it ends. */
    private final Map<Long, Context> running = new ConcurrentHashMap<>();

    private OpenTelemetryRequestListener(Builder builder) {
        this.tracer = builder.openTelemetry.getTracer(INSTRUMENTATION_NAME);
        this.propagator = builder.openTelemetry.getPropagators().getTextMapPropagator();
        URI base = builder.baseUrl;
        this.serverAddress = base.getHost();
        this.serverPort = base.getPort() != -1 ? base.getPort() : "http".equals(base.getScheme()) ? 80 : 443;
        String path = base.getPath() == null ? "" : base.getPath();
        this.basePath = path.endsWith("/") ? path : path + "/";
    }

    /**
     * @param openTelemetry the application's OpenTelemetry (its tracer provider and propagators)
     * @return a listener for a client of the default base URL, {@code https://api.beyondwords.io/v1}
     */
    public static OpenTelemetryRequestListener create(OpenTelemetry openTelemetry) {
        return builder(openTelemetry).build();
    }

    /**
     * @param openTelemetry the application's OpenTelemetry (its tracer provider and propagators)
     * @return a builder, to name another base URL
     */
    public static Builder builder(OpenTelemetry openTelemetry) {
        return new Builder(openTelemetry);
    }

    @Override
    public void callStarted(CallStarted call) {
        Operation operation = call.operation();
        String template = basePath + operation.pathTemplate();
        Context parent = Context.current();
        Span span = tracer.spanBuilder(operation.method() + " " + template)
                .setSpanKind(SpanKind.CLIENT)
                .setParent(parent)
                .setAttribute(HTTP_REQUEST_METHOD, operation.method())
                .setAttribute(SERVER_ADDRESS, serverAddress)
                .setAttribute(SERVER_PORT, serverPort)
                .setAttribute(URL_TEMPLATE, template)
                .setAttribute(OPERATION, operation.name())
                .startSpan();
        running.put(call.callId(), parent.with(span));
    }

    @Override
    public Map<String, String> headersFor(AttemptStarted attempt) {
        Context context = running.get(attempt.callId());
        if (context == null) {
            return Map.of();
        }
        Map<String, String> headers = new HashMap<>();
        propagator.inject(context, headers, HEADERS);
        return headers;
    }

    @Override
    public void attemptEnded(AttemptEnded attempt) {
        Context context = running.get(attempt.callId());
        if (context == null) {
            return;
        }
        AttributesBuilder event = Attributes.builder()
                .put(HTTP_REQUEST_RESEND_COUNT, attempt.attempt() - 1L)
                .put(WILL_RETRY, attempt.willRetry());
        if (attempt.statusCode() > 0) {
            event.put(HTTP_RESPONSE_STATUS_CODE, (long) attempt.statusCode());
        }
        attempt.errorType().ifPresent(type -> event.put(ERROR_TYPE, attempt.statusCode() > 0
                ? Integer.toString(attempt.statusCode())
                : nameOf(type)));
        if (attempt.willRetry()) {
            event.put(RETRY_DELAY_MS, attempt.retryDelay().toMillis());
        }
        attempt.requestId().ifPresent(id -> event.put(REQUEST_ID, id));
        if (attempt.outcomeUnknown()) {
            event.put(OUTCOME_UNKNOWN, true);
        }
        Span.fromContext(context).addEvent(ATTEMPT_EVENT, event.build());
    }

    @Override
    public void callEnded(CallEnded call) {
        Context context = running.remove(call.callId());
        if (context == null) {
            return;
        }
        Span span = Span.fromContext(context);
        try {
            if (call.statusCode() > 0) {
                span.setAttribute(HTTP_RESPONSE_STATUS_CODE, (long) call.statusCode());
            }
            if (call.attempts() > 1) {
                span.setAttribute(HTTP_REQUEST_RESEND_COUNT, call.attempts() - 1L);
            }
            call.requestId().ifPresent(id -> span.setAttribute(REQUEST_ID, id));
            if (call.outcomeUnknown()) {
                span.setAttribute(OUTCOME_UNKNOWN, true);
            }
            if (!call.succeeded()) {
                // The semantic conventions' error.type: the status when the server refused, else the exception's class.
                String errorType = call.statusCode() >= 400
                        ? Integer.toString(call.statusCode())
                        : call.failure().map(e -> e.getClass().getName()).orElse("_OTHER");
                span.setAttribute(ERROR_TYPE, errorType);
                span.setStatus(StatusCode.ERROR);
                call.failure().ifPresent(span::recordException);
            }
        } finally {
            span.end();
        }
    }

    /** The {@code error.type} of an attempt that got no status. */
    private static String nameOf(ErrorType type) {
        return type == ErrorType.CLIENT_TIMEOUT ? "timeout" : type.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "OpenTelemetryRequestListener{server=" + serverAddress + ':' + serverPort + '}';
    }

    /** Builds an {@link OpenTelemetryRequestListener}. */
    public static final class Builder {
        private final OpenTelemetry openTelemetry;
        private URI baseUrl = URI.create("https://api.beyondwords.io/v1");

        private Builder(OpenTelemetry openTelemetry) {
            this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
        }

        /**
         * @param baseUrl the base URL the client is built with, which {@code server.address},
         *     {@code server.port} and {@code url.template} are read from; {@code https://api.beyondwords.io/v1} by
         *     default
         * @return this builder
         * @throws IllegalArgumentException if it is no absolute URL with a host
         */
        public Builder baseUrl(String baseUrl) {
            URI parsed = URI.create(Objects.requireNonNull(baseUrl, "baseUrl"));
            if (parsed.getHost() == null) {
                throw new IllegalArgumentException("baseUrl must be an absolute URL with a host");
            }
            this.baseUrl = parsed;
            return this;
        }

        /** @return the listener */
        public OpenTelemetryRequestListener build() {
            return new OpenTelemetryRequestListener(this);
        }
    }
}
