package io.beyondwords.internal.http;

import io.beyondwords.errors.ApiConnectionException;
import io.beyondwords.errors.ApiException;
import io.beyondwords.errors.ApiTimeoutException;
import io.beyondwords.errors.BeyondWordsException;
import io.beyondwords.errors.InvalidResponseException;
import io.beyondwords.observability.AttemptEnded;
import io.beyondwords.observability.AttemptStarted;
import io.beyondwords.observability.CallEnded;
import io.beyondwords.observability.CallStarted;
import io.beyondwords.observability.ErrorType;
import io.beyondwords.observability.Operation;
import io.beyondwords.observability.RequestListener;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The listener events of one call: what the transport and the retry interceptor report, timed by the client's clock
 * and handed to the client's {@link RequestListeners}. Used by one thread at a time (the call's, handing over to the
 * dispatcher's through OkHttp's queue), so it needs no lock. {@link #NONE} does nothing, for a client without
 * listeners.
 */
public final class CallEvents {
    /** The events of a call nobody listens to: each method returns at once. */
    public static final CallEvents NONE = new CallEvents(null, null, null);

    /** The response header read as the request id. */
    private static final String REQUEST_ID_HEADER = "X-Request-Id";

    private final RequestListeners listeners;
    /** Numbers the calls of every client in the JVM, so one listener on several clients tells them apart. */
    private static final AtomicLong CALL_IDS = new AtomicLong();

    private final long callId;
    private final Operation operation;
    private final Clock clock;
    private Instant callStart;
    private Instant attemptStart;
    private int attempt;

    CallEvents(RequestListeners listeners, Operation operation, Clock clock) {
        this.listeners = listeners;
        this.operation = operation;
        this.clock = clock;
        this.callId = listeners == null ? 0 : CALL_IDS.incrementAndGet();
    }

    /** The call is about to run. */
    public void callStarted() {
        if (listeners == null) {
            return;
        }
        callStart = clock.instant();
        CallStarted event = new CallStarted(callId, operation, callStart);
        listeners.tell(RequestListener::callStarted, event);
    }

    /**
     * @param number the attempt about to be sent, from 1
     * @param request its request
     * @return the request to send: with the headers the listeners add for this attempt, if any
     */
    Request attemptStarted(int number, Request request) {
        if (listeners == null) {
            return request;
        }
        attempt = number;
        attemptStart = clock.instant();
        AttemptStarted event = new AttemptStarted(callId, operation, number);
        listeners.tell(RequestListener::attemptStarted, event);
        return listeners.withHeaders(event, request);
    }

    /**
     * @param response what the attempt got, or {@code null}
     * @param failure how it failed, or {@code null}
     * @param outcomeUnknown whether a POST may have been processed
     * @param retryDelay the wait before the next attempt, or {@code null} when the call does not retry
     */
    void attemptEnded(Response response, IOException failure, boolean outcomeUnknown, Duration retryDelay) {
        if (listeners == null) {
            return;
        }
        int status = response == null ? 0 : response.code();
        Optional<String> requestId = response == null
                ? Optional.empty()
                : Optional.ofNullable(response.header(REQUEST_ID_HEADER));
        Optional<ErrorType> type = failure != null ? Optional.of(ofFailure(failure)) : ofStatus(status);
        AttemptEnded event = new AttemptEnded(callId, operation, attempt, status, requestId, type, outcomeUnknown,
                retryDelay != null, retryDelay == null ? Duration.ZERO : retryDelay, since(attemptStart));
        listeners.tell(RequestListener::attemptEnded, event);
    }

    /**
     * The call returned a value.
     *
     * @param attempts how many attempts were sent
     * @param status the response's status
     * @param requestId the response's request id, or {@code null}
     */
    public void callSucceeded(int attempts, int status, String requestId) {
        if (listeners == null) {
            return;
        }
        CallEnded event = new CallEnded(callId, operation, attempts, status, Optional.ofNullable(requestId),
                Optional.empty(), false, since(callStart), Optional.empty());
        listeners.tell(RequestListener::callEnded, event);
    }

    /**
     * The call failed.
     *
     * @param attempts how many attempts were sent
     * @param failure what the caller is about to see
     */
    public void callFailed(int attempts, Throwable failure) {
        if (listeners == null) {
            return;
        }
        int status = 0;
        Optional<String> requestId = Optional.empty();
        ErrorType type = ErrorType.OTHER;
        if (failure instanceof ApiException e) {
            status = e.statusCode();
            requestId = e.requestId();
            type = ofStatus(status).orElse(ErrorType.OTHER);
        } else if (failure instanceof InvalidResponseException e) {
            status = e.statusCode();
            requestId = e.requestId();
        } else if (failure instanceof ApiTimeoutException) {
            type = ErrorType.CLIENT_TIMEOUT;
        } else if (failure instanceof ApiConnectionException) {
            type = ErrorType.IO;
        }
        Optional<BeyondWordsException> sdkFailure = failure instanceof BeyondWordsException e
                ? Optional.of(e)
                : Optional.empty();
        boolean unknown = sdkFailure.map(BeyondWordsException::isOutcomeUnknown).orElse(false);
        CallEnded event = new CallEnded(callId, operation, attempts, status, requestId, Optional.of(type), unknown,
                since(callStart), sdkFailure);
        listeners.tell(RequestListener::callEnded, event);
    }

    private Duration since(Instant start) {
        return start == null ? Duration.ZERO : Duration.between(start, clock.instant());
    }

    /** @return the kind of failure a status is, or empty for one that is none (below 400) */
    static Optional<ErrorType> ofStatus(int status) {
        if (status < 400) {
            return Optional.empty();
        }
        if (status == 429) {
            return Optional.of(ErrorType.THROTTLING);
        }
        return Optional.of(status >= 500 ? ErrorType.SERVER : ErrorType.OTHER);
    }

    /** @return the kind of failure an attempt's I/O exception is */
    static ErrorType ofFailure(IOException failure) {
        if (failure instanceof SocketTimeoutException
                || (failure instanceof InterruptedIOException && "timeout".equals(failure.getMessage()))) {
            return ErrorType.CLIENT_TIMEOUT;
        }
        return ErrorType.IO;
    }
}
