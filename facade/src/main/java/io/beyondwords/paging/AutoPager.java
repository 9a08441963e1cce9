package io.beyondwords.paging;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a list from a starting page on, as a lazy {@link Iterable}: a page is fetched only when iteration
 * reaches it, and each {@link #iterator()} starts again at the starting page. Each iterator holds its own position,
 * so iterating twice (even at the same time, on different threads) never shares state. A failed fetch throws the
 * SDK's exception from {@code hasNext()}/{@code next()}.
 *
 * <pre>{@code
 * for (BackgroundTrack track : client.backgroundTracks().list(params).autoPager()) { ... }
 * long loud = client.backgroundTracks().list().autoPager().stream().filter(t -> t.volume() > 80).count();
 * }</pre>
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
    private final Page<T> first;

    AutoPager(Page<T> first) {
        this.first = Objects.requireNonNull(first, "first");
    }

    @Override
    public Iterator<T> iterator() {
        return new PageWalker<>(first);
    }

    /** @return the items as a sequential stream, fetching pages as the stream is consumed */
    public Stream<T> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public String toString() {
        return "AutoPager{from offset " + first.offset() + '}';
    }

    /** One pass over the pages; the only mutable state, confined to one iterator. */
    private static final class PageWalker<T> implements Iterator<T> {
        private Page<T> page;
        private int index;

        PageWalker(Page<T> page) {
            this.page = page;
        }

        @Override
        public boolean hasNext() {
            while (index >= page.items().size()) {
                if (!page.hasNextPage()) {
                    return false;
                }
                page = page.nextPage();
                index = 0;
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more items");
            }
            return page.items().get(index++);
        }
    }
}
