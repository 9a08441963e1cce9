package io.beyondwords.paging;

import io.beyondwords.errors.BeyondWordsException;
import io.beyondwords.internal.paging.PageIterator;
import io.beyondwords.internal.paging.PrefetchingIterator;
import io.beyondwords.internal.transport.CallStopper;
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
 * <p><b>Prefetching.</b> {@link #prefetch(int) prefetch(n)} requests up to {@code n} next pages while you work
 * through the current one, on the client's dispatcher threads, so a slow consumer and a slow server overlap instead
 * of taking turns:
 *
 * <pre>{@code
 * try (Stream<BackgroundTrack> all = client.backgroundTracks().list(params).autoPager().prefetch(1).stream()) {
 *     all.forEach(this::slowWork);
 * }
 * }</pre>
 *
 * It yields the same items in the same order as the sequential pager and fails at the same item: a page that failed
 * throws when iteration reaches it, after every item of the pages before it. Requests stay sequential (each page says
 * whether a next one exists and where it starts), so no request goes past the last page, and at most {@code n} pages
 * are held ahead. Closing the iterator or the stream cancels the requests in flight; an iterator abandoned without
 * being closed costs at most the {@code n} requests already made.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
    private final Page<T> first;
    private final int prefetch;

    AutoPager(Page<T> first) {
        this(first, 0);
    }

    private AutoPager(Page<T> first, int prefetch) {
        this.first = Objects.requireNonNull(first, "first");
        this.prefetch = prefetch;
    }

    /**
     * The same items, with up to {@code pages} next pages requested ahead of the one being read. {@code 0} is the
     * sequential pager: each page is fetched on the caller's thread when iteration reaches it. This pager is unchanged.
     *
     * @param pages how many pages to keep requested ahead; {@code 1} is enough to overlap one consumer with the
     *     server, more only helps when page times vary
     * @return a pager that prefetches
     * @throws IllegalArgumentException if {@code pages} is negative
     */
    public AutoPager<T> prefetch(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("prefetch must be >= 0 pages but was " + pages);
        }
        return new AutoPager<>(first, pages);
    }

    /**
     * Starts a pass over the items at the starting page; with {@link #prefetch(int)}, its first request goes out now.
     *
     * @return an iterator that can be closed to cancel the requests in flight
     */
    @Override
    public CloseableIterator<T> iterator() {
        return prefetch == 0 ? new PageWalker<>(first) : new PrefetchingIterator<>(first, prefetch);
    }

    /**
     * The items as a sequential stream, fetching pages as the stream is consumed. Closing the stream (for example in
     * try-with-resources) cancels the requests a prefetching pager has in flight.
     *
     * @return a stream over a new {@link #iterator()}
     */
    public Stream<T> stream() {
        CloseableIterator<T> items = iterator();
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(items::close);
    }

    @Override
    public String toString() {
        return "AutoPager{from offset " + first.offset() + (prefetch == 0 ? "" : ", prefetch " + prefetch) + '}';
    }

    /**
     * One pass over the pages, each fetched on the caller's thread when reached; its state is its own. A close from
     * another thread cancels the fetch in flight, and the {@code hasNext()} waiting on it returns {@code false}.
     */
    private static final class PageWalker<T> extends PageIterator<T> {
        private final CallStopper fetches = new CallStopper();

        PageWalker(Page<T> first) {
            super(first);
        }

        @Override
        protected Page<T> following(Page<T> current) {
            try {
                return fetches.run(current::nextPage);
            } catch (BeyondWordsException e) {
                if (isClosed()) {
                    return null; // the fetch failed because close() cancelled it (or failed anyway: it is not wanted)
                }
                throw e;
            }
        }

        @Override
        public void close() {
            super.close();
            fetches.stop();
        }
    }
}
