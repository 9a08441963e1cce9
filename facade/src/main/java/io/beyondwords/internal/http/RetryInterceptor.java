package io.beyondwords.internal.http;

import io.beyondwords.RetryPolicy;
import io.beyondwords.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownServiceException;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Application interceptor that retries failed attempts of a call; the SDK's only retry layer (the client turns off
 * OkHttp's own {@code retryOnConnectionFailure}).
 *
 * <p>What is retried:
 * <ul>
 *   <li>Idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS, TRACE): 408, 429, 500, 502, 503, 504, connection
 *       failures and socket timeouts.</li>
 *   <li>Anything else (POST, PATCH): only when the server certainly did not process it: the attempt failed before
 *       the request reached a connection ({@link SentMarker} never ran: refused, DNS, connect timeout), or the server
 *       answered 429 or 503. A sent POST that then failed with an I/O error, or that got 500, 502 or 504, is not
 *       retried and is marked {@link CallContext#outcomeUnknown()}.</li>
 *   <li>Never: cancellation, the call deadline, thread interruption, certificate and TLS-verification failures,
 *       redirect loops, cleartext refused by policy.</li>
 * </ul>
 *
 * <p>The wait is the server's {@code Retry-After-Ms} / {@code Retry-After} hint when usable, otherwise
 * {@link Backoff}. A hint above {@link RetryPolicy#maxRetryAfter()} is not waited: that response is returned at once.
 * A wait that would end at or after the call deadline (the call's {@link CallDeadline}) is not started: the last
 * result is surfaced instead, so the caller sees the real failure rather than a bare timeout. Every response that is
 * retried is closed first, so no connection is leaked.
 *
 * <p>The response finally returned has its body pre-read into memory up to {@link #PREREAD_LIMIT_BYTES}, so that a
 * connection reset while the body arrives is still an attempt failure this interceptor can retry (or, for a POST,
 * mark as outcome unknown), rather than an error the caller meets later while parsing. Larger bodies stream as
 * usual beyond that prefix.
 *
 * <p>Waits happen on the thread running the call: for async calls that is an OkHttp dispatcher thread, never the
 * caller's.
 */
public final class RetryInterceptor implements Interceptor {

    /** How much of a returned body is read ahead (1 MiB): far above any JSON answer of this API. */
    static final long PREREAD_LIMIT_BYTES = 1024 * 1024;

    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE");
    private static final Set<Integer> RETRIED_STATUSES_IDEMPOTENT = Set.of(408, 429, 500, 502, 503, 504);
    /** 429 and 503 say "not now" before doing any work, so even a create is safe to send again. */
    private static final Set<Integer> RETRIED_STATUSES_NON_IDEMPOTENT = Set.of(429, 503);
    /** The server may have done the work and then failed to answer. */
    private static final Set<Integer> OUTCOME_UNKNOWN_STATUSES = Set.of(500, 502, 504);
    /** Stale pooled connections skipped per call; the pool keeps at most 5 idle connections by default. */
    private static final int MAX_STALE_CONNECTIONS = 5;

    private final RetryPolicy defaultPolicy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final RunningCalls calls;

    /**
     * @param defaultPolicy the policy for calls whose {@link CallContext} names none
     * @param clock measures elapsed time against the call deadline and reads HTTP-date hints
     * @param sleeper performs the waits between attempts
     * @param random jitter source returning values in [0, 1], e.g. {@code ThreadLocalRandom.current()::nextDouble}
     *     (note: call {@code ThreadLocalRandom.current()} per use, not once, when sharing across threads)
     * @param calls where the transport registers each call's context
     */
    public RetryInterceptor(RetryPolicy defaultPolicy, Clock clock, Sleeper sleeper, DoubleSupplier random,
            RunningCalls calls) {
        this.defaultPolicy = Objects.requireNonNull(defaultPolicy, "defaultPolicy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        CallContext context = calls.of(chain);
        if (context != null) {
            return intercept(chain, context);
        }
        // A call the transport did not make: a private context, registered while it runs so SentMarker finds it.
        context = new CallContext(null);
        Object key = RunningCalls.keyOf(chain);
        calls.start(key, context);
        try {
            return intercept(chain, context);
        } finally {
            calls.end(key);
        }
    }

    private Response intercept(Chain chain, CallContext context) throws IOException {
        Request request = chain.request();
        RetryPolicy policy = context.policy().orElse(defaultPolicy);
        // A POST keyed by a member the API keeps unique is retried like a GET (a repeat is refused as a duplicate,
        // and the transport recovers the first attempt's item); whether its outcome is unknown still follows POST.
        boolean idempotent = isIdempotent(request.method());
        boolean repeatable = idempotent || context.idempotencyKey() != null;
        int staleConnections = 0;
        Instant start = clock.instant();
        CallDeadline deadline = context.deadline();
        long deadlineNanos = deadline != null ? deadline.timeoutNanos() : 0;

        CallEvents events = context.events();
        for (int retriesDone = 0; ; retriesDone++) {
            context.startAttempt();
            // The listeners' headers (trace context) are the attempt's own: each attempt starts from the call's request.
            Request attemptRequest = events.attemptStarted(context.attempts(), request);
            Response response = null;
            IOException failure = null;
            boolean retryable;
            boolean serverSaidNotProcessed = false;
            Duration hint = null;
            try {
                response = chain.proceed(attemptRequest);
            } catch (IOException e) {
                failure = e;
            }

            if (response != null) {
                int code = response.code();
                serverSaidNotProcessed = RETRIED_STATUSES_NON_IDEMPOTENT.contains(code);
                if (!idempotent && OUTCOME_UNKNOWN_STATUSES.contains(code)) {
                    context.markOutcomeUnknown();
                }
                retryable = (repeatable ? RETRIED_STATUSES_IDEMPOTENT : RETRIED_STATUSES_NON_IDEMPOTENT)
                        .contains(code);
                if (retryable) {
                    hint = RetryAfter.parse(response.headers(), clock).orElse(null);
                    if (hint != null && hint.compareTo(policy.maxRetryAfter()) > 0) {
                        context.markRetryAfterOverCap(hint);
                        hint = null;
                        retryable = false;
                    }
                }
                boolean finalAttempt = !retryable || retriesDone >= policy.maxRetries();
                if (finalAttempt) {
                    try {
                        Response returned = preRead(response);
                        events.attemptEnded(returned, null, context.outcomeUnknown(), null);
                        return returned;
                    } catch (IOException bodyFailure) {
                        // The status line arrived but the body did not: an I/O failure after sending, like any other.
                        response = null;
                        failure = bodyFailure;
                    }
                }
            }

            if (failure instanceof StaleConnectionException && staleConnections < MAX_STALE_CONNECTIONS) {
                // Nothing was sent and the dead socket is gone: try the next connection at once, as OkHttp would,
                // without spending a retry or a backoff on it.
                staleConnections++;
                retriesDone--;
                events.attemptEnded(null, failure, false, Duration.ZERO);
                continue;
            }
            if (failure != null) {
                boolean sent = context.requestSent();
                // A 429/503 status line already said no work was done, even if its body then failed to arrive.
                if (!idempotent && sent && !serverSaidNotProcessed) {
                    context.markOutcomeUnknown();
                }
                retryable = isRetryable(failure, chain) && (repeatable || !sent);
                if (!retryable || retriesDone >= policy.maxRetries()) {
                    events.attemptEnded(null, failure, context.outcomeUnknown(), null);
                    throw failure;
                }
            }

            Duration delay = hint != null
                    ? hint
                    : Backoff.forRetry(policy, retriesDone + 1, random.getAsDouble());
            if (deadlineNanos > 0) {
                Duration remaining = Duration.ofNanos(deadlineNanos).minus(Duration.between(start, clock.instant()));
                if (delay.compareTo(remaining) >= 0) {
                    // Waiting would outlive the deadline, and OkHttp cannot cancel a sleeping thread: stop now.
                    events.attemptEnded(response, failure, context.outcomeUnknown(), null);
                    return surface(response, failure);
                }
            }
            events.attemptEnded(response, failure, context.outcomeUnknown(), delay);
            if (response != null) {
                response.close();
            }
            context.recordDelay(delay);
            try {
                sleeper.sleep(delay);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                InterruptedIOException stop = new InterruptedIOException("interrupted while waiting to retry");
                if (failure != null) {
                    stop.addSuppressed(failure);
                }
                throw stop;
            }
            if (chain.call().isCanceled()) {
                IOException canceled = new IOException("Canceled");
                if (failure != null) {
                    canceled.addSuppressed(failure);
                }
                throw canceled;
            }
        }
    }

    /** Whether requests with this method are retried on any transient failure (else only when certainly unsent). */
    static boolean isIdempotent(String method) {
        return IDEMPOTENT_METHODS.contains(method);
    }

    private static Response surface(Response response, IOException failure) throws IOException {
        if (response == null) {
            throw failure;
        }
        return preRead(response);
    }

    /**
     * Reads up to {@link #PREREAD_LIMIT_BYTES} of the body into the body's own buffer. The caller then reads the
     * same body object, served from memory first; on failure the response is closed and the error rethrown.
     */
    private static Response preRead(Response response) throws IOException {
        ResponseBody body = response.body();
        if (body == null) {
            return response;
        }
        try {
            body.source().request(PREREAD_LIMIT_BYTES);
            return response;
        } catch (IOException | RuntimeException e) {
            response.close();
            throw e;
        }
    }

    /** Whether an attempt failure is transient, independent of whether the request was sent. */
    private static boolean isRetryable(IOException failure, Chain chain) {
        if (chain.call().isCanceled() || Thread.currentThread().isInterrupted()) {
            return false;
        }
        if (failure instanceof InterruptedIOException) {
            // Socket timeouts are transient; any other interruption is the call deadline or the caller stopping us.
            return failure instanceof SocketTimeoutException;
        }
        // Most ProtocolExceptions are transient truncation ("unexpected end of stream" when a reset cuts a body
        // short); a redirect loop is not, and retrying it would only repeat the loop.
        if (failure instanceof ProtocolException
                && String.valueOf(failure.getMessage()).startsWith("Too many follow-up requests")) {
            return false;
        }
        if (failure instanceof UnknownServiceException) {
            // Cleartext refused by the connection spec: configuration, not chance.
            return false;
        }
        if (failure instanceof SSLPeerUnverifiedException) {
            return false;
        }
        if (failure instanceof SSLHandshakeException && failure.getCause() instanceof CertificateException) {
            return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return "RetryInterceptor{defaultPolicy=" + defaultPolicy + '}';
    }
}
