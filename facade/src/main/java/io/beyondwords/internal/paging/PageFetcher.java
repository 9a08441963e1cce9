package io.beyondwords.internal.paging;

import io.beyondwords.paging.Page;
import java.util.concurrent.CompletableFuture;

/**
 * Fetches the page at an offset with the filters and options of the page that came before; captured immutable params
 * make sure no page ever changes the caller's.
 *
 * @param <T> the item type
 */
public interface PageFetcher<T> {
    /**
     * @param offset the next page's offset
     * @return the page
     */
    Page<T> fetch(int offset);

    /**
     * @param offset the next page's offset
     * @return the future page
     */
    CompletableFuture<Page<T>> fetchAsync(int offset);
}
