package io.beyondwords.internal.http;

import io.beyondwords.RequestOptions;
import io.beyondwords.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.Headers;

/**
 * One SDK call's settings and what happened during it, across all its attempts.
 *
 * <p>The facade creates one per call and registers it in its {@link RunningCalls} under the call's Retrofit
 * {@code Invocation}, where the interceptors find it: {@link CallDeadlineInterceptor} starts its deadline and records
 * the response the chain returned, the transport's timeouts interceptor applies its per-call timeouts, and
 * {@link RetryInterceptor} and {@link SentMarker} write to it. The facade reads it after the call to build the right
 * exception (for example one that says a {@code POST}'s outcome is unknown). A call
 * without one gets a private context with the retry interceptor's default policy.
 *
 * <p>Written by the thread running the call and possibly read by another (async callers), so every accessor of what
 * happened holds its lock; the settings are final. Not meant to be shared between calls.
 */
public final class CallContext {

    private final RetryPolicy policy;
    private final CallDeadline deadline;
    private final IdempotencyKey idempotencyKey;
    private final RequestOptions timeouts;
    private final CallEvents events;

    /** A lock, not {@code synchronized}: a virtual thread on Java 21 must never pin on the SDK's monitors. */
    private final ReentrantLock lock = new ReentrantLock();
    private int attempts;
    private final List<Duration> delays = new ArrayList<>();
    private boolean requestSent;
    private boolean earlierAttemptSent;
    private boolean outcomeUnknown;
    private Duration retryAfterOverCap;
    private int responseCode;
    private Headers responseHeaders;

    /**
     * @param policyOrNull the retry policy for this call, or {@code null} for the interceptor's default
     */
    public CallContext(RetryPolicy policyOrNull) {
        this(policyOrNull, null, null, null);
    }

    /**
     * @param policyOrNull the retry policy for this call, or {@code null} for the interceptor's default
     * @param deadlineOrNull the call's overall deadline, or {@code null} for none
     * @param idempotencyKeyOrNull for a create keyed by a member the API keeps unique (retried like a safe request),
     *     or {@code null}
     * @param timeoutsOrNull options whose connect, read and write timeouts, where set, apply to this call's attempts
     *     instead of the client's; {@code null} for none
     */
    public CallContext(RetryPolicy policyOrNull, CallDeadline deadlineOrNull, IdempotencyKey idempotencyKeyOrNull,
            RequestOptions timeoutsOrNull) {
        this(policyOrNull, deadlineOrNull, idempotencyKeyOrNull, timeoutsOrNull, CallEvents.NONE);
    }

    /**
     * @param policyOrNull the retry policy for this call, or {@code null} for the interceptor's default
     * @param deadlineOrNull the call's overall deadline, or {@code null} for none
     * @param idempotencyKeyOrNull for a create keyed by a unique member, or {@code null}
     * @param timeoutsOrNull options whose timeouts, where set, apply to this call's attempts; {@code null} for none
     * @param events where the call's attempts are reported to the client's request listeners
     */
    public CallContext(RetryPolicy policyOrNull, CallDeadline deadlineOrNull, IdempotencyKey idempotencyKeyOrNull,
            RequestOptions timeoutsOrNull, CallEvents events) {
        this.policy = policyOrNull;
        this.deadline = deadlineOrNull;
        this.idempotencyKey = idempotencyKeyOrNull;
        this.timeouts = timeoutsOrNull;
        this.events = events;
    }

    /** @return the key this call is sent with instead of the client's, or {@code null} for the client's */
    public String apiKeyOverride() {
        return timeouts == null ? null : timeouts.apiKey().orElse(null);
    }

    /** @return where the call's attempts are reported ({@link CallEvents#NONE} when nobody listens) */
    public CallEvents events() {
        return events;
    }

    /** @return the call's overall deadline, or {@code null} if it has none */
    public CallDeadline deadline() {
        return deadline;
    }

    /** @return the unique member a keyed create is retried by, or {@code null} for any other call */
    public IdempotencyKey idempotencyKey() {
        return idempotencyKey;
    }

    /** @return the options whose timeouts, where set, override the client's for this call, or {@code null} */
    public RequestOptions timeouts() {
        return timeouts;
    }

    /**
     * The policy given for this call, if any; empty means the interceptor's default applies.
     *
     * @return the per-call policy
     */
    public Optional<RetryPolicy> policy() {
        return Optional.ofNullable(policy);
    }

    /**
     * How many attempts were started (1 when the first attempt succeeded).
     *
     * @return the attempt count, 0 before the call ran
     */
    public int attempts() {
        lock.lock();
        try {
            return attempts;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Every wait requested of the {@link io.beyondwords.Sleeper} before a retry, in order.
     *
     * @return an immutable copy
     */
    public List<Duration> delays() {
        lock.lock();
        try {
            return List.copyOf(delays);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the last attempt reached the network: a connection was open and the request was handed to it (the
     * {@link SentMarker} ran). {@code false} means the server certainly never saw that attempt.
     *
     * @return whether the last attempt's request was sent
     */
    public boolean requestSent() {
        lock.lock();
        try {
            return requestSent;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the call ended in a state where a non-idempotent request ({@code POST}, {@code PATCH}) may or may not
     * have been processed: it was sent and then failed with an I/O error (reset, timeout), or the server answered
     * 500, 502 or 504. The caller should check before creating again.
     *
     * @return whether the outcome of the call is unknown
     */
    public boolean outcomeUnknown() {
        lock.lock();
        try {
            return outcomeUnknown;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The {@code Retry-After} hint of the returned response when it was longer than
     * {@link RetryPolicy#maxRetryAfter()} and therefore not waited out.
     *
     * @return the hint, or empty if the call did not stop because of an over-long hint
     */
    public Optional<Duration> retryAfterOverCap() {
        lock.lock();
        try {
            return Optional.ofNullable(retryAfterOverCap);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        lock.lock();
        try {
            return "CallContext{policy=" + (policy == null ? "default" : policy)
                    + ", attempts=" + attempts
                    + ", delays=" + delays
                    + ", requestSent=" + requestSent
                    + ", earlierAttemptSent=" + earlierAttemptSent
                    + ", outcomeUnknown=" + outcomeUnknown
                    + ", retryAfterOverCap=" + retryAfterOverCap + '}';
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether an attempt before the last one reached the network, and so may have been processed: what tells a
     * keyed create's duplicate refusal on a retry (the first attempt did create it) from the caller's own duplicate.
     *
     * @return whether an earlier attempt's request was sent
     */
    public boolean earlierAttemptSent() {
        lock.lock();
        try {
            return earlierAttemptSent;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The status of the response the call's chain returned, for a message about a body that could not be read
     * (Retrofit reads the body before the facade sees the response).
     *
     * @return the status, or 0 if the chain returned none
     */
    public int responseCode() {
        lock.lock();
        try {
            return responseCode;
        } finally {
            lock.unlock();
        }
    }

    /** @return the headers of the response the call's chain returned, or {@code null} if it returned none */
    public Headers responseHeaders() {
        lock.lock();
        try {
            return responseHeaders;
        } finally {
            lock.unlock();
        }
    }

    void recordResponse(int code, Headers headers) {
        lock.lock();
        try {
            responseCode = code;
            responseHeaders = headers;
        } finally {
            lock.unlock();
        }
    }

    void startAttempt() {
        lock.lock();
        try {
            earlierAttemptSent |= requestSent;
            attempts++;
            requestSent = false;
            outcomeUnknown = false;
            retryAfterOverCap = null;
        } finally {
            lock.unlock();
        }
    }

    void markRequestSent() {
        lock.lock();
        try {
            requestSent = true;
        } finally {
            lock.unlock();
        }
    }

    void recordDelay(Duration delay) {
        lock.lock();
        try {
            delays.add(delay);
        } finally {
            lock.unlock();
        }
    }

    void markOutcomeUnknown() {
        lock.lock();
        try {
            outcomeUnknown = true;
        } finally {
            lock.unlock();
        }
    }

    void markRetryAfterOverCap(Duration hint) {
        lock.lock();
        try {
            retryAfterOverCap = hint;
        } finally {
            lock.unlock();
        }
    }
}
