package io.beyondwords.internal.paging;

import io.beyondwords.paging.CloseableIterator;
import io.beyondwords.paging.Page;
import java.util.NoSuchElementException;

/**
 * The items of a list from a starting page on, page after page; how the page after the current one is obtained is
 * the subclass's (the sequential pager fetches it, the prefetching one waits for it). The walk ends at a page whose
 * {@code hasNextPage()} is false, or when closed.
 *
 * <p>Not thread-safe, like any iterator, except {@link #close()}.
 *
 * @param <T> the item type
 */
public abstract class PageIterator<T> implements CloseableIterator<T> {
    private Page<T> page;
    private int index;
    private volatile boolean closed;

    /** @param first the starting page */
    protected PageIterator(Page<T> first) {
        this.page = first;
    }

    /**
     * The page after {@code current}, which has one.
     *
     * @param current the page whose items were all read
     * @return the next page, or {@code null} if the walk was closed while it was awaited
     */
    protected abstract Page<T> following(Page<T> current);

    /** @return the page being read */
    protected final Page<T> page() {
        return page;
    }

    /** @return whether {@link #close()} was called */
    protected final boolean isClosed() {
        return closed;
    }

    @Override
    public final boolean hasNext() {
        while (!closed && index >= page.items().size()) {
            if (!page.hasNextPage()) {
                close();
                return false;
            }
            Page<T> next = following(page);
            if (next == null) {
                return false;
            }
            page = next;
            index = 0;
        }
        return !closed;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more items");
        }
        return page.items().get(index++);
    }

    /** Ends the walk: {@code hasNext()} is false from now on. Subclasses also cancel what they have in flight. */
    @Override
    public void close() {
        closed = true;
    }

    /** @return the position, for {@code toString()}: {@code offset 100, item 3} */
    protected final String position() {
        return "offset " + page.offset() + ", item " + index;
    }
}
