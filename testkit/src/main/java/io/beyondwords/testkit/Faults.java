package io.beyondwords.testkit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Fault injection for a {@link BeyondWordsStandIn}, for testing how a client copes with a misbehaving server.
 *
 * <p>Every method queues faults; each request the stand-in receives (any method, any path, with or without a valid
 * key) takes the oldest queued fault. When the queue is empty, normal service resumes. Calls chain:
 *
 * <pre>{@code
 * standIn.faults().failNext(503, 503).delayNext(Duration.ofSeconds(2));
 * // request 1 -> 503, request 2 -> 503, request 3 -> answered normally after 2 s, request 4 -> normal
 * }</pre>
 *
 * <p>Whether a faulted request changes the stand-in's state is part of each fault's contract: a fault that answers
 * without a response the client can read ({@link #disconnectNext()}, {@link #stallNext()}) or with an error status
 * ({@link #failNext(int...)}) changes nothing; the others ({@link #delayNext(Duration)},
 * {@link #disconnectNextAfterProcessing()}, {@link #truncateNext()}, {@link #trickleNext(long, Duration)}) first
 * handle the request normally (a create creates) and only then misbehave on the way back.
 *
 * <p>Thread-safe.
 */
public final class Faults {

    enum Kind { FAIL, DELAY, DISCONNECT, DISCONNECT_AFTER_PROCESSING, TRUNCATE, STALL, TRICKLE }

    record Fault(Kind kind, int status, Duration retryAfter, Duration duration, long bytesPerPeriod) {
        /** Whether the request is handled normally (state changes included) before the fault acts. */
        boolean processes() {
            return kind == Kind.DELAY || kind == Kind.DISCONNECT_AFTER_PROCESSING || kind == Kind.TRUNCATE
                    || kind == Kind.TRICKLE;
        }
    }

    private final Deque<Fault> queue = new ArrayDeque<>();

    Faults() {
    }

    /**
     * Answers the next requests with these statuses, one request each, in order, without handling them. Each answer
     * has a JSON error body of the API's shapes ({@code {"type":"application_error",...}} for a 5xx, and so on).
     *
     * @param statuses HTTP statuses from 400 to 599
     * @return these faults
     */
    public Faults failNext(int... statuses) {
        return failNextWithRetryAfter(null, statuses);
    }

    /**
     * Like {@link #failNext(int...)}, and each answer carries {@code Retry-After: <seconds>} (the duration rounded
     * up to whole seconds). The real API documents no {@code Retry-After}; use this to test a client's handling of
     * the standard header.
     *
     * @param retryAfter the wait to announce, or {@code null} for no header
     * @param statuses   HTTP statuses from 400 to 599
     * @return these faults
     */
    public Faults failNextWithRetryAfter(Duration retryAfter, int... statuses) {
        Objects.requireNonNull(statuses, "statuses");
        if (statuses.length == 0) {
            throw new IllegalArgumentException("give at least one status");
        }
        for (int status : statuses) {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("a failure status is 400..599, not " + status);
            }
        }
        if (retryAfter != null && retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative");
        }
        synchronized (queue) {
            for (int status : statuses) {
                queue.add(new Fault(Kind.FAIL, status, retryAfter, null, 0));
            }
        }
        return this;
    }

    /**
     * Handles the next request normally, then holds its response headers back for this long. A client whose read
     * timeout is shorter gives up, although the server did the work (a create created).
     *
     * @param delay how long the response headers wait
     * @return these faults
     */
    public Faults delayNext(Duration delay) {
        requireNonNegative(delay, "delay");
        return add(new Fault(Kind.DELAY, 0, null, delay, 0));
    }

    /**
     * Reads the next request completely, then closes the connection without answering and without handling it
     * (nothing is created or changed). The request still shows in {@link BeyondWordsStandIn#requests()}, with
     * status 0.
     *
     * @return these faults
     */
    public Faults disconnectNext() {
        return add(new Fault(Kind.DISCONNECT, 0, null, null, 0));
    }

    /**
     * Handles the next request normally (a create creates), then closes the connection without answering: the
     * "the server did it but the response was lost" case, which a client must not blindly retry for a POST.
     *
     * @return these faults
     */
    public Faults disconnectNextAfterProcessing() {
        return add(new Fault(Kind.DISCONNECT_AFTER_PROCESSING, 0, null, null, 0));
    }

    /**
     * Handles the next request normally, sends the status line, the headers (with the full {@code Content-Length})
     * and half of the body, then closes the connection.
     *
     * @return these faults
     */
    public Faults truncateNext() {
        return add(new Fault(Kind.TRUNCATE, 0, null, null, 0));
    }

    /**
     * Reads the next request and never answers it, keeping the connection open until the client closes it or the
     * stand-in stops. The request is not handled. Use it to test a client's read or call timeout.
     *
     * @return these faults
     */
    public Faults stallNext() {
        return add(new Fault(Kind.STALL, 0, null, null, 0));
    }

    /**
     * Handles the next request normally, then sends its response body {@code bytesPerPeriod} bytes at a time,
     * pausing {@code period} between chunks.
     *
     * @param bytesPerPeriod how many bytes of the body go out at a time
     * @param period the pause between two chunks
     * @return these faults
     */
    public Faults trickleNext(long bytesPerPeriod, Duration period) {
        if (bytesPerPeriod <= 0) {
            throw new IllegalArgumentException("bytesPerPeriod must be positive");
        }
        requireNonNegative(period, "period");
        return add(new Fault(Kind.TRICKLE, 0, null, period, bytesPerPeriod));
    }

    /**
     * How many queued faults have not been used yet.
     *
     * @return the number of faults still queued
     */
    public int pending() {
        synchronized (queue) {
            return queue.size();
        }
    }

    /**
     * Drops every queued fault; normal service resumes with the next request.
     *
     * @return these faults
     */
    public Faults clear() {
        synchronized (queue) {
            queue.clear();
        }
        return this;
    }

    Fault poll() {
        synchronized (queue) {
            return queue.poll();
        }
    }

    private Faults add(Fault fault) {
        synchronized (queue) {
            queue.add(fault);
        }
        return this;
    }

    private static void requireNonNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }
}
