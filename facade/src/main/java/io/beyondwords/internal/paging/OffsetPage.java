package io.beyondwords.internal.paging;

import io.beyondwords.errors.InconsistentPagesException;
import io.beyondwords.errors.InconsistentPagesException.Reason;
import io.beyondwords.internal.transport.UnwrappedFutures;
import io.beyondwords.paging.Page;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import okhttp3.Headers;

/**
 * A page of an offset-paginated list. Decides {@link #hasNextPage()} from what it can see, because the API documents
 * only {@code X-Pagination-Limit}: an empty page is the last; a page shorter than the page size is the last; a page
 * reaching a reported total is the last. The next page starts after the items actually received (not
 * {@code offset + limit}), so a server that caps the page size silently never makes the pager skip items.
 *
 * <p>A page that cannot follow this one ends paging with an {@link InconsistentPagesException}, so that no answer of
 * the server can make a pager run for ever: a non-empty page with the same items, in the same order, as this one (an
 * honest list never repeats a whole page at the next offset, but a server that ignores {@code pagination[offset]}
 * does every time), or a page holding items past the total last reported (by its own headers, else by the nearest
 * page before it that had one), such as a server that ignores the offset but varies its answer would send.
 *
 * @param <T> the item type
 */
public final class OffsetPage<T> implements Page<T> {
    /** The one pagination header the docs show. */
    public static final String LIMIT_HEADER = "X-Pagination-Limit";
    /** Total-count headers in the API's naming style and the common convention; read if the server sends them. */
    public static final List<String> TOTAL_HEADERS = List.of("X-Pagination-Total", "X-Total-Count");

    private final List<T> items;
    private final int offset;
    private final Integer limit;
    private final Long total;
    /** The total this page's headers reported, else the one carried from the pages before it; may be null. */
    private final Long knownTotal;
    private final PageFetcher<T> fetcher;

    /**
     * @param items this page's items
     * @param offset this page's offset as requested
     * @param requestedLimit the limit asked for, or {@code null}
     * @param headers the response headers, read for the page size and total
     * @param fetcher fetches the following pages
     */
    public OffsetPage(List<T> items, int offset, Integer requestedLimit, Headers headers, PageFetcher<T> fetcher) {
        this.items = List.copyOf(items);
        this.offset = offset;
        Long headerLimit = positiveNumber(headers.get(LIMIT_HEADER));
        this.limit = headerLimit != null && headerLimit <= Integer.MAX_VALUE ? Integer.valueOf(headerLimit.intValue())
                : requestedLimit;
        Long t = null;
        for (String name : TOTAL_HEADERS) {
            t = t != null ? t : nonNegativeNumber(headers.get(name));
        }
        this.total = t;
        this.knownTotal = t;
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    /** A copy of {@code page} that carries {@code knownTotal} from the pages before it. */
    private OffsetPage(OffsetPage<T> page, Long knownTotal) {
        this.items = page.items;
        this.offset = page.offset;
        this.limit = page.limit;
        this.total = page.total;
        this.knownTotal = knownTotal;
        this.fetcher = page.fetcher;
    }

    @Override
    public List<T> items() {
        return items;
    }

    @Override
    public int offset() {
        return offset;
    }

    @Override
    public OptionalInt limit() {
        return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    @Override
    public OptionalLong total() {
        return total == null ? OptionalLong.empty() : OptionalLong.of(total);
    }

    @Override
    public boolean hasNextPage() {
        if (items.isEmpty()) {
            return false;
        }
        if (limit != null && items.size() < limit) {
            return false;
        }
        if (total != null && (long) offset + items.size() >= total) {
            return false;
        }
        return (long) offset + items.size() <= Integer.MAX_VALUE;
    }

    @Override
    public Page<T> nextPage() {
        if (!hasNextPage()) {
            throw new NoSuchElementException("this is the last page (offset " + offset + ", " + items.size()
                    + " items)");
        }
        int next = offset + items.size();
        return following(next, fetcher.fetch(next));
    }

    @Override
    public CompletableFuture<Page<T>> nextPageAsync() {
        if (!hasNextPage()) {
            return CompletableFuture.failedFuture(new NoSuchElementException("this is the last page (offset "
                    + offset + ", " + items.size() + " items)"));
        }
        int next = offset + items.size();
        return UnwrappedFutures.map(fetcher.fetchAsync(next), page -> following(next, page));
    }

    /**
     * Checks that {@code page} can follow this one (see the class comment) and hands it the total known so far.
     *
     * @param at the offset {@code page} was asked for at
     * @param page the page fetched after this one
     * @return {@code page}, carrying this page's known total if it reported none itself
     * @throws InconsistentPagesException if {@code page} repeats this one or runs past the known total
     */
    private Page<T> following(int at, Page<T> page) {
        List<T> got = page.items();
        if (got.isEmpty()) {
            return page;
        }
        if (got.equals(items)) {
            throw new InconsistentPagesException(Reason.REPEATED_PAGE, at, "the page at offset " + at + " repeats the "
                    + got.size() + " items of the page at offset " + offset + " (the server seems to ignore "
                    + "pagination[offset]), so paging stopped there");
        }
        Long bound = page.total().isPresent() ? Long.valueOf(page.total().getAsLong()) : knownTotal;
        if (bound != null && (long) page.offset() + got.size() > bound) {
            throw new InconsistentPagesException(Reason.PAST_TOTAL, at, "the page at offset " + at + " holds "
                    + got.size() + " items, past the total of " + bound + " the server reported, so paging stopped "
                    + "there");
        }
        if (page instanceof OffsetPage<T> offsetPage && offsetPage.total == null && knownTotal != null) {
            return new OffsetPage<>(offsetPage, knownTotal);
        }
        return page;
    }

    @Override
    public String toString() {
        return "Page{offset=" + offset + ", limit=" + limit + ", total=" + total + ", items=" + items + '}';
    }

    private static Long positiveNumber(String text) {
        Long n = nonNegativeNumber(text);
        return n != null && n > 0 ? n : null;
    }

    /** A header that is not a plain number is ignored: paging must work without these headers anyway. */
    private static Long nonNegativeNumber(String text) {
        if (text == null) {
            return null;
        }
        try {
            long n = Long.parseLong(text.trim());
            return n >= 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
