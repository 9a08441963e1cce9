package io.beyondwords.internal.paging;

import io.beyondwords.errors.ApiConnectionException;
import io.beyondwords.paging.Page;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The items of a list from a starting page on, with up to {@code depth} next pages requested while the caller reads
 * the current one (see {@link PrefetchWindow}). It behaves as the sequential pager does, only sooner: the same items
 * in the same order, and a page that failed throws from the {@code hasNext()} that reaches it, after every item of the
 * pages before it; calling {@code hasNext()} again requests that page again, as the sequential pager would.
 *
 * <p>Not thread-safe, like any iterator, except {@link #close()}, which may end a wait from another thread.
 *
 * @param <T> the item type
 */
public final class PrefetchingIterator<T> extends PageIterator<T> {
    private final int depth;
    /** Null after a failed page, until the next {@code hasNext()} asks again. */
    private volatile PrefetchWindow<T> window;

    /**
     * Starts requesting the pages after {@code first} at once.
     *
     * @param first the starting page
     * @param depth how many pages to keep requested ahead, at least 1
     */
    public PrefetchingIterator(Page<T> first, int depth) {
        super(first);
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be >= 1 but was " + depth);
        }
        this.depth = depth;
        this.window = new PrefetchWindow<>(first, depth);
    }

    @Override
    protected Page<T> following(Page<T> current) {
        PrefetchWindow<T> w = window;
        if (w == null) {
            w = new PrefetchWindow<>(current, depth);
            window = w;
        }
        try {
            return await(w.take());
        } catch (CancellationException e) {
            if (isClosed()) {
                return null;
            }
            throw e;
        } catch (RuntimeException | Error e) {
            // The pages after a failed one were never requested; start over from this page on the next call.
            w.close();
            window = null;
            throw e;
        }
    }

    @Override
    public void close() {
        super.close();
        PrefetchWindow<T> w = window;
        if (w != null) {
            w.close();
        }
    }

    /** Waits for a page, throwing its failure as the sequential pager would have thrown it. */
    private Page<T> await(CompletableFuture<Page<T>> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            // Like an interrupted sequential fetch: this page fails, the iterator stays usable.
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("interrupted while waiting for the page after offset "
                    + page().offset(), e, false);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new CompletionException(cause);
        }
    }

    @Override
    public String toString() {
        return "PrefetchingIterator{" + position() + ", prefetch " + depth + (isClosed() ? ", closed" : "") + '}';
    }
}
