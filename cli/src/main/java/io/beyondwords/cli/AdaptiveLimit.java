package io.beyondwords.cli;

/**
 * How many creates may be in flight, adapted to what the server allows: additive increase, multiplicative decrease
 * (AIMD, as TCP does for congestion).
 *
 * <ul>
 *   <li>It starts at the most allowed ({@code --concurrency}).</li>
 *   <li>A congestion signal (the SDK is about to wait before retrying a create: a 429 with or without
 *       {@code Retry-After}, a 503, a dropped connection) halves it, down to 1. Signals from the requests that were
 *       already in flight when it last halved do not halve it again: one decrease per window, so a burst of 429s
 *       from one moment counts once.</li>
 *   <li>Each window of successes (as many successes in a row as the current limit) raises it by one, up to the
 *       most allowed.</li>
 * </ul>
 *
 * <p>Thread-safe; {@link #acquire()} blocks while the limit is reached.
 */
final class AdaptiveLimit {
    private final int max;
    private int limit;
    private int inFlight;
    private int successesInWindow;
    /** Completions since the last decrease; a signal counts only once the window in flight then has finished. */
    private long completedSinceDecrease = Long.MAX_VALUE / 2;
    /** How many were in flight at the last decrease: the window whose signals that decrease already answered. */
    private int inFlightAtDecrease;
    private int lowest;
    private int decreases;

    AdaptiveLimit(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("the limit must be at least 1");
        }
        this.max = max;
        this.limit = max;
        this.lowest = max;
    }

    /** Waits until fewer than the limit are in flight, then counts one more. */
    synchronized void acquire() throws InterruptedException {
        while (inFlight >= limit) {
            wait();
        }
        inFlight++;
    }

    /** One fewer in flight. */
    synchronized void release() {
        inFlight--;
        completedSinceDecrease++;
        notifyAll();
    }

    /** A request succeeded: after a window of these the limit grows by one. */
    synchronized void onSuccess() {
        successesInWindow++;
        if (successesInWindow >= limit) {
            successesInWindow = 0;
            if (limit < max) {
                limit++;
                notifyAll();
            }
        }
    }

    /** The server asked for less: halve the limit, once per window. */
    synchronized void onCongestion() {
        successesInWindow = 0;
        if (completedSinceDecrease < inFlightAtDecrease) {
            return;
        }
        if (limit == 1) {
            return;
        }
        limit = limit / 2;
        inFlightAtDecrease = inFlight;
        completedSinceDecrease = 0;
        decreases++;
        lowest = Math.min(lowest, limit);
    }

    synchronized int limit() {
        return limit;
    }

    synchronized int lowest() {
        return lowest;
    }

    synchronized int decreases() {
        return decreases;
    }
}
