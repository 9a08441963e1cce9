package io.beyondwords.it.faults;

import io.beyondwords.it.support.MutableClock;
import static java.time.Duration.ZERO;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.RequestOptions;
import io.beyondwords.RetryPolicy;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.backgroundtracks.BackgroundTrackListParams;
import io.beyondwords.backgroundtracks.BackgroundTrackService;
import io.beyondwords.backgroundtracks.BackgroundTrackServiceAsync;
import io.beyondwords.backgroundtracks.BackgroundTrackUpdateParams;
import io.beyondwords.errors.ApiConnectionException;
import io.beyondwords.errors.ApiException;
import io.beyondwords.errors.ApiTimeoutException;
import io.beyondwords.errors.AuthenticationException;
import io.beyondwords.errors.BadRequestException;
import io.beyondwords.errors.BeyondWordsException;
import io.beyondwords.errors.ConflictException;
import io.beyondwords.errors.InternalServerException;
import io.beyondwords.errors.InvalidResponseException;
import io.beyondwords.errors.NotFoundException;
import io.beyondwords.errors.RateLimitException;
import io.beyondwords.errors.UnexpectedStatusException;
import io.beyondwords.errors.UnprocessableEntityException;
import io.beyondwords.paging.Page;
import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.Faults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault-injection matrix: every row drives the public facade over real loopback HTTP against a misbehaving
 * server and asserts, all at once,
 * <ul>
 *   <li>the requests the server saw for the operation (the attempts, as the wire saw them);</li>
 *   <li>for a create ({@code POST}), the creates the server actually carried out: never two for one call;</li>
 *   <li>every wait the SDK asked of its {@code Sleeper}, exactly: the sleeper is recorded and advances a fixed
 *       clock, and the jitter source is fixed at {@value #JITTER}, so the backoff factor is exactly 0.875;</li>
 *   <li>the exception type and its flags: {@code isRetryable()}, {@code isOutcomeUnknown()}, {@code statusCode()},
 *       and {@code retryAfter()} for a 429 (empty when the server gave no usable hint); the message never holds the
 *       key, and an I/O failure after several attempts says how many.</li>
 * </ul>
 * Servers: the testkit's {@link BeyondWordsStandIn} (stateful: a create it processes really creates a track) with its
 * {@link Faults}, or a {@link ScriptedServer} (MockWebServer answering a fixed script) where a row needs a response
 * the stand-in cannot produce (HTML page, arbitrary headers, malformed JSON), or a closed loopback port. Nothing
 * sleeps: the read-timeout rows wait for their real 200 ms socket timeouts (a socket timeout cannot be faked; no row
 * bounds how long it takes), and the deadline rows move the clock past the deadline once the server holds the call.
 */
class FaultMatrixTest {

    static final double JITTER = 0.5;
    /** A key-shaped string that is obviously not a real key. */
    static final String FAKE_KEY = "fake-key-for-fault-injection";

    /** Backoff before retry 1 and 2 with the default policy and the fixed jitter: 500 ms × 0.875, 1 s × 0.875. */
    static final Duration B1 = ofMillis(437).plusNanos(500_000);
    static final Duration B2 = ofMillis(875);

    static final RequestOptions READ_200MS = RequestOptions.builder().readTimeout(ofMillis(200)).build();

    static final String TRACK_JSON = "{\"id\":1,\"name\":\"Calm piano\",\"volume\":80,\"project\":null,"
            + "\"media\":{\"url\":\"https://example.com/calm.mp3\",\"duration\":1000},"
            + "\"created\":\"2023-01-01 00:00:00 UTC\",\"updated\":\"2023-01-01 00:00:00 UTC\"}";
    static final String HTML_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    // ---- the operations ----

    enum Op {
        GET("GET", "/v1/background_tracks/1") {
            @Override
            Object call(BackgroundTrackService tracks, RequestOptions options) {
                return tracks.retrieve(1, options);
            }

            @Override
            CompletableFuture<?> callAsync(BackgroundTrackServiceAsync tracks, RequestOptions options) {
                return tracks.retrieve(1, options);
            }
        },
        LIST("GET", "/v1/background_tracks") {
            @Override
            Object call(BackgroundTrackService tracks, RequestOptions options) {
                return tracks.list(BackgroundTrackListParams.none(), options);
            }

            @Override
            CompletableFuture<?> callAsync(BackgroundTrackServiceAsync tracks, RequestOptions options) {
                return tracks.list(BackgroundTrackListParams.none(), options);
            }
        },
        PUT("PUT", "/v1/background_tracks/1") {
            @Override
            Object call(BackgroundTrackService tracks, RequestOptions options) {
                return tracks.update(1, UPDATE, options);
            }

            @Override
            CompletableFuture<?> callAsync(BackgroundTrackServiceAsync tracks, RequestOptions options) {
                return tracks.update(1, UPDATE, options);
            }
        },
        POST("POST", "/v1/background_tracks") {
            @Override
            Object call(BackgroundTrackService tracks, RequestOptions options) {
                return tracks.create(CREATE, options);
            }

            @Override
            CompletableFuture<?> callAsync(BackgroundTrackServiceAsync tracks, RequestOptions options) {
                return tracks.create(CREATE, options);
            }
        };

        private static final BackgroundTrackUpdateParams UPDATE = BackgroundTrackUpdateParams.builder().volume(90)
                .build();
        private static final BackgroundTrackCreateParams CREATE = BackgroundTrackCreateParams.builder()
                .name("Fault case").mediaUrl("https://example.com/fault.mp3").volume(80).build();

        final String method;
        final String path;

        Op(String method, String path) {
            this.method = method;
            this.path = path;
        }

        abstract Object call(BackgroundTrackService tracks, RequestOptions options);

        abstract CompletableFuture<?> callAsync(BackgroundTrackServiceAsync tracks, RequestOptions options);
    }

    // ---- the servers ----

    /** A running server for one row. */
    interface Fixture extends AutoCloseable {
        String baseUrl();

        /** Requests the server received for this operation. */
        int seen(Op op);

        /** Creates the server carried out. */
        int creates();

        @Override
        void close() throws Exception;
    }

    interface Backend {
        Fixture start(RecordingSleeper sleeper);
    }

    /** The testkit stand-in, seeded with track 1, with these faults queued. */
    static Backend standIn(String label, Consumer<Faults> faults) {
        return new Backend() {
            @Override
            public Fixture start(RecordingSleeper sleeper) {
                BeyondWordsStandIn standIn = BeyondWordsStandIn.builder().apiKey(FAKE_KEY).build().start();
                standIn.seed(1);
                faults.accept(standIn.faults());
                return new Fixture() {
                    @Override
                    public String baseUrl() {
                        return standIn.baseUrl();
                    }

                    @Override
                    public int seen(Op op) {
                        return standIn.requestCount(op.method, op.path);
                    }

                    @Override
                    public int creates() {
                        return standIn.tracks().size() - 1;
                    }

                    @Override
                    public void close() {
                        standIn.close();
                    }
                };
            }

            @Override
            public String toString() {
                return "stand-in: " + label;
            }
        };
    }

    /** A MockWebServer answering these responses in order; {@code startAfterFirstSleep} keeps its port closed at first. */
    static Backend scripted(String label, boolean startAfterFirstSleep, MockResponse... script) {
        return new Backend() {
            @Override
            public Fixture start(RecordingSleeper sleeper) {
                ScriptedServer server = new ScriptedServer(script);
                String baseUrl;
                if (startAfterFirstSleep) {
                    // Attempt 1 meets a closed port; the server comes up on it during the first wait.
                    int port = LoopbackServers.closedPort();
                    sleeper.onSleep((index, duration) -> {
                        if (index == 0) {
                            server.start(port);
                        }
                    });
                    baseUrl = "http://127.0.0.1:" + port + "/v1";
                } else {
                    baseUrl = server.start(0).baseUrl();
                }
                return new Fixture() {
                    @Override
                    public String baseUrl() {
                        return baseUrl;
                    }

                    @Override
                    public int seen(Op op) {
                        return server.seen(op.method);
                    }

                    @Override
                    public int creates() {
                        return server.creates();
                    }

                    @Override
                    public void close() throws Exception {
                        server.close();
                    }
                };
            }

            @Override
            public String toString() {
                return "scripted: " + label;
            }
        };
    }

    static Backend scripted(String label, MockResponse... script) {
        return scripted(label, false, script);
    }

    /** A loopback port that refuses every connection. */
    static Backend refused() {
        return new Backend() {
            @Override
            public Fixture start(RecordingSleeper sleeper) {
                String baseUrl = "http://127.0.0.1:" + LoopbackServers.closedPort() + "/v1";
                return new Fixture() {
                    @Override
                    public String baseUrl() {
                        return baseUrl;
                    }

                    @Override
                    public int seen(Op op) {
                        return 0;
                    }

                    @Override
                    public int creates() {
                        return 0;
                    }

                    @Override
                    public void close() {
                    }
                };
            }

            @Override
            public String toString() {
                return "closed loopback port";
            }
        };
    }

    // ---- responses ----

    static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(body);
    }

    static MockResponse track(int status) {
        return json(status, TRACK_JSON);
    }

    static MockResponse error(int status, String... headerPairs) {
        MockResponse r = json(status, "{\"type\":\"application_error\",\"message\":\"status " + status + "\"}");
        for (int i = 0; i < headerPairs.length; i += 2) {
            r.setHeader(headerPairs[i], headerPairs[i + 1]);
        }
        return r;
    }

    static MockResponse html502() {
        return new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html").setBody(HTML_502);
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    static int[] times(int status, int n) {
        int[] statuses = new int[n];
        java.util.Arrays.fill(statuses, status);
        return statuses;
    }

    // ---- the table ----

    /** The table's exact size: a row added or lost changes it, and {@link #everyRowRan()} checks each one ran. */
    static final int ROWS = 92;

    /** The indices of the rows {@link #row(Row)} ran in this JVM. */
    private static final Set<Integer> RAN = ConcurrentHashMap.newKeySet();

    static Stream<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        statusRows(rows);
        connectionRows(rows);
        bodyRows(rows);
        retryAfterRows(rows);
        policyRows(rows);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).index = i;
        }
        return rows.stream();
    }

    /** Each status × GET / PUT / POST; the server answers that status to every request. */
    static void statusRows(List<Row> rows) {
        Map<Integer, Class<? extends ApiException>> types = Map.ofEntries(
                Map.entry(400, BadRequestException.class), Map.entry(401, AuthenticationException.class),
                Map.entry(404, NotFoundException.class), Map.entry(408, UnexpectedStatusException.class),
                Map.entry(409, ConflictException.class), Map.entry(422, UnprocessableEntityException.class),
                Map.entry(429, RateLimitException.class), Map.entry(500, InternalServerException.class),
                Map.entry(502, InternalServerException.class), Map.entry(503, InternalServerException.class),
                Map.entry(504, InternalServerException.class));
        List<Integer> retriedIdempotent = List.of(408, 429, 500, 502, 503, 504);
        List<Integer> retriedPost = List.of(429, 503);
        List<Integer> unknownPost = List.of(500, 502, 504);
        for (int status : List.of(400, 401, 404, 408, 409, 422, 429, 500, 502, 503, 504)) {
            for (Op op : List.of(Op.GET, Op.PUT, Op.POST)) {
                Row row = new Row("HTTP " + status, op,
                        standIn(status + " to every request", f -> f.failNext(times(status, 3))))
                        .fails(types.get(status)).status(status);
                boolean retried = op == Op.POST ? retriedPost.contains(status) : retriedIdempotent.contains(status);
                if (retried) {
                    row.seen(3).delays(B1, B2).retryable(true);
                } else {
                    row.seen(1).delays();
                    boolean unknown = op == Op.POST && unknownPost.contains(status);
                    // isRetryable: the status is transient and the outcome known (a POST 408 is not retried by the
                    // SDK, but reports retryable: the server timed out waiting, so nothing was created).
                    row.unknown(unknown).retryable(!unknown && retriedIdempotent.contains(status));
                }
                if (op == Op.POST) {
                    row.creates(0);
                }
                rows.add(row);
            }
        }
    }

    static void connectionRows(List<Row> rows) {
        // Connection refused: nothing was ever sent, so even a create is retried.
        for (Op op : List.of(Op.GET, Op.PUT, Op.POST)) {
            Row row = new Row("connection refused", op, refused()).seen(0).delays(B1, B2)
                    .fails(ApiConnectionException.class).retryable(true).unknown(false)
                    .also(e -> assertThat(e.getCause())
                            .isInstanceOf(java.net.ConnectException.class));
            rows.add(op == Op.POST ? row.creates(0) : row);
        }
        rows.add(new Row("connection refused, then the server comes up", Op.POST,
                scripted("port closed for attempt 1; then 201", true, track(201)))
                .seen(1).creates(1).delays(B1).succeeds());

        // Reset before the response: the server read the request and closed the socket without answering.
        for (Op op : List.of(Op.GET, Op.LIST, Op.PUT)) {
            rows.add(new Row("reset before the response", op,
                    standIn("disconnect ×3", f -> f.disconnectNext().disconnectNext().disconnectNext()))
                    .seen(3).delays(B1, B2).fails(ApiConnectionException.class).retryable(true).unknown(false));
        }
        rows.add(new Row("reset before the response (not processed)", Op.POST,
                standIn("disconnect", Faults::disconnectNext))
                .seen(1).creates(0).delays().fails(ApiConnectionException.class).retryable(false).unknown(true));
        rows.add(new Row("reset after processing (response lost)", Op.POST,
                standIn("disconnect after processing", Faults::disconnectNextAfterProcessing))
                .seen(1).creates(1).delays().fails(ApiConnectionException.class).retryable(false).unknown(true));
        rows.add(new Row("reset before the response, then 200", Op.GET,
                standIn("disconnect, then normal", Faults::disconnectNext)).seen(2).delays(B1).succeeds());

        // Reset mid-body: status line, headers (full Content-Length) and half the body, then the socket closes.
        for (Op op : List.of(Op.GET, Op.LIST, Op.PUT)) {
            rows.add(new Row("reset mid-body", op,
                    standIn("truncate ×3", f -> f.truncateNext().truncateNext().truncateNext()))
                    .seen(3).delays(B1, B2).fails(ApiConnectionException.class).retryable(true).unknown(false));
        }
        rows.add(new Row("reset mid-body (created, reply cut off)", Op.POST,
                standIn("truncate", Faults::truncateNext))
                .seen(1).creates(1).delays().fails(ApiConnectionException.class).retryable(false).unknown(true));

        // Read timeout (200 ms per request): the server reads the request and never answers.
        for (Op op : List.of(Op.GET, Op.PUT)) {
            rows.add(new Row("read timeout 200 ms", op,
                    standIn("stall ×3", f -> f.stallNext().stallNext().stallNext())).options(READ_200MS)
                    .seen(3).delays(B1, B2).fails(ApiTimeoutException.class).retryable(true).unknown(false));
        }
        rows.add(new Row("read timeout 200 ms (never answered)", Op.POST, standIn("stall", Faults::stallNext))
                .options(READ_200MS).seen(1).creates(0).delays().fails(ApiTimeoutException.class)
                .retryable(false).unknown(true));
        rows.add(new Row("read timeout 200 ms (created, answer 1 s late)", Op.POST,
                standIn("delay 1 s", f -> f.delayNext(ofSeconds(1))))
                .options(READ_200MS).seen(1).creates(1).delays().fails(ApiTimeoutException.class)
                .retryable(false).unknown(true));

        // A slow, trickling body.
        rows.add(new Row("trickling body within the read timeout", Op.GET,
                standIn("32 bytes / 5 ms", f -> f.trickleNext(32, ofMillis(5))))
                .options(RequestOptions.builder().readTimeout(ofSeconds(5)).build()).seen(1).delays().succeeds());
        rows.add(new Row("trickling body stalls past the read timeout", Op.GET,
                standIn("16 bytes / 1 s ×3", f -> f.trickleNext(16, ofSeconds(1)).trickleNext(16, ofSeconds(1))
                        .trickleNext(16, ofSeconds(1))))
                .options(READ_200MS).seen(3).delays(B1, B2).fails(ApiTimeoutException.class).retryable(true)
                .unknown(false));
        rows.add(new Row("trickling body stalls past the read timeout (created)", Op.POST,
                standIn("16 bytes / 1 s", f -> f.trickleNext(16, ofSeconds(1))))
                .options(READ_200MS).seen(1).creates(1).delays().fails(ApiTimeoutException.class).retryable(false)
                .unknown(true));
    }

    static void bodyRows(List<Row> rows) {
        String truncated = TRACK_JSON.substring(0, 40);
        rows.add(new Row("truncated JSON (complete HTTP message)", Op.GET,
                scripted("200 with half a JSON object", json(200, truncated)))
                .seen(1).delays().fails(InvalidResponseException.class).status(200).retryable(false).unknown(false));
        rows.add(new Row("truncated JSON (complete HTTP message)", Op.POST,
                scripted("201 with half a JSON object", json(201, truncated)))
                .seen(1).creates(1).delays().fails(InvalidResponseException.class).status(201)
                .retryable(false).unknown(true));
        rows.add(new Row("empty 201 body", Op.POST, scripted("201, no body", json(201, "")))
                .seen(1).creates(1).delays().fails(InvalidResponseException.class).status(201).retryable(false)
                .unknown(true));
        Consumer<BeyondWordsException> htmlKept = e -> {
            ApiException api = (ApiException) e;
            assertThat(api.body()).isEqualTo(HTML_502);
            assertThat(api.errorMessage()).isEmpty();
        };
        for (Op op : List.of(Op.GET, Op.LIST)) {
            rows.add(new Row("HTML 502 page", op, scripted("nginx 502 ×3", html502(), html502(), html502()))
                    .seen(3).delays(B1, B2).fails(InternalServerException.class).status(502).retryable(true)
                    .unknown(false).also(htmlKept));
        }
        rows.add(new Row("HTML 502 page", Op.POST, scripted("nginx 502", html502()))
                .seen(1).creates(0).delays().fails(InternalServerException.class).status(502).retryable(false)
                .unknown(true).also(htmlKept));
    }

    static void retryAfterRows(List<Row> rows) {
        // Seconds.
        rows.add(new Row("429 Retry-After: 3 (seconds)", Op.GET,
                standIn("429 + Retry-After 3 ×3", f -> f.failNextWithRetryAfter(ofSeconds(3), 429, 429, 429)))
                .seen(3).delays(ofSeconds(3), ofSeconds(3)).fails(RateLimitException.class).status(429)
                .retryable(true).unknown(false).retryAfter(ofSeconds(3)));
        rows.add(new Row("429 Retry-After: 3 (seconds)", Op.POST,
                standIn("429 + Retry-After 3 ×3", f -> f.failNextWithRetryAfter(ofSeconds(3), 429, 429, 429)))
                .seen(3).creates(0).delays(ofSeconds(3), ofSeconds(3)).fails(RateLimitException.class).status(429)
                .retryable(true).unknown(false).retryAfter(ofSeconds(3)));
        rows.add(new Row("429, 503 with Retry-After: 2, then 201", Op.POST,
                standIn("429 RA 2, 503 RA 2, normal", f -> f.failNextWithRetryAfter(ofSeconds(2), 429, 503)))
                .seen(3).creates(1).delays(ofSeconds(2), ofSeconds(2)).succeeds());

        // HTTP-date, measured against the injected clock (which the recording sleeper advances).
        Instant t0 = MutableClock.DEFAULT_START;
        rows.add(new Row("429 Retry-After: HTTP-date", Op.GET, scripted("dates +7 s, +12 s, +5 s from each attempt",
                error(429, "Retry-After", httpDate(t0.plusSeconds(7))),
                error(429, "Retry-After", httpDate(t0.plusSeconds(7 + 12))),
                error(429, "Retry-After", httpDate(t0.plusSeconds(7 + 12 + 5)))))
                .seen(3).delays(ofSeconds(7), ofSeconds(12)).fails(RateLimitException.class).status(429)
                .retryable(true).unknown(false).retryAfter(ofSeconds(5)));
        rows.add(new Row("503 Retry-After: HTTP-date in the past", Op.PUT, scripted("a date an hour ago ×3",
                error(503, "Retry-After", httpDate(t0.minusSeconds(3600))),
                error(503, "Retry-After", httpDate(t0.minusSeconds(3600))),
                error(503, "Retry-After", httpDate(t0.minusSeconds(3600)))))
                .seen(3).delays(ZERO, ZERO).fails(InternalServerException.class).status(503).retryable(true)
                .unknown(false));

        // Retry-After-Ms.
        rows.add(new Row("503 Retry-After-Ms: 1500", Op.PUT, scripted("503 + Retry-After-Ms 1500 ×3",
                error(503, "Retry-After-Ms", "1500"), error(503, "Retry-After-Ms", "1500"),
                error(503, "Retry-After-Ms", "1500")))
                .seen(3).delays(ofMillis(1500), ofMillis(1500)).fails(InternalServerException.class).status(503)
                .retryable(true).unknown(false));
        rows.add(new Row("429 Retry-After-Ms: 250.5 wins over Retry-After: 30", Op.POST, scripted("×3",
                error(429, "Retry-After-Ms", "250.5", "Retry-After", "30"),
                error(429, "Retry-After-Ms", "250.5", "Retry-After", "30"),
                error(429, "Retry-After-Ms", "250.5", "Retry-After", "30")))
                .seen(3).creates(0).delays(ofMillis(250).plusNanos(500_000), ofMillis(250).plusNanos(500_000))
                .fails(RateLimitException.class).status(429).retryable(true).unknown(false)
                .retryAfter(ofMillis(250).plusNanos(500_000)));

        // Above the cap (60 s by default): not waited, fails at once with the hint.
        rows.add(new Row("429 Retry-After: 61 (above the 60 s cap)", Op.GET,
                standIn("429 + Retry-After 61", f -> f.failNextWithRetryAfter(ofSeconds(61), 429, 429, 429)))
                .seen(1).delays().fails(RateLimitException.class).status(429).retryable(true).unknown(false)
                .retryAfter(ofSeconds(61)));
        rows.add(new Row("429 Retry-After: 61 (above the 60 s cap)", Op.POST,
                standIn("429 + Retry-After 61", f -> f.failNextWithRetryAfter(ofSeconds(61), 429, 429, 429)))
                .seen(1).creates(0).delays().fails(RateLimitException.class).status(429).retryable(true)
                .unknown(false).retryAfter(ofSeconds(61)));
        rows.add(new Row("429 Retry-After-Ms: 60001 (above the cap)", Op.PUT,
                scripted("×3", error(429, "Retry-After-Ms", "60001"), error(429, "Retry-After-Ms", "60001"),
                        error(429, "Retry-After-Ms", "60001")))
                .seen(1).delays().fails(RateLimitException.class).status(429).retryable(true).unknown(false)
                .retryAfter(ofMillis(60_001)));
        rows.add(new Row("503 Retry-After: 120 (above the cap)", Op.GET,
                standIn("503 + Retry-After 120", f -> f.failNextWithRetryAfter(ofSeconds(120), 503, 503, 503)))
                .seen(1).delays().fails(InternalServerException.class).status(503).retryable(true).unknown(false)
                .also(e -> assertThat(((ApiException) e).header("Retry-After"))
                        .contains("120")));
        rows.add(new Row("429 Retry-After: 60 (exactly the cap: waited)", Op.GET,
                standIn("429 + Retry-After 60 ×3", f -> f.failNextWithRetryAfter(ofSeconds(60), 429, 429, 429)))
                .seen(3).delays(ofSeconds(60), ofSeconds(60)).fails(RateLimitException.class).status(429)
                .retryable(true).unknown(false).retryAfter(ofSeconds(60)));
        rows.add(new Row("429 Retry-After: 6 above a per-call cap of 5 s", Op.GET,
                standIn("429 + Retry-After 6", f -> f.failNextWithRetryAfter(ofSeconds(6), 429, 429, 429)))
                .options(RequestOptions.builder()
                        .retryPolicy(RetryPolicy.builder().maxRetryAfter(ofSeconds(5)).build()).build())
                .seen(1).delays().fails(RateLimitException.class).status(429).retryable(true).unknown(false)
                .retryAfter(ofSeconds(6)));

        // Garbage hints are ignored: the computed backoff applies.
        rows.add(new Row("429 Retry-After: soon (garbage)", Op.GET, scripted("×3",
                error(429, "Retry-After", "soon"), error(429, "Retry-After", "soon"),
                error(429, "Retry-After", "soon")))
                .seen(3).delays(B1, B2).fails(RateLimitException.class).status(429).retryable(true).unknown(false)
                .retryAfter(null));
        rows.add(new Row("503 Retry-After-Ms: -5 / Retry-After: 1.5 (garbage)", Op.POST, scripted("×3",
                error(503, "Retry-After-Ms", "-5", "Retry-After", "1.5"),
                error(503, "Retry-After-Ms", "-5", "Retry-After", "1.5"),
                error(503, "Retry-After-Ms", "-5", "Retry-After", "1.5")))
                .seen(3).creates(0).delays(B1, B2).fails(InternalServerException.class).status(503).retryable(true)
                .unknown(false));

        // Retry-After: 0. On a 429 the SDK retries at once. On a 503, OkHttp itself re-sends once per attempt
        // before the SDK sees the answer (pinned here: the server sees twice the SDK's attempts; 503 did no work).
        rows.add(new Row("429 Retry-After: 0", Op.GET,
                standIn("429 + Retry-After 0 ×3", f -> f.failNextWithRetryAfter(ZERO, 429, 429, 429)))
                .seen(3).delays(ZERO, ZERO).fails(RateLimitException.class).status(429).retryable(true)
                .unknown(false).retryAfter(ZERO));
        rows.add(new Row("503 Retry-After: 0 [OkHttp re-sends once per attempt]", Op.GET,
                standIn("503 + Retry-After 0 ×6", f -> f.failNextWithRetryAfter(ZERO, times(503, 6))))
                .seen(6).delays(ZERO, ZERO).fails(InternalServerException.class).status(503).retryable(true)
                .unknown(false));
        rows.add(new Row("503 Retry-After: 0, then 201 [OkHttp's re-send succeeds]", Op.POST,
                standIn("503 + Retry-After 0, normal", f -> f.failNextWithRetryAfter(ZERO, 503)))
                .seen(2).creates(1).delays().succeeds());
    }

    static void policyRows(List<Row> rows) {
        rows.add(new Row("503, 500, then 200", Op.GET, standIn("503, 500, normal", f -> f.failNext(503, 500)))
                .seen(3).delays(B1, B2).succeeds());
        rows.add(new Row("502, then 200", Op.PUT, standIn("502, normal", f -> f.failNext(502)))
                .seen(2).delays(B1).succeeds());
        rows.add(new Row("503, 429, then 201", Op.POST, standIn("503, 429, normal", f -> f.failNext(503, 429)))
                .seen(3).creates(1).delays(B1, B2).succeeds());
        rows.add(new Row("503 with RetryPolicy.none() per call", Op.GET,
                standIn("503 ×3", f -> f.failNext(503, 503, 503)))
                .options(RequestOptions.builder().retryPolicy(RetryPolicy.none()).build())
                .seen(1).delays().fails(InternalServerException.class).status(503).retryable(true).unknown(false));
        rows.add(new Row("503 with 6 retries per call: doubling, capped at 8 s", Op.GET,
                standIn("503 ×7", f -> f.failNext(times(503, 7))))
                .options(RequestOptions.builder().retryPolicy(RetryPolicy.builder().maxRetries(6).build()).build())
                .seen(7).delays(B1, B2, ofMillis(1750), ofMillis(3500), ofMillis(7000), ofMillis(7000))
                .fails(InternalServerException.class).status(503).retryable(true).unknown(false));
        rows.add(new Row("503 with a 1 s deadline: the 2nd wait would pass it", Op.GET,
                standIn("503 ×3", f -> f.failNext(503, 503, 503)))
                .options(RequestOptions.builder().deadline(ofSeconds(1)).build())
                .seen(2).delays(B1).fails(InternalServerException.class).status(503).retryable(true)
                .unknown(false));

        // The overall deadline expiring during an attempt (real time: OkHttp's call timeout) is never retried.
        RequestOptions deadline300ms = RequestOptions.builder().deadline(ofMillis(300)).build();
        rows.add(new Row("deadline 300 ms runs out while the server stalls", Op.GET,
                standIn("stall ×3", f -> f.stallNext().stallNext().stallNext())).options(deadline300ms)
                .deadlinePassesOnceSent(ofMillis(300))
                .seen(1).delays().fails(ApiTimeoutException.class).retryable(true).unknown(false));
        rows.add(new Row("deadline 300 ms runs out while the server stalls", Op.POST,
                standIn("stall", Faults::stallNext)).options(deadline300ms)
                .deadlinePassesOnceSent(ofMillis(300))
                .seen(1).creates(0).delays().fails(ApiTimeoutException.class).retryable(false).unknown(true));

        // The same policy through client.async(): retries and waits on the dispatcher, same exception types.
        rows.add(new Row("HTTP 503", Op.GET, standIn("503 ×3", f -> f.failNext(503, 503, 503))).async()
                .seen(3).delays(B1, B2).fails(InternalServerException.class).status(503).retryable(true)
                .unknown(false));
        rows.add(new Row("HTTP 500", Op.POST, standIn("500", f -> f.failNext(500))).async()
                .seen(1).creates(0).delays().fails(InternalServerException.class).status(500).retryable(false)
                .unknown(true));
        rows.add(new Row("reset after processing (response lost)", Op.POST,
                standIn("disconnect after processing", Faults::disconnectNextAfterProcessing)).async()
                .seen(1).creates(1).delays().fails(ApiConnectionException.class).retryable(false).unknown(true));
        rows.add(new Row("connection refused", Op.POST, refused()).async()
                .seen(0).creates(0).delays(B1, B2).fails(ApiConnectionException.class).retryable(true)
                .unknown(false));
        rows.add(new Row("429 Retry-After: 3, then 201", Op.POST,
                standIn("429 RA 3, normal", f -> f.failNextWithRetryAfter(ofSeconds(3), 429))).async()
                .seen(2).creates(1).delays(ofSeconds(3)).succeeds());
        rows.add(new Row("read timeout 200 ms", Op.PUT,
                standIn("stall ×3", f -> f.stallNext().stallNext().stallNext())).options(READ_200MS).async()
                .seen(3).delays(B1, B2).fails(ApiTimeoutException.class).retryable(true).unknown(false));
    }

    /**
     * The table itself is checked: exactly {@value #ROWS} rows, every status × GET / PUT / POST, and each named
     * fault. The listing (one line per row: case → requests seen / creates / delays / exception and flags) is
     * written to {@code target/fault-matrix.txt}.
     */
    @Test
    void theTableCoversEveryRequiredCase() throws Exception {
        List<Row> rows = matrix().toList();
        assertThat(rows).hasSize(ROWS);
        for (int status : List.of(400, 401, 404, 408, 409, 422, 429, 500, 502, 503, 504)) {
            for (Op op : List.of(Op.GET, Op.PUT, Op.POST)) {
                assertThat(rows).as("HTTP %d × %s", status, op)
                        .anyMatch(r -> r.op == op && r.name.equals("HTTP " + status) && !r.async);
            }
        }
        for (String fault : List.of("connection refused", "reset before the response", "reset mid-body",
                "read timeout", "trickling body", "truncated JSON", "HTML 502", "Retry-After: 3 (seconds)",
                "HTTP-date", "Retry-After-Ms", "above the", "garbage", "Retry-After: 0")) {
            assertThat(rows).as(fault).anyMatch(r -> r.name.contains(fault));
        }
        assertThat(rows).as("every row says what the server must see").allMatch(r -> r.seen >= 0);
        assertThat(rows).as("every create row counts creates")
                .allMatch(r -> r.op != Op.POST || r.creates != null);
        Path out = Path.of(System.getProperty("beyondwords.it.moduleDir", "."), "target", "fault-matrix.txt");
        Files.createDirectories(out.getParent());
        StringBuilder listing = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            listing.append(String.format("%3d. %s%n", i + 1, rows.get(i)));
        }
        Files.writeString(out, listing);
    }

    // ---- running a row ----

    /** Every row of the table ran (when the rows ran at all: a run of other tests only runs none). */
    @AfterAll
    static void everyRowRan() {
        if (!RAN.isEmpty()) {
            assertThat(RAN).as("indices of the rows that ran (a run of some rows only must run them all)")
                    .containsExactlyInAnyOrderElementsOf(IntStream.range(0, ROWS).boxed().toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void row(Row row) throws Exception {
        RAN.add(row.index);
        MutableClock clock = new MutableClock();
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        Throwable thrown;
        SoftAssertions soft = new SoftAssertions();
        try (Fixture server = row.backend.start(sleeper);
                BeyondWordsClient client = client(server.baseUrl(), clock, sleeper)) {
            Object result = null;
            try {
                CompletableFuture<?> call = row.async
                        ? row.op.callAsync(client.async().backgroundTracks(), row.options)
                        : row.passesOnceSent != null
                        ? CompletableFuture.supplyAsync(() -> row.op.call(client.backgroundTracks(), row.options))
                        : CompletableFuture.completedFuture(row.op.call(client.backgroundTracks(), row.options));
                if (row.passesOnceSent != null) {
                    awaitSeen(server, row.op);
                    clock.advance(row.passesOnceSent);
                }
                result = call.get(30, TimeUnit.SECONDS);
                thrown = null;
            } catch (ExecutionException t) {
                thrown = t.getCause(); // the SDK's own exception, unwrapped: get() is the only wrapper
            } catch (Throwable t) {
                thrown = t;
            }
            if (row.async) {
                soft.assertThat(sleeper.threads()).as("threads that waited (async: never the caller's)")
                        .doesNotContain(Thread.currentThread());
            }
            soft.assertThat(server.seen(row.op)).as("requests the server saw (%s %s)", row.op.method, row.op.path)
                    .isEqualTo(row.seen);
            if (row.op == Op.POST) {
                soft.assertThat(server.creates()).as("creates the server carried out").isEqualTo(row.creates);
            }
            soft.assertThat(sleeper.delays()).as("delays requested of the Sleeper")
                    .containsExactlyElementsOf(row.delays);
            if (row.type == null) {
                soft.assertThat(thrown).as("exception").isNull();
                if (result instanceof BackgroundTrack) {
                    soft.assertThat(((BackgroundTrack) result).id()).as("returned track id").isPositive();
                } else if (row.op == Op.LIST) {
                    soft.assertThat(result).isInstanceOf(Page.class);
                }
            } else {
                soft.assertThat(thrown).as("exception").isExactlyInstanceOf(row.type);
                if (thrown instanceof BeyondWordsException) {
                    BeyondWordsException e = (BeyondWordsException) thrown;
                    soft.assertThat(e.isRetryable()).as("isRetryable()").isEqualTo(row.retryable);
                    soft.assertThat(e.isOutcomeUnknown()).as("isOutcomeUnknown()").isEqualTo(row.unknown);
                    soft.assertThat(e.getMessage()).as("message").doesNotContain(FAKE_KEY).doesNotContain("\n");
                    if (e instanceof ApiException) {
                        soft.assertThat(((ApiException) e).statusCode()).as("statusCode()").isEqualTo(row.status);
                    } else if (e instanceof InvalidResponseException) {
                        soft.assertThat(((InvalidResponseException) e).statusCode()).as("statusCode()")
                                .isEqualTo(row.status);
                    } else {
                        soft.assertThat(row.status).as("a connection failure has no status").isNull();
                        int attempts = row.delays.size() + 1;
                        if (attempts > 1) {
                            soft.assertThat(e.getMessage()).as("message").contains("after " + attempts + " attempts");
                        }
                    }
                    if (e instanceof RateLimitException) {
                        soft.assertThat(((RateLimitException) e).retryAfter()).as("retryAfter()")
                                .isEqualTo(row.retryAfter);
                    }
                    soft.check(() -> row.extra.accept(e));
                }
            }
        }
        soft.assertAll();
    }

    /** Waits for an event, the server receiving the row's request; the give-up is generous. */
    private static void awaitSeen(Fixture server, Op op) {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (server.seen(op) < 1 && System.nanoTime() - giveUp < 0) {
            Thread.onSpinWait();
            Thread.yield();
        }
        assertThat(server.seen(op)).as("requests the server received before the clock moved").isPositive();
    }

    static BeyondWordsClient client(String baseUrl, MutableClock clock, RecordingSleeper sleeper) {
        return BeyondWordsClient.builder()
                .apiKey(FAKE_KEY)
                .baseUrl(baseUrl)
                .clock(clock)
                .sleeper(sleeper)
                .jitterSource(() -> JITTER)
                .build();
    }

    /** One row of the matrix: the fault, the operation, and everything the call must show. */
    static final class Row {
        final String name;
        final Op op;
        final Backend backend;
        RequestOptions options = RequestOptions.none();
        int seen = -1;
        Integer creates;
        List<Duration> delays = List.of();
        Class<? extends BeyondWordsException> type;
        Integer status;
        boolean retryable;
        boolean unknown;
        Optional<Duration> retryAfter = Optional.empty();
        Consumer<BeyondWordsException> extra = e -> { };
        boolean async;
        /** How far the clock moves once the server has the request; {@code null}: it moves only with the sleeper. */
        Duration passesOnceSent;
        int index;

        Row(String name, Op op, Backend backend) {
            this.name = name;
            this.op = op;
            this.backend = backend;
        }

        Row options(RequestOptions options) {
            this.options = options;
            return this;
        }

        Row seen(int seen) {
            this.seen = seen;
            return this;
        }

        Row creates(int creates) {
            this.creates = creates;
            return this;
        }

        Row delays(Duration... delays) {
            this.delays = List.of(delays);
            return this;
        }

        Row fails(Class<? extends BeyondWordsException> type) {
            this.type = type;
            return this;
        }

        Row succeeds() {
            this.type = null;
            return this;
        }

        Row status(int status) {
            this.status = status;
            return this;
        }

        Row retryable(boolean retryable) {
            this.retryable = retryable;
            return this;
        }

        Row unknown(boolean unknown) {
            this.unknown = unknown;
            return this;
        }

        /** The expected {@code RateLimitException.retryAfter()}; {@code null} for none. */
        Row retryAfter(Duration retryAfter) {
            this.retryAfter = Optional.ofNullable(retryAfter);
            return this;
        }

        /** Moves the clock by {@code by} once the server has the request, for a deadline to pass during the call. */
        Row deadlinePassesOnceSent(Duration by) {
            this.passesOnceSent = by;
            return this;
        }

        /** Runs the operation through {@code client.async()}; the future must fail with the same exception. */
        Row async() {
            this.async = true;
            return this;
        }

        Row also(Consumer<BeyondWordsException> extra) {
            this.extra = extra;
            return this;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(async ? "async " : "").append(op.name()).append(' ').append(name).append(" → seen ").append(seen);
            if (op == Op.POST) {
                sb.append(", creates ").append(creates);
            }
            sb.append(", delays ").append(delays.stream().map(FaultMatrixTest::ms).toList());
            if (type == null) {
                sb.append(", succeeds");
            } else {
                sb.append(", ").append(type.getSimpleName());
                if (status != null) {
                    sb.append(' ').append(status);
                }
                sb.append(retryable ? " retryable" : " not-retryable").append(unknown ? " outcome-unknown" : "");
                if (type == RateLimitException.class) {
                    sb.append(" retryAfter=").append(retryAfter.map(FaultMatrixTest::ms).orElse("none"));
                }
            }
            return sb.toString();
        }
    }

    static String ms(Duration d) {
        long micros = TimeUnit.NANOSECONDS.toMicros(d.toNanos());
        return micros % 1000 == 0 ? (micros / 1000) + "ms" : (micros / 1000.0) + "ms";
    }
}
