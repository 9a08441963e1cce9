package io.beyondwords.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.ByteString;

/**
 * An in-memory, stateful stand-in of the BeyondWords REST API on a loopback port, for tests.
 *
 * <p>It serves every operation of the {@code openapi.yaml} its jar ships (or of {@link Builder#spec(Path) another}),
 * read at start-up: by hand for what the description cannot state (background tracks, projects, content with its
 * processing statuses, the organisation's voices and languages, a project's voices and the player), and from the
 * description for the rest (a store per path, shaped by the description's examples). Both follow the API's semantics
 * (numeric ids assigned 1, 2, ..., content ids UUIDs; {@code created} and {@code updated} as
 * {@code 2023-01-01 00:00:00 UTC}; bare-array lists paged by {@code pagination[limit]} and {@code pagination[offset]}
 * with an {@code X-Pagination-Limit} header; 401 without the configured key; 404 for an unknown id; 422 with
 * {@code errors[]} for a request the description rejects, as swagger-request-validator finds it). It records every
 * request it receives, and can inject faults ({@link #faults()}). It starts with one project,
 * {@link #DEFAULT_PROJECT_ID}, unless built {@link Builder#withoutDefaultProject() without it}.
 *
 * <p>Content created over HTTP answers {@code draft}; each retrieve of the item is a poll, and the
 * {@linkplain Builder#pollsUntilProcessed(int) N-th poll} (default {@value #DEFAULT_POLLS_UNTIL_PROCESSED}) answers
 * {@code processed}, with audio, or {@code error} when {@linkplain Builder#processingEndsInError(boolean) told so};
 * the polls in between go through {@code queued} and {@code processing}.
 *
 * <p>Given webhooks ({@link Builder#webhook(StandInWebhook)}), it POSTs {@code audio.updated} when such an item's
 * processing finishes, {@code audio.error} when it fails and {@code audio.deleted} when an item is deleted, retrying
 * as BeyondWords does; {@link #webhookDeliveries()} records each attempt.
 *
 * <pre>{@code
 * try (BeyondWordsStandIn standIn = BeyondWordsStandIn.builder().build().start()) {
 *     BeyondWordsClient client = BeyondWordsClient.builder()
 *             .apiKey(standIn.apiKey()).baseUrl(standIn.baseUrl()).build();
 *     ...
 * }
 * }</pre>
 *
 * <p>The HTTP server is OkHttp's MockWebServer ({@code mockwebserver3}, which brings no JUnit 4), bound to 127.0.0.1
 * on a free port, speaking plain HTTP/1.1. All methods are thread-safe.
 */
public final class BeyondWordsStandIn implements AutoCloseable {

    /** The API key a stand-in accepts unless {@link Builder#apiKey(String)} says otherwise. */
    public static final String DEFAULT_API_KEY = "test-key";

    /** The page size a list uses when the request has no {@code pagination[limit]}, unless configured otherwise. */
    public static final int DEFAULT_PAGE_SIZE = 10;

    /** The id of the project a stand-in holds from the start (and again after {@link #reset()}). */
    public static final long DEFAULT_PROJECT_ID = 1;

    /** The name of the default project; its language is {@code en_US}, its environment {@code production}. */
    public static final String DEFAULT_PROJECT_NAME = "Default project";

    /** How many retrieves of a new content item answer a status before {@code processed}, unless configured. */
    public static final int DEFAULT_POLLS_UNTIL_PROCESSED = 3;

    /**
     * MockWebServer warns "connection ... didn't make a request" after every connection it drops right after the
     * first request, which is exactly what the disconnect faults do on purpose. That one message is filtered out (on
     * MockWebServer's own logger, and only if nobody installed a filter there); everything else still logs. Held
     * here so the configured logger is not garbage-collected.
     */
    private static final Logger MOCK_WEB_SERVER_LOGGER = Logger.getLogger(MockWebServer.class.getName());

    static {
        if (MOCK_WEB_SERVER_LOGGER.getFilter() == null) {
            MOCK_WEB_SERVER_LOGGER.setFilter(record -> record.getMessage() == null
                    || !record.getMessage().endsWith("didn't make a request"));
        }
    }

    private final String apiKey;
    private final StandInApi api;
    private final StandInResources resources;
    private final SpecResources specResources;
    private final Faults faults = new Faults();
    private final WebhookSender webhooks;
    private final List<RecordedCall> calls = new ArrayList<>();
    private long sequence;
    private final MockWebServer server = new MockWebServer();
    private final Duration requestDelay;
    private final Pause pause;
    /** Null when concurrency is not limited. */
    private final Semaphore concurrencyGate;
    private final Duration gateRetryAfter;
    private volatile boolean started;
    private volatile boolean closed;

    private BeyondWordsStandIn(Builder builder) {
        this.apiKey = builder.apiKey;
        this.api = new StandInApi(builder.apiKey, builder.defaultPageSize);
        this.resources = new StandInResources(api, builder.clock, new StandInResources.Settings(
                builder.defaultProject, builder.pollsUntilProcessed, builder.processingEndsInError));
        this.webhooks = new WebhookSender(builder.webhooks);
        this.requestDelay = builder.requestDelay;
        this.pause = builder.pause;
        this.concurrencyGate = builder.maxConcurrentRequests > 0 ? new Semaphore(builder.maxConcurrentRequests) : null;
        this.gateRetryAfter = builder.gateRetryAfter;
        resources.onContentEvent(webhooks::send);
        ApiSpec spec = builder.spec == null ? BundledSpec.SPEC : ApiSpec.read(builder.spec);
        this.specResources = new SpecResources(api, spec, builder.clock);
        api.requestCheck(requestCheck(spec));
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        server.setDispatcher(new StandInDispatcher());
    }

    /**
     * Starts a builder: key {@value #DEFAULT_API_KEY}, the system UTC clock, page size {@value #DEFAULT_PAGE_SIZE}, a
     * default project, content processed after {@value #DEFAULT_POLLS_UNTIL_PROCESSED} polls.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a stand-in with the defaults and starts it.
     *
     * @return the running stand-in
     */
    public static BeyondWordsStandIn startDefault() {
        return builder().build().start();
    }

    /**
     * Binds 127.0.0.1 on a free port and starts serving. Call once.
     *
     * @return this stand-in
     * @throws IllegalStateException if already started or closed
     * @throws UncheckedIOException  if the port cannot be bound
     */
    public synchronized BeyondWordsStandIn start() {
        return start(0);
    }

    /** Starts on this loopback port (0 for a free one); for {@link StandInServer}. */
    synchronized BeyondWordsStandIn start(int port) {
        if (started || closed) {
            throw new IllegalStateException(closed ? "this stand-in is closed" : "this stand-in is already started");
        }
        try {
            server.start(InetAddress.getByName("127.0.0.1"), port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the BeyondWords stand-in", e);
        }
        started = true;
        return this;
    }

    /**
     * Whether {@link #start()} was called and {@link #close()} was not.
     *
     * @return whether it is serving
     */
    public boolean isRunning() {
        return started && !closed;
    }

    /**
     * The loopback port the stand-in listens on.
     *
     * @return the port
     */
    public int port() {
        requireStarted();
        return server.getPort();
    }

    /**
     * The base URL to give a client, with the API's path prefix and no trailing slash:
     * {@code http://127.0.0.1:PORT/v1}.
     *
     * @return the base URL
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + StandInApi.PREFIX;
    }

    /**
     * The API key the stand-in accepts in the {@code X-Api-Key} header.
     *
     * @return the API key
     */
    public String apiKey() {
        return apiKey;
    }

    /**
     * The fault switches; faults apply to the next requests in the order they were queued.
     *
     * @return the fault switches
     */
    public Faults faults() {
        return faults;
    }

    // ---- state ----

    /**
     * Adds {@code count} tracks named {@code Track 1}, {@code Track 2}, ... (numbered by their ids), volume 100, no
     * project, media {@code https://example.com/track-<id>.mp3} of 10000 ms.
     *
     * @return the tracks added, in id order
     * @param count how many tracks to add
     */
    public List<StandInTrack> seed(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        return resources.seedTracks(count);
    }

    /**
     * Adds one track directly (no HTTP request, no validation) and returns it with its assigned id.
     *
     * @param seed the track to add
     * @return the track as stored
     */
    public StandInTrack addTrack(TrackSeed seed) {
        return resources.addTrack(Objects.requireNonNull(seed, "seed"));
    }

    /**
     * Adds one track with this name and media URL, volume 100, no project.
     *
     * @param name the track's name
     * @param mediaUrl its media URL
     * @return the track as stored
     */
    public StandInTrack addTrack(String name, String mediaUrl) {
        return addTrack(TrackSeed.named(name).media(mediaUrl));
    }

    /**
     * Every track the stand-in holds, in id order.
     *
     * @return the tracks
     */
    public List<StandInTrack> tracks() {
        return resources.tracks();
    }

    /**
     * The track with this id, if the stand-in holds one.
     *
     * @param id the track's id
     * @return the track, or empty
     */
    public Optional<StandInTrack> track(long id) {
        return resources.track(id);
    }

    /**
     * Adds a project with this name, language {@code en_US} and the API's defaults, as a create request would.
     *
     * @param name the project's name
     * @return the project added, with its assigned id
     */
    public StandInProject addProject(String name) {
        return addProject(name, "en_US");
    }

    /**
     * Adds a project with this name and default language (e.g. {@code en_GB}), as a create request would.
     *
     * @param name the project's name
     * @param language its language code
     * @return the project added, with its assigned id
     */
    public StandInProject addProject(String name, String language) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        return resources.addProject(name, language);
    }

    /**
     * Every project the stand-in holds, in id order (the default project first, unless built without it).
     *
     * @return the projects
     */
    public List<StandInProject> projects() {
        return resources.projects();
    }

    /**
     * The project with this id, if the stand-in holds one.
     *
     * @param id the project's id
     * @return the project, or empty
     */
    public Optional<StandInProject> project(long id) {
        return resources.project(id);
    }

    /**
     * Adds one content item to a project directly (no HTTP request, no validation), with the seed's status (default
     * {@code processed}, with audio), which polls do not change.
     *
     * @param projectId the project to add it to
     * @param seed the item to add
     * @return the item as stored
     * @throws IllegalArgumentException if there is no such project, or it already has the seed's {@code source_id}
     */
    public StandInContent addContent(long projectId, ContentSeed seed) {
        return resources.addContent(projectId, Objects.requireNonNull(seed, "seed"));
    }

    /**
     * Adds one processed content item with this title to a project; see {@link #addContent(long, ContentSeed)}.
     *
     * @param projectId the project to add it to
     * @param title the item's title
     * @return the item as stored
     */
    public StandInContent addContent(long projectId, String title) {
        return addContent(projectId, ContentSeed.titled(title));
    }

    /**
     * Every content item of a project, in creation order (empty for an unknown project). Not a poll.
     *
     * @param projectId the project
     * @return its content items
     */
    public List<StandInContent> content(long projectId) {
        return resources.content(projectId);
    }

    /**
     * The content item of a project with this id or, failing that, this {@code source_id}. Not a poll.
     *
     * @param projectId the project
     * @param idOrSourceId the item's id or its {@code source_id}
     * @return the item, or empty
     */
    public Optional<StandInContent> content(long projectId, String idOrSourceId) {
        return resources.content(projectId, Objects.requireNonNull(idOrSourceId, "idOrSourceId"));
    }

    /**
     * How content created from now on is processed, until {@link #reset()} restores the builder's settings: the
     * {@code pollsUntilProcessed}-th retrieve of an item answers its final status, {@code processed} or, with
     * {@code endsInError}, {@code error}. Items already created keep the rule they were created with.
     *
     * @param pollsUntilProcessed 0 or more; 0 makes the create answer the final status
     * @param endsInError true to end in {@code error} instead of {@code processed}
     * @return this stand-in
     */
    public BeyondWordsStandIn contentProcessing(int pollsUntilProcessed, boolean endsInError) {
        resources.contentProcessing(pollsUntilProcessed, endsInError);
        return this;
    }

    // ---- webhooks ----

    /**
     * Adds a webhook, until {@link #reset()}: events from now on are delivered to it too (see {@link StandInWebhook}).
     *
     * @param webhook the webhook
     * @return this stand-in
     */
    public BeyondWordsStandIn addWebhook(StandInWebhook webhook) {
        webhooks.add(Objects.requireNonNull(webhook, "webhook"));
        return this;
    }

    /**
     * Every attempt to deliver a webhook event since start or the last {@link #reset()}, in the order made. Deliveries
     * run in the background: call {@link #awaitWebhooks(Duration)} first to see all of those queued so far.
     *
     * @return the attempts
     */
    public List<RecordedWebhook> webhookDeliveries() {
        return webhooks.deliveries();
    }

    /**
     * Waits until every webhook event so far has been delivered or its retries are used up.
     *
     * @param timeout how long to wait at most
     * @return this stand-in
     * @throws IllegalStateException if the deliveries take longer
     */
    public BeyondWordsStandIn awaitWebhooks(Duration timeout) {
        webhooks.awaitIdle(Objects.requireNonNull(timeout, "timeout"));
        return this;
    }

    // ---- recorded requests ----

    /**
     * Every request received since start or the last {@link #reset()}, in arrival order.
     *
     * @return the requests
     */
    public List<RecordedCall> requests() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /**
     * How many requests were received in all.
     *
     * @return the number of requests
     */
    public int requestCount() {
        synchronized (calls) {
            return calls.size();
        }
    }

    /**
     * How many requests had this method (any case) and path. A {@code path} with a {@code ?} is compared with the
     * path and query ({@link RecordedCall#target()}); one without is compared with the path alone, whatever the
     * query was. Paths include the prefix: {@code requestCount("POST", "/v1/background_tracks")}.
     *
     * @param method the HTTP method, in any case
     * @param path the path, with the query or without
     * @return the number of matching requests
     */
    public int requestCount(String method, String path) {
        boolean withQuery = path.indexOf('?') >= 0;
        int count = 0;
        synchronized (calls) {
            for (RecordedCall call : calls) {
                if (call.method().equalsIgnoreCase(method)
                        && path.equals(withQuery ? call.target() : call.path())) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Forgets every item of every resource and every change to a settings-like one (ids start again at 1, and the
     * default project is there again), every recorded request and every queued fault, and restores the builder's
     * content processing. Recorded webhook deliveries are forgotten and only the builder's webhooks are kept.
     */
    public void reset() {
        faults.clear();
        webhooks.reset();
        resources.reset();
        synchronized (api) {
            specResources.reset();
        }
        synchronized (calls) {
            calls.clear();
            sequence = 0;
        }
    }

    /**
     * Stops serving and releases the port. Safe to call more than once. Connections held by {@link Faults#stallNext()}
     * are closed; a response still waiting out {@link Faults#delayNext(Duration)} is abandoned (after at most about
     * five seconds, MockWebServer's own shutdown limit) without an exception.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        webhooks.close();
        if (started) {
            server.close();
        }
    }

    @Override
    public String toString() {
        return "BeyondWordsStandIn[" + (isRunning() ? baseUrl() : started ? "closed" : "not started") + "]";
    }

    /** How the stand-in serves each operation of its API description, in the description's order. */
    List<SpecResources.Served> served() {
        synchronized (api) {
            return specResources.served();
        }
    }

    /**
     * The check of requests against the description; none on the module path when nothing resolved the validator,
     * which is not a module (its classes are then missing, and this is where that shows).
     */
    private static StandInApi.RequestCheck requestCheck(ApiSpec spec) {
        try {
            return SpecRequestCheck.of(spec);
        } catch (LinkageError e) {
            return (method, url, contentType, body) -> null;
        }
    }

    /** The description the testkit jar ships, read once (it is never changed). */
    private static final class BundledSpec {
        static final ApiSpec SPEC = ApiSpec.bundled();
    }

    private void requireStarted() {
        if (!started) {
            throw new IllegalStateException("call start() first");
        }
    }

    // ---- the HTTP side ----

    private final class StandInDispatcher extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            // MockWebServer keeps its own unbounded queue of requests; we record our own, so drain it.
            try {
                server.takeRequest(0, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String method = request.getMethod().toUpperCase(Locale.ROOT);
            HttpUrl url = request.getUrl();
            ByteString received = request.getBody();
            String body = received == null ? "" : received.string(StandardCharsets.UTF_8);

            if (concurrencyGate != null && !concurrencyGate.tryAcquire()) {
                // Over the limit: refused before anything else, as a rate limiter in front of the API would.
                StandInApi.Reply refusal = failure(429).withHeader("Retry-After", retryAfterSeconds(gateRetryAfter));
                record(request, method, url, body, 429);
                return toResponse(refusal).build();
            }
            try {
                if (!requestDelay.isZero()) {
                    try {
                        pause.pause(requestDelay);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt(); // closing: answer at once
                    }
                }
                return handle(request, method, url, body);
            } finally {
                if (concurrencyGate != null) {
                    concurrencyGate.release();
                }
            }
        }

        private MockResponse handle(RecordedRequest request, String method, HttpUrl url, String body) {
            Faults.Fault fault = faults.poll();
            MockResponse.Builder response;
            int status;
            if (fault != null && !fault.processes()) {
                switch (fault.kind()) {
                    case FAIL:
                        StandInApi.Reply reply = failure(fault.status());
                        if (fault.retryAfter() != null) {
                            reply = reply.withHeader("Retry-After", retryAfterSeconds(fault.retryAfter()));
                        }
                        response = toResponse(reply);
                        status = fault.status();
                        break;
                    case DISCONNECT:
                        response = new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket());
                        status = 0;
                        break;
                    case STALL:
                        response = new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE);
                        status = 0;
                        break;
                    default:
                        throw new AssertionError(fault.kind());
                }
            } else {
                StandInApi.Reply reply = url == null
                        ? StandInApi.error(400, "invalid_request", "The request could not be parsed.")
                        : api.handle(method, url, request.getHeaders().get("X-Api-Key"),
                                request.getHeaders().get("Content-Type"), body);
                response = toResponse(reply);
                status = reply.status();
                if (fault != null) {
                    switch (fault.kind()) {
                        case DELAY:
                            response.headersDelay(fault.duration().toMillis(), TimeUnit.MILLISECONDS);
                            break;
                        case DISCONNECT_AFTER_PROCESSING:
                            response.onResponseStart(new SocketEffect.CloseSocket());
                            status = 0;
                            break;
                        case TRUNCATE:
                            response.onResponseBody(new SocketEffect.CloseSocket());
                            break;
                        case TRICKLE:
                            response.throttleBody(fault.bytesPerPeriod(), fault.duration().toMillis(),
                                    TimeUnit.MILLISECONDS);
                            break;
                        default:
                            throw new AssertionError(fault.kind());
                    }
                }
            }
            record(request, method, url, body, status);
            return response.build();
        }

        private void record(RecordedRequest request, String method, HttpUrl url, String body, int status) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            Headers received = request.getHeaders();
            for (int i = 0; i < received.size(); i++) {
                headers.computeIfAbsent(received.name(i).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(received.value(i));
            }
            headers.replaceAll((k, v) -> List.copyOf(v));
            String path = url != null ? url.encodedPath() : request.getTarget();
            String query = url != null ? url.encodedQuery() : null;
            synchronized (calls) {
                calls.add(new RecordedCall(sequence++, method, path, query, headers, body, status));
            }
        }
    }

    /** {@code Retry-After}'s value: the duration rounded up to whole seconds, as the header allows no fraction. */
    private static String retryAfterSeconds(Duration retryAfter) {
        return Long.toString((retryAfter.toMillis() + 999) / 1000);
    }

    private static StandInApi.Reply failure(int status) {
        switch (status) {
            case 401:
                return StandInApi.error(401, "permission_error", "Authentication token was not recognized.");
            case 404:
                return StandInApi.error(404, "not_found_error", "The requested resource was not found.");
            case 422:
                return StandInApi.invalid("Invalid request body", List.of());
            case 429:
                return StandInApi.error(429, "rate_limit_error", "Too many requests.");
            default:
                return status >= 500
                        ? StandInApi.error(status, "application_error", "Unexpected Error.")
                        : StandInApi.error(status, "error", "Request failed.");
        }
    }

    private static MockResponse.Builder toResponse(StandInApi.Reply reply) {
        MockResponse.Builder response = new MockResponse.Builder().code(reply.status()).body(reply.body());
        if (!reply.body().isEmpty()) { // a 204 has no body, so no type either
            response.setHeader("Content-Type", "application/json; charset=utf-8");
        }
        reply.headers().forEach(response::setHeader);
        return response;
    }

    /** Accepted sockets get TCP_NODELAY; without it every small response waits ~40 ms on delayed ACKs. */
    static final class NoDelayServerSocketFactory extends ServerSocketFactory {
        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new NoDelayServerSocket();
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            ServerSocket socket = new NoDelayServerSocket();
            socket.bind(new java.net.InetSocketAddress(port));
            return socket;
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            ServerSocket socket = new NoDelayServerSocket();
            socket.bind(new java.net.InetSocketAddress(port), backlog);
            return socket;
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
            ServerSocket socket = new NoDelayServerSocket();
            socket.bind(new java.net.InetSocketAddress(address, port), backlog);
            return socket;
        }
    }

    private static final class NoDelayServerSocket extends ServerSocket {
        NoDelayServerSocket() throws IOException {
            super();
        }

        @Override
        public Socket accept() throws IOException {
            Socket socket = super.accept();
            socket.setTcpNoDelay(true);
            return socket;
        }
    }

    /** Configures a {@link BeyondWordsStandIn}. A builder can build any number of independent stand-ins. */
    public static final class Builder {
        private String apiKey = DEFAULT_API_KEY;
        private Clock clock = Clock.systemUTC();
        private int defaultPageSize = DEFAULT_PAGE_SIZE;
        private boolean defaultProject = true;
        private int pollsUntilProcessed = DEFAULT_POLLS_UNTIL_PROCESSED;
        private boolean processingEndsInError;
        private final List<StandInWebhook> webhooks = new ArrayList<>();
        private Path spec;
        private Duration requestDelay = Duration.ZERO;
        private Pause pause = Pause.SLEEP;
        private int maxConcurrentRequests;
        private Duration gateRetryAfter = Duration.ZERO;

        private Builder() {
        }

        /**
         * Serves the API this OpenAPI description describes instead of the one the testkit ships (which is the
         * BeyondWords API this SDK was built from): its operations are served and its requests checked as the
         * shipped one's are. The hand-written behaviours (content processing, {@code source_id}, the player, the
         * background tracks' defaults) keep their paths.
         *
         * @param openApiYaml an OpenAPI 3.0 description in YAML or JSON
         * @return this builder
         */
        public Builder spec(Path openApiYaml) {
            this.spec = Objects.requireNonNull(openApiYaml, "openApiYaml");
            return this;
        }

        /**
         * The key the stand-in accepts in {@code X-Api-Key} (default {@value BeyondWordsStandIn#DEFAULT_API_KEY}).
         *
         * @param apiKey the accepted key, not empty
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            Objects.requireNonNull(apiKey, "apiKey");
            if (apiKey.isEmpty()) {
                throw new IllegalArgumentException("apiKey must not be empty");
            }
            this.apiKey = apiKey;
            return this;
        }

        /**
         * The clock for {@code created} and {@code updated} (default the system UTC clock).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The page size of a list request without {@code pagination[limit]} (default
         * {@value BeyondWordsStandIn#DEFAULT_PAGE_SIZE}; the real API documents no default).
         *
         * @param defaultPageSize the page size, at least 1
         * @return this builder
         */
        public Builder defaultPageSize(int defaultPageSize) {
            if (defaultPageSize < 1) {
                throw new IllegalArgumentException("defaultPageSize must be positive");
            }
            this.defaultPageSize = defaultPageSize;
            return this;
        }

        /**
         * Starts the stand-in without the default project: it then holds no project until one is added.
         *
         * @return this builder
         */
        public Builder withoutDefaultProject() {
            this.defaultProject = false;
            return this;
        }

        /**
         * How many retrieves of a new content item it takes to reach its final status (default
         * {@value BeyondWordsStandIn#DEFAULT_POLLS_UNTIL_PROCESSED}). The create answers {@code draft}; poll
         * {@code k} of {@code n} answers {@code draft}, {@code queued} or {@code processing} by {@code floor(3k/n)};
         * poll {@code n} answers {@code processed} (or {@code error}). 0 makes the create answer the final status.
         *
         * @param polls 0 or more
         * @return this builder
         */
        public Builder pollsUntilProcessed(int polls) {
            if (polls < 0) {
                throw new IllegalArgumentException("pollsUntilProcessed must not be negative");
            }
            this.pollsUntilProcessed = polls;
            return this;
        }

        /**
         * Whether content processing ends in {@code error} (no audio) instead of {@code processed} (default false).
         *
         * @param endsInError true to end in {@code error}
         * @return this builder
         */
        public Builder processingEndsInError(boolean endsInError) {
            this.processingEndsInError = endsInError;
            return this;
        }

        /**
         * A webhook to deliver content events to (see {@link StandInWebhook}); call again for more.
         *
         * @param webhook the webhook
         * @return this builder
         */
        public Builder webhook(StandInWebhook webhook) {
            webhooks.add(Objects.requireNonNull(webhook, "webhook"));
            return this;
        }

        /**
         * Answers every request this long after it arrives (default none): the time the API takes to handle it, for
         * measuring how a client keeps several requests in flight. The request holds its place under
         * {@link #maxConcurrentRequests(int, Duration)} for the whole delay; queued faults act after it.
         *
         * @param delay the time each request takes, zero or more
         * @return this builder
         */
        public Builder requestDelay(Duration delay) {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative");
            }
            this.requestDelay = delay;
            return this;
        }

        /**
         * Handles at most this many requests at once (default: no limit), as a rate-limited API does: a request that
         * arrives while {@code max} others are being handled is answered at once with 429, a {@code rate_limit_error}
         * body and {@code Retry-After: <seconds>} (the duration rounded up to whole seconds), and changes nothing.
         * A request is being handled from its arrival until its response is ready, its
         * {@link #requestDelay(Duration) delay} included.
         *
         * @param max the most requests handled at once, at least 1
         * @param retryAfter the wait the 429 announces, zero or more
         * @return this builder
         */
        public Builder maxConcurrentRequests(int max, Duration retryAfter) {
            if (max < 1) {
                throw new IllegalArgumentException("max must be at least 1");
            }
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative");
            }
            this.maxConcurrentRequests = max;
            this.gateRetryAfter = retryAfter;
            return this;
        }

        /** How {@link #requestDelay(Duration)} is waited out; tests hold requests in flight with their own. */
        Builder pause(Pause pause) {
            this.pause = Objects.requireNonNull(pause, "pause");
            return this;
        }

        /**
         * A new, not yet started stand-in.
         *
         * @return the stand-in
         */
        public BeyondWordsStandIn build() {
            return new BeyondWordsStandIn(this);
        }
    }
}
