package io.beyondwords.paging;

import java.util.Iterator;

/**
 * An {@link Iterator} over a pager's items that can be stopped early. {@link #close()} cancels the page requests a
 * prefetching pager has in flight; use it (or a try-with-resources block) when you stop before the end.
 *
 * <pre>{@code
 * try (CloseableIterator<BackgroundTrack> it = page.autoPager().prefetch(1).iterator()) {
 *     while (it.hasNext() && !found) { found = matches(it.next()); }
 * }
 * }</pre>
 *
 * <p>An iterator that is abandoned without being closed does no harm beyond the requests already made: a pager with
 * {@code prefetch(n)} has at most {@code n} of them, and makes none after them.
 *
 * @param <T> the item type
 */
public interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {

    /**
     * Stops the iteration: cancels the page requests in flight and makes no new ones; {@link #hasNext()} then returns
     * {@code false}. Idempotent; may be called from another thread to end a {@code hasNext()} that waits for a page.
     */
    @Override
    void close();
}
