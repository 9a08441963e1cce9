package io.beyondwords.paging;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * One page of a list, fetched by offset. Immutable: {@link #nextPage()} fetches a new page and leaves this one (and
 * the params it came from) unchanged.
 *
 * <p>The API documents only an {@code X-Pagination-Limit} response header, so the SDK decides whether a next page
 * exists from what it can see: there is none after an empty page, after a page shorter than the page size (the
 * {@code X-Pagination-Limit} header, else the limit asked for), or once the offset reaches a total the server reported
 * ({@code X-Pagination-Total} or {@code X-Total-Count}). With no limit and no headers, paging stops at the first empty
 * page.
 *
 * <p>No answer of the server makes paging run for ever: a page that repeats the items of the page before it (as a
 * server that ignores {@code pagination[offset]} answers) or holds items past a reported total ends paging with an
 * {@link io.beyondwords.errors.InconsistentPagesException}, thrown by {@link #nextPage()} and so by every pager after
 * the items of the pages before it.
 *
 * @param <T> the item type
 */
public interface Page<T> {

    /** @return this page's items, in the server's order; unmodifiable, possibly empty */
    List<T> items();

    /** @return the position of this page's first item in the whole list */
    int offset();

    /** @return the page size: the server's {@code X-Pagination-Limit} if sent, else the limit asked for, if any */
    OptionalInt limit();

    /** @return the number of items in the whole list, if a response header said */
    OptionalLong total();

    /** @return whether a further page may hold items (see the class comment for the rules) */
    boolean hasNextPage();

    /**
     * Fetches the next page, with the same filters and per-call options.
     *
     * @return the next page
     * @throws java.util.NoSuchElementException if {@link #hasNextPage()} is false
     * @throws io.beyondwords.errors.InconsistentPagesException if the next page repeats this one or runs past the
     *     reported total
     */
    Page<T> nextPage();

    /**
     * Fetches the next page without blocking the caller.
     *
     * @return a future of the next page; completes exceptionally with {@link java.util.NoSuchElementException} if
     *     {@link #hasNextPage()} is false, and with {@link io.beyondwords.errors.InconsistentPagesException} where
     *     {@link #nextPage()} would throw it
     */
    CompletableFuture<Page<T>> nextPageAsync();

    /**
     * Every item from this page on, fetching further pages lazily as iteration reaches them. Each call to
     * {@code iterator()} (or {@code stream()}) starts again at this page; the pages after it are fetched again.
     *
     * @return a lazy, re-iterable view of the items
     */
    default AutoPager<T> autoPager() {
        return new AutoPager<>(this);
    }

    /**
     * Every item from this page on, without blocking: {@link AutoPagerAsync#forEach} returns a future, and the pager
     * is a {@link java.util.concurrent.Flow.Publisher} of the items. Later pages are fetched with
     * {@link #nextPageAsync()} as the items are wanted; each pass starts again at this page.
     *
     * @return a non-blocking, re-subscribable view of the items
     */
    default AutoPagerAsync<T> autoPagerAsync() {
        return new AutoPagerAsync<>(this, 0);
    }
}
