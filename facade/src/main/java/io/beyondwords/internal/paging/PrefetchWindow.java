package io.beyondwords.internal.paging;

import io.beyondwords.internal.transport.UnwrappedFutures;
import io.beyondwords.paging.Page;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The pages after a given one, requested ahead of the reader with {@link Page#nextPageAsync()}, so on the client's
 * dispatcher: the window starts no thread of its own.
 *
 * <p>The requests are chained, never parallel: only a page tells whether a next one exists and where it starts (the
 * offset after the items actually received), so the request for a page goes out when the page before it arrives.
 * At most {@code depth} pages are requested and not yet {@link #take() taken}, so memory stays at {@code depth}
 * pages and an abandoned window has cost at most {@code depth} requests. No request goes past a page whose
 * {@code hasNextPage()} is false, past a failed page, or after {@link #close()}.
 *
 * <p>Thread-safe: the reader calls {@link #take()} while arriving pages top the window up on dispatcher threads. The
 * lock is this window's own; requests are only enqueued under it, never waited for.
 *
 * @param <T> the item type
 */
public final class PrefetchWindow<T> {
    private final int depth;
    /** Requested, not yet taken; oldest first. */
    private final ArrayDeque<CompletableFuture<Page<T>>> ahead = new ArrayDeque<>();
    /** The newest page requested (at first: the starting page); the next request follows it. */
    private CompletableFuture<Page<T>> newest;
    /** The last page handed to the reader, which may still be in flight: {@link #close()} cancels it too. */
    private CompletableFuture<Page<T>> taken;
    private boolean closed;
    /**
     * Guards the window; reentrant, as a page that has already arrived tops the window up from inside
     * {@link #fill()}. A lock, not {@code synchronized}: a virtual thread on Java 21 must never pin on the SDK's
     * monitors.
     */
    private final ReentrantLock lock = new ReentrantLock();

    /**
     * Starts requesting the pages after {@code current}, up to {@code depth} of them.
     *
     * @param current the page the reader holds
     * @param depth how many pages to request ahead of the reader; {@code 0} requests each page only when taken
     */
    public PrefetchWindow(Page<T> current, int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be >= 0 but was " + depth);
        }
        this.depth = depth;
        this.newest = CompletableFuture.completedFuture(current);
        fill();
    }

    /**
     * Hands the reader the page after the last one taken (after the starting page, at first) and requests one more
     * ahead if the window has room. Call only when that last page's {@code hasNextPage()} is true.
     *
     * @return the next page, arrived or in flight; cancelling it cancels its request
     */
    public CompletableFuture<Page<T>> take() {
        lock.lock();
        try {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("the pager was closed"));
            }
            // Empty only with depth 0, or when asked past the end: the window tops itself up otherwise.
            if (ahead.isEmpty() && !requestNext()) {
                return CompletableFuture.failedFuture(new NoSuchElementException("no page after the last one"));
            }
            taken = ahead.removeFirst();
            fill();
            return taken;
        } finally {
            lock.unlock();
        }
    }

    /** Cancels every request in flight and makes no new one. Idempotent. */
    public void close() {
        List<CompletableFuture<Page<T>>> pending;
        lock.lock();
        try {
            closed = true;
            pending = new ArrayList<>(ahead);
            if (taken != null) {
                pending.add(taken);
            }
            ahead.clear();
            taken = null;
        } finally {
            lock.unlock();
        }
        // Outside the lock: cancelling completes the futures, which runs their callbacks (fill(), the reader's).
        for (CompletableFuture<Page<T>> f : pending) {
            f.cancel(false);
        }
    }

    /** Requests the page after the newest one while there is room; called again by each page as it arrives. */
    private void fill() {
        lock.lock();
        try {
            while (!closed && ahead.size() < depth && requestNext()) {
                // requested one more
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Requests the page after the newest one, if it has arrived and has a next page, and queues what the reader will
     * take for it. The reader gets a future of its own, completed only after the arrival has topped the window up:
     * a future runs its callbacks last-registered first, so a reader's callback (the async pager's, which may run the
     * caller's code for a whole page) would otherwise run before the next request went out.
     *
     * @return whether a request went out
     */
    private boolean requestNext() {
        CompletableFuture<Page<T>> request = following(newest);
        if (request == null) {
            return false;
        }
        CompletableFuture<Page<T>> forReader = new CompletableFuture<>();
        forReader.whenComplete((page, failure) -> {
            if (forReader.isCancelled()) {
                request.cancel(false);
            }
        });
        ahead.addLast(forReader);
        newest = request;
        request.whenComplete((page, failure) -> {
            fill();
            if (failure != null) {
                forReader.completeExceptionally(UnwrappedFutures.unwrap(failure));
            } else {
                forReader.complete(page);
            }
        });
        return true;
    }

    /** @return the request for the page after {@code previous}; null until it has arrived, if it failed or was last */
    private static <T> CompletableFuture<Page<T>> following(CompletableFuture<Page<T>> previous) {
        if (!previous.isDone() || previous.isCompletedExceptionally()) {
            return null;
        }
        Page<T> page = previous.join();
        if (page == null || !page.hasNextPage()) {
            return null;
        }
        try {
            return page.nextPageAsync();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public String toString() {
        lock.lock();
        try {
            return "PrefetchWindow{depth=" + depth + ", ahead=" + ahead.size() + (closed ? ", closed" : "") + '}';
        } finally {
            lock.unlock();
        }
    }
}
