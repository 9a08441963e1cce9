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
import io.beyondwords.internal.http.CallEvents;
import io.beyondwords.internal.http.DeadlineWatchdog;
import io.beyondwords.internal.http.IdempotencyKey;
import io.beyondwords.internal.http.ProxyCredentials;
import io.beyondwords.internal.http.RequestListeners;
import io.beyondwords.internal.http.RetryInterceptor;
import io.beyondwords.internal.http.RunningCalls;
import io.beyondwords.internal.http.SentMarker;
import io.beyondwords.internal.json.ApiJson;
import io.beyondwords.internal.json.UnreadableBodyException;
import io.beyondwords.internal.json.ValueFailures;
import io.beyondwords.internal.json.WireConverterFactory;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.PasswordAuthentication;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Invocation;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * Runs the facade's HTTP calls: one per client, built once. The generated resource layer calls the generated Retrofit
 * interfaces ({@link #api}) on this transport's Retrofit, which builds each request from the interface's annotations
 * and runs it on this transport's OkHttp client (so the interceptors see the per-call state and deadline); the
 * {@link ApiCall}s it hands out come back here to run, and every outcome becomes a value or one of the SDK's
 * exceptions. No Gson, OkHttp or Retrofit exception leaves it.
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
    private final String apiKey;
    private final AtomicBoolean closed;
    private final ErrorResponses errors;
    private final HttpUrl baseUrl;
    /** Built on first use: a client whose code makes no call builds no Retrofit. */
    private volatile Retrofit retrofit;
    /** Builds {@link #retrofit} once; a lock, not {@code synchronized}, so no virtual thread pins on it. */
    private final ReentrantLock retrofitLock = new ReentrantLock();
    private final boolean strictResponses;
    private final ClientOptions options;
    private final DeadlineWatchdog deadlines;
    /** Each running call's context, where the interceptors find it (see RunningCalls for why not request tags). */
    private final RunningCalls calls;
    private final RequestListeners listeners;
    private final Operations operations = new Operations();

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
        this(shared, deadlines, options, baseUrl, apiKey, closed, null);
    }

    /**
     * @param shared the base client whose connection pool and dispatcher this transport shares (never changed)
     * @param deadlines the watchdog that ends calls at their deadline, shared like {@code shared}
     * @param options the client's settings
     * @param baseUrl the validated base URL, ending in {@code /}
     * @param apiKey the validated key
     * @param closed set when the owning client is closed
     * @param proxyCredentialsOrNull the user and password a proxy that asks is given, or {@code null}
     */
    public ApiTransport(OkHttpClient shared, DeadlineWatchdog deadlines, ClientOptions options, HttpUrl baseUrl,
            String apiKey, AtomicBoolean closed, PasswordAuthentication proxyCredentialsOrNull) {
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
                .callTimeout(Duration.ZERO)
                .retryOnConnectionFailure(false)
                .addInterceptor(new CallDeadlineInterceptor(calls))
                .addInterceptor(new ErrorBodyLimit())
                .addInterceptor(new RequestTimeoutsInterceptor(calls))
                .addInterceptor(new RetryInterceptor(options.retryPolicy(), options.clock(), options.sleeper(),
                        options.jitterSource(), calls))
                .addNetworkInterceptor(new SentMarker(calls))
                .addNetworkInterceptor(new ApiKeyInterceptor(baseUrl, apiKey, options.userAgent(), calls));
        if (options.logLevel() != LogLevel.OFF) {
            builder.addNetworkInterceptor(new TrafficLogInterceptor(options.logLevel(), apiKey));
        }
        options.proxy().ifPresent(builder::proxy);
        if (proxyCredentialsOrNull != null) {
            builder.proxyAuthenticator(new ProxyCredentials(proxyCredentialsOrNull));
        }
        this.http = builder.build();
        this.apiKey = apiKey;
        this.closed = closed;
        this.errors = new ErrorResponses(apiKey, options.clock());
        this.strictResponses = options.strictResponses();
        this.options = options;
        this.deadlines = deadlines;
        this.baseUrl = baseUrl;
        this.listeners = new RequestListeners(options.requestListeners());
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
     * An implementation of a generated Retrofit interface, whose calls are {@link ApiCall}s running on this
     * transport. A resource asks once, on its first use.
     *
     * @param api a generated Retrofit interface
     * @param <T> its type
     * @return its implementation
     */
    public <T> T api(Class<T> api) {
        return retrofit().create(api);
    }

    /** The client's one Retrofit, built on the first resource's first use. */
    private Retrofit retrofit() {
        Retrofit r = retrofit;
        if (r == null) {
            retrofitLock.lock();
            try {
                r = retrofit;
                if (r == null) {
                    r = new Retrofit.Builder()
                            .baseUrl(baseUrl)
                            .client(http)
                            .addCallAdapterFactory(new ApiCallAdapterFactory(this))
                            .addConverterFactory(new WireConverterFactory())
                            .addConverterFactory(GsonConverterFactory.create(ApiJson.GSON))
                            .build();
                    retrofit = r;
                }
            } finally {
                retrofitLock.unlock();
            }
        }
        return r;
    }

    <R, T> ParsedResponse<T> execute(Call<R> call, RequestOptions options, ResponseParser<R, T> parser,
            KeyedCreate<T> keyed) {
        CallDeadline deadline = deadlineOf(options, true);
        Request request = requestOf(call);
        CallContext context = contextOf(options, deadline, keyed, eventsOf(request));
        start(request, context);
        CallEvents events = context.events();
        events.callStarted();
        try {
            ParsedResponse<T> result = executeStarted(call, request, context, deadline, parser, keyed);
            events.callSucceeded(context.attempts(), result.statusCode(), result.requestId());
            return result;
        } catch (RuntimeException | Error e) {
            events.callFailed(context.attempts(), e);
            throw e;
        }
    }

    private <R, T> ParsedResponse<T> executeStarted(Call<R> call, Request request, CallContext context,
            CallDeadline deadline, ResponseParser<R, T> parser, KeyedCreate<T> keyed) {
        Response<R> response;
        CallStopper stopper = CallStopper.current();
        if (stopper != null) {
            stopper.enter(call);
        }
        try {
            response = call.execute();
        } catch (IOException e) {
            throw ioFailure(request, context, deadline, e);
        } catch (UnreadableBodyException e) {
            throw unreadable(request, context, deadline, e);
        } catch (RuntimeException | Error e) {
            end(deadline);
            throw e;
        } finally {
            calls.end(invocationOf(request));
            if (stopper != null) {
                stopper.leave(call);
            }
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

    <R, T> CompletableFuture<ParsedResponse<T>> executeAsync(Call<R> call, RequestOptions options,
            ResponseParser<R, T> parser, KeyedCreate<T> keyed) {
        CompletableFuture<ParsedResponse<T>> future = new CompletableFuture<>();
        CallDeadline deadline;
        CallContext context;
        Request request;
        try {
            deadline = deadlineOf(options, false);
            request = requestOf(call);
            context = contextOf(options, deadline, keyed, eventsOf(request));
            start(request, context);
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
            return future;
        }
        CallEvents events = context.events();
        events.callStarted();
        // The caller's future completes after the call's end is told, so a listener's work is done when it does.
        CompletableFuture<ParsedResponse<T>> told = events == CallEvents.NONE ? future : new CompletableFuture<>();
        if (told != future) {
            future.whenComplete((result, failure) -> {
                if (failure == null) {
                    events.callSucceeded(context.attempts(), result.statusCode(), result.requestId());
                    told.complete(result);
                } else {
                    events.callFailed(context.attempts(), failure);
                    told.completeExceptionally(failure);
                }
            });
        }
        Invocation invocation = invocationOf(request);
        // Retrofit calls back exactly once, also for a call cancelled before it ran or refused by a shut-down
        // dispatcher: that is where the call leaves the registry.
        call.enqueue(new Callback<R>() {
            @Override
            public void onFailure(Call<R> c, Throwable t) {
                calls.end(invocation);
                if (t instanceof IOException e) {
                    future.completeExceptionally(ioFailure(request, context, deadline, e));
                } else if (t instanceof UnreadableBodyException e) {
                    future.completeExceptionally(unreadable(request, context, deadline, e));
                } else {
                    end(deadline);
                    future.completeExceptionally(t);
                }
            }

            @Override
            public void onResponse(Call<R> c, Response<R> response) {
                calls.end(invocation);
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
        told.whenComplete((value, failure) -> {
            if (told.isCancelled()) {
                call.cancel();
            }
        });
        return told;
    }

    /**
     * The call's deadline: its own if given, else the client's. When that is zero (none), an async call has no
     * deadline ({@code null}) and a sync call one without a time limit, which still ends it if its thread is
     * interrupted.
     */
    private CallDeadline deadlineOf(RequestOptions options, boolean sync) {
        Duration timeout = options.deadline().orElse(this.options.deadline());
        if (timeout.isZero()) {
            return sync ? CallDeadline.ofSyncCall(deadlines, 0) : null;
        }
        long nanos;
        try {
            nanos = timeout.toNanos();
        } catch (ArithmeticException longerThanNanosHold) {
            nanos = Long.MAX_VALUE;
        }
        return sync ? CallDeadline.ofSyncCall(deadlines, nanos) : new CallDeadline(deadlines, nanos);
    }

    /** The call's context: its retry policy, deadline, idempotency key and timeouts, for the interceptors. */
    private static CallContext contextOf(RequestOptions options, CallDeadline deadline, KeyedCreate<?> keyed,
            CallEvents events) {
        return new CallContext(options.retryPolicy().orElse(null), deadline, keyed == null ? null : keyed.key(),
                options, events);
    }

    /** The events of a call of this request, told to the client's listeners; no work when there are none. */
    private CallEvents eventsOf(Request request) {
        return listeners.isEmpty()
                ? CallEvents.NONE
                : listeners.eventsOf(operations.of(invocationOf(request)), options.clock());
    }

    /** Builds the call's request (Retrofit, from the generated interface's annotations). */
    private Request requestOf(Call<?> call) {
        if (closed.get()) {
            throw new IllegalStateException("this BeyondWordsClient is closed");
        }
        return call.request();
    }

    /** Registers the call's context under the request's {@link Invocation}, where the interceptors find it. */
    private void start(Request request, CallContext context) {
        calls.start(invocationOf(request), context);
    }

    /** The tag Retrofit adds to every request it builds: the interface method called, and its arguments. */
    private static Invocation invocationOf(Request request) {
        return request.tag(Invocation.class);
    }

    private <R, T> ParsedResponse<T> complete(Request request, CallContext context, CallDeadline deadline,
            Response<R> response, ResponseParser<R, T> parser, KeyedCreate<T> keyed) {
        // The deadline covers reading the body, as OkHttp's call timeout did: Retrofit read a 2xx body before it
        // returned; an error body is read here. It ends (finally, below) whatever the outcome.
        okhttp3.Response raw = response.raw();
        boolean post = isPost(request);
        try (ResponseBody errorBody = response.errorBody()) {
            if (!response.isSuccessful()) {
                ApiException refusal = errors.toException(raw, errorBody, context, post);
                if (keyed != null && context.earlierAttemptSent() && isDuplicateOf(refusal, keyed.key())) {
                    throw new RecoverableDuplicate(refusal);
                }
                throw refusal;
            }
            // A value found bad after the call returned: the caller holds what the server made, so the outcome is
            // known. Captures the status and headers, not the response: values may outlive it by far.
            int code = raw.code();
            Headers headers = raw.headers();
            T body;
            if (strictResponses) {
                // Every member is checked now: a problem fails the call, as an unreadable body does.
                body = parser.parse(response.body(), headers, STRICT);
                parser.validate(body);
            } else {
                body = parser.parse(response.body(), headers,
                        problem -> invalidResponse(request, code, headers, problem.getMessage(), false));
            }
            return new ParsedResponse<>(code, headers, body);
        } catch (UnreadableBodyException e) {
            throw invalidResponse(request, raw.code(), raw.headers(), mask(e.getMessage(), context), post);
        } finally {
            end(deadline);
        }
    }

    /**
     * A 2xx body Retrofit's converter could not read. A create that answered 2xx did happen; the caller just cannot
     * see what was made. The message may quote the body's first characters, and a body (a proxy echoing the request,
     * say) may hold the key.
     */
    private InvalidResponseException unreadable(Request request, CallContext context, CallDeadline deadline,
            UnreadableBodyException e) {
        end(deadline);
        Headers headers = context.responseHeaders();
        return invalidResponse(request, context.responseCode(), headers == null ? Headers.of() : headers,
                mask(e.getMessage(), context), isPost(request));
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
        if (interrupted(deadline, failure)) {
            // A sync call fails on the thread that was interrupted: this one. Set its status again, in case a
            // library on the way cleared it.
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted");
            interrupted.initCause(failure);
            return new ApiConnectionException(oneLine(describe(request) + " interrupted" + tries
                    + " (the calling thread was interrupted, so the call was cancelled)" + suffix, context),
                    interrupted, unknown);
        }
        if (isTimeout(e)) {
            return new ApiTimeoutException(oneLine(describe(request) + " timed out" + tries + " (" + cause + ")"
                    + suffix, context), e, unknown);
        }
        return new ApiConnectionException(oneLine(describe(request) + " failed" + tries + ": " + cause + suffix,
                context), e, unknown);
    }

    /**
     * Whether a sync call failed because its thread was interrupted: the watchdog saw the interrupt and cancelled it,
     * or okio saw it before a read or write ({@code InterruptedIOException("interrupted")}), or a retry wait ended.
     */
    private static boolean interrupted(CallDeadline deadline, IOException failure) {
        if (deadline == null) {
            return false; // an async call without a deadline: a sync call always has one
        }
        return deadline.interrupted() || (deadline.watchesCaller() && failure instanceof InterruptedIOException
                && !isTimeout(failure) && Thread.currentThread().isInterrupted());
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

    private String oneLine(String text, CallContext context) {
        return mask(text, context).replaceAll("[\\r\\n]+", " ");
    }

    /** Masks the client's key and the call's own, if it has one, wherever a text might hold them. */
    private String mask(String text, CallContext context) {
        return Redaction.maskKey(Redaction.maskKey(text, apiKey), context.apiKeyOverride());
    }

}
