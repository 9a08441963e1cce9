package io.beyondwords.internal.transport;

import io.beyondwords.ClientOptions;
import io.beyondwords.LogLevel;
import io.beyondwords.RequestOptions;
import io.beyondwords.errors.ApiConnectionException;
import io.beyondwords.errors.ApiException;
import io.beyondwords.errors.ApiTimeoutException;
import io.beyondwords.errors.BeyondWordsException;
import io.beyondwords.errors.InvalidResponseException;
import io.beyondwords.internal.http.ApiKeyInterceptor;
import io.beyondwords.internal.http.CallContext;
import io.beyondwords.internal.http.CallDeadline;
import io.beyondwords.internal.http.CallDeadlineInterceptor;
import io.beyondwords.internal.http.DeadlineWatchdog;
import io.beyondwords.internal.http.IdempotencyKey;
import io.beyondwords.internal.http.RetryInterceptor;
import io.beyondwords.internal.http.RunningCalls;
import io.beyondwords.internal.http.SentMarker;
import io.beyondwords.internal.json.ApiJson;
import io.beyondwords.internal.json.UnreadableBodyException;
import io.beyondwords.internal.json.ValueFailures;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Runs the facade's HTTP calls: one per client, built once. The generated resource layer builds each request from
 * its operation's {@link Endpoint} ({@link #request}); this class executes it on its own OkHttp client (so it controls
 * the per-call state, deadline and error mapping) and turns every outcome into a value or one of the SDK's
 * exceptions. No Gson or OkHttp exception leaves it.
 */
public final class ApiTransport {
    /**
     * The response header read as the request id. BeyondWords documents none; this is the common name, and a
     * response without it simply has no request id.
     */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    /** In strict mode a value's problems are thrown as found, to fail the call they came with. */
    private static final ValueFailures STRICT = problem -> problem;

    private final OkHttpClient http;
    private final String userAgent;
    private final String apiKey;
    private final AtomicBoolean closed;
    private final ErrorResponses errors;
    private final HttpUrl baseUrl;
    private final boolean strictResponses;
    private final ClientOptions options;
    private final DeadlineWatchdog deadlines;
    /** Each running call's context, where the interceptors find it (see RunningCalls for why not request tags). */
    private final RunningCalls calls;

    /**
     * @param shared the bare client whose connection pool and dispatcher this transport shares
     * @param deadlines the watchdog that ends calls at their deadline, shared like {@code shared}
     * @param options the client's settings
     * @param baseUrl the validated base URL, ending in {@code /}
     * @param apiKey the validated key
     * @param closed set when the owning client is closed
     */
    public ApiTransport(OkHttpClient shared, DeadlineWatchdog deadlines, ClientOptions options, HttpUrl baseUrl,
            String apiKey, AtomicBoolean closed) {
        this.calls = new RunningCalls();
        OkHttpClient.Builder builder = shared.newBuilder();
        builder.interceptors().clear();
        builder.networkInterceptors().clear();
        builder.connectTimeout(options.connectTimeout())
                .readTimeout(options.readTimeout())
                .writeTimeout(options.writeTimeout())
                // No callTimeout: its okio AsyncTimeout takes one JVM-wide lock per call (see DeadlineWatchdog).
                // The deadline is a CallDeadline per call instead, started by the first interceptor.
                // The retry interceptor is the only retry layer: OkHttp's own would silently re-send a POST.
                .retryOnConnectionFailure(false)
                .addInterceptor(new CallDeadlineInterceptor(calls))
                .addInterceptor(new RequestTimeoutsInterceptor(calls))
                .addInterceptor(new RetryInterceptor(options.retryPolicy(), options.clock(), options.sleeper(),
                        options.jitterSource(), calls))
                .addNetworkInterceptor(new SentMarker(calls))
                .addNetworkInterceptor(new ApiKeyInterceptor(baseUrl, apiKey));
        if (options.logLevel() != LogLevel.OFF) {
            builder.addNetworkInterceptor(new TrafficLogInterceptor(options.logLevel(), apiKey));
        }
        options.proxy().ifPresent(builder::proxy);
        this.http = builder.build();
        this.userAgent = options.userAgent();
        this.apiKey = apiKey;
        this.closed = closed;
        this.errors = new ErrorResponses(apiKey, options.clock());
        this.strictResponses = options.strictResponses();
        this.options = options;
        this.deadlines = deadlines;
        this.baseUrl = baseUrl;
    }

    /** @return the settings of the client this transport belongs to */
    public ClientOptions clientOptions() {
        return options;
    }

    /**
     * @return the threads that run the client's async calls (OkHttp's dispatcher), for work that must wait without
     *     holding the caller's thread
     */
    public ExecutorService executor() {
        return http.dispatcher().executorService();
    }

    /** @return the registry of this transport's calls in flight, for tests */
    RunningCalls runningCalls() {
        return calls;
    }

    /**
     * Starts the request of one call against this client's base URL.
     *
     * @param endpoint the operation
     * @param pathValues the values of its path parameters, in the order its path holds them
     * @return the request, to add query parameters and a body to
     * @throws IllegalArgumentException for a path value that would change the request's path (empty, {@code .},
     *     {@code ..})
     */
    public WireRequest request(Endpoint endpoint, String... pathValues) {
        return new WireRequest(baseUrl, ApiJson.GSON, userAgent, endpoint, pathValues);
    }

    /**
     * Runs a call on the calling thread.
     *
     * @param request the request {@link #request} built
     * @param options per-call overrides
     * @param parser reads a 2xx response
     * @param <T> the result type
     * @return the parsed response
     * @throws BeyondWordsException for any failure
     */
    public <T> ParsedResponse<T> execute(Request request, RequestOptions options, ResponseParser<T> parser) {
        return execute(request, options, parser, null);
    }

    /**
     * Runs a keyed create on the calling thread (see {@link KeyedCreate}).
     *
     * @param request the request {@link #request} built
     * @param options per-call overrides
     * @param parser reads a 2xx response
     * @param keyed the create's unique member and how to fetch what it names, or {@code null} for a plain call
     * @param <T> the result type
     * @return the parsed response, or the item the first attempt created, marked as recovered
     * @throws BeyondWordsException for any failure
     */
    public <T> ParsedResponse<T> execute(Request request, RequestOptions options, ResponseParser<T> parser,
            KeyedCreate<T> keyed) {
        CallDeadline deadline = deadlineOf(options);
        CallContext context = contextOf(options, deadline, keyed);
        Call call = newCall(request, context);
        Response response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw ioFailure(request, context, deadline, e);
        } catch (RuntimeException | Error e) {
            end(deadline);
            throw e;
        } finally {
            calls.end(call);
        }
        try {
            return complete(request, context, deadline, response, parser, keyed);
        } catch (RecoverableDuplicate duplicate) {
            try {
                return keyed.fetch();
            } catch (BeyondWordsException e) {
                e.addSuppressed(duplicate.refusal());
                throw e;
            }
        }
    }

    /**
     * Runs a call on the dispatcher's threads; retries and their waits happen there too.
     *
     * @param request the request {@link #request} built
     * @param options per-call overrides
     * @param parser reads a 2xx response
     * @param <T> the result type
     * @return a future completing with the parsed response or exceptionally with a {@link BeyondWordsException};
     *     cancelling it cancels the call
     */
    public <T> CompletableFuture<ParsedResponse<T>> executeAsync(Request request, RequestOptions options,
            ResponseParser<T> parser) {
        return executeAsync(request, options, parser, null);
    }

    /**
     * Runs a keyed create on the dispatcher's threads (see {@link KeyedCreate}).
     *
     * @param request the request {@link #request} built
     * @param options per-call overrides
     * @param parser reads a 2xx response
     * @param keyed the create's unique member and how to fetch what it names, or {@code null} for a plain call
     * @param <T> the result type
     * @return a future as {@link #executeAsync(Request, RequestOptions, ResponseParser)} returns
     */
    public <T> CompletableFuture<ParsedResponse<T>> executeAsync(Request request, RequestOptions options,
            ResponseParser<T> parser, KeyedCreate<T> keyed) {
        CompletableFuture<ParsedResponse<T>> future = new CompletableFuture<>();
        CallDeadline deadline;
        CallContext context;
        Call call;
        try {
            deadline = deadlineOf(options);
            context = contextOf(options, deadline, keyed);
            call = newCall(request, context);
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
            return future;
        }
        // OkHttp calls back exactly once, also for a call cancelled before it ran or refused by a shut-down
        // dispatcher: that is where the call leaves the registry.
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                calls.end(c);
                future.completeExceptionally(ioFailure(request, context, deadline, e));
            }

            @Override
            public void onResponse(Call c, Response response) {
                calls.end(c);
                try {
                    future.complete(complete(request, context, deadline, response, parser, keyed));
                } catch (RecoverableDuplicate duplicate) {
                    keyed.fetchAsync().whenComplete((found, failure) -> {
                        if (failure == null) {
                            future.complete(found);
                        } else {
                            Throwable cause = UnwrappedFutures.unwrap(failure);
                            cause.addSuppressed(duplicate.refusal());
                            future.completeExceptionally(cause);
                        }
                    });
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
            }
        });
        future.whenComplete((value, failure) -> {
            if (future.isCancelled()) {
                call.cancel();
            }
        });
        return future;
    }

    /** The call's deadline: its own if given, else the client's; {@code null} when that is zero (none). */
    private CallDeadline deadlineOf(RequestOptions options) {
        Duration timeout = options.deadline().orElse(this.options.deadline());
        if (timeout.isZero()) {
            return null;
        }
        long nanos;
        try {
            nanos = timeout.toNanos();
        } catch (ArithmeticException longerThanNanosHold) {
            nanos = Long.MAX_VALUE;
        }
        return new CallDeadline(deadlines, nanos);
    }

    /** The call's context: its retry policy, deadline, idempotency key and timeouts, for the interceptors. */
    private static CallContext contextOf(RequestOptions options, CallDeadline deadline, KeyedCreate<?> keyed) {
        return new CallContext(options.retryPolicy().orElse(null), deadline, keyed == null ? null : keyed.key(),
                options);
    }

    /** A call of {@code request}, registered with its context. */
    private Call newCall(Request request, CallContext context) {
        if (closed.get()) {
            throw new IllegalStateException("this BeyondWordsClient is closed");
        }
        Call call = http.newCall(request);
        calls.start(call, context);
        return call;
    }

    private <T> ParsedResponse<T> complete(Request request, CallContext context, CallDeadline deadline,
            Response response, ResponseParser<T> parser, KeyedCreate<T> keyed) {
        boolean post = isPost(request);
        // The deadline covers reading the body too, as OkHttp's call timeout did: it ends (finally, below) once the
        // response is closed, whatever the outcome.
        try (Response r = response) {
            if (!r.isSuccessful()) {
                ApiException refusal = errors.toException(r, context, post);
                if (keyed != null && context.earlierAttemptSent() && isDuplicateOf(refusal, keyed.key())) {
                    throw new RecoverableDuplicate(refusal);
                }
                throw refusal;
            }
            // A value found bad after the call returned: the caller holds what the server made, so the outcome is
            // known. Captures the status and headers, not the response: values may outlive it by far.
            int code = r.code();
            Headers headers = r.headers();
            T body;
            if (strictResponses) {
                // Every member is checked now: a problem fails the call, as an unreadable body does.
                body = parser.parse(r, STRICT);
                parser.validate(body);
            } else {
                body = parser.parse(r, problem -> invalidResponse(request, code, headers, problem.getMessage(), false));
            }
            return new ParsedResponse<>(r.code(), r.headers(), body);
        } catch (UnreadableBodyException e) {
            // A create that answered 2xx did happen; the caller just cannot see what was made. The message may quote
            // the body's first characters, and a body (a proxy echoing the request, say) may hold the key.
            throw invalidResponse(request, response.code(), response.headers(),
                    Redaction.maskKey(e.getMessage(), apiKey), post);
        } catch (IOException e) {
            throw ioFailure(request, context, deadline, e);
        } finally {
            end(deadline);
        }
    }

    private static boolean end(CallDeadline deadline) {
        return deadline != null && deadline.end();
    }

    private static boolean isDuplicateOf(ApiException refusal, IdempotencyKey key) {
        return refusal.statusCode() == 422
                && refusal.fieldErrors().stream().anyMatch(error -> key.member().equals(error.location()));
    }

    private static InvalidResponseException invalidResponse(Request request, int code, Headers headers,
            String problem, boolean outcomeUnknown) {
        return new InvalidResponseException(describe(request) + ": HTTP " + code + " but " + problem, code,
                headers.get(REQUEST_ID_HEADER), outcomeUnknown);
    }

    private BeyondWordsException ioFailure(Request request, CallContext context, CallDeadline deadline,
            IOException failure) {
        // A call the watchdog cancelled failed with whatever the cancellation caused (a closed socket, "Canceled"):
        // report it as OkHttp's call timeout did.
        IOException e = end(deadline) ? CallDeadline.timeout(failure) : failure;
        boolean unknown = context.outcomeUnknown() || (isPost(request) && context.requestSent());
        String cause = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        String suffix = unknown ? " [outcome unknown: the request may have been processed]" : "";
        int attempts = context.attempts();
        String tries = attempts > 1 ? " after " + attempts + " attempts" : "";
        if (isTimeout(e)) {
            return new ApiTimeoutException(oneLine(describe(request) + " timed out" + tries + " (" + cause + ")"
                    + suffix), e, unknown);
        }
        return new ApiConnectionException(oneLine(describe(request) + " failed" + tries + ": " + cause + suffix), e,
                unknown);
    }

    private static boolean isTimeout(IOException e) {
        return e instanceof SocketTimeoutException
                || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
    }

    private static boolean isPost(Request request) {
        return "POST".equals(request.method());
    }

    private static String describe(Request request) {
        return request.method() + " " + request.url();
    }

    private String oneLine(String text) {
        return Redaction.maskKey(text, apiKey).replaceAll("[\\r\\n]+", " ");
    }

}
