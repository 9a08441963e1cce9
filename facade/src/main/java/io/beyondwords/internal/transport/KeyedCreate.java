package io.beyondwords.internal.transport;

import io.beyondwords.internal.http.IdempotencyKey;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A create whose body carries a member the API keeps unique (a content item's {@code source_id}), and how to fetch
 * the item that member names. The transport retries such a create like a safe request; when a retry is refused as a
 * duplicate of that member (a 422 located there) after an earlier attempt reached the server, the earlier attempt did
 * create it, so the transport answers with the fetched item instead, marked as recovered. A duplicate refusal of a
 * first attempt (the caller's own duplicate) stays an error.
 *
 * @param <T> what the create returns
 */
public final class KeyedCreate<T> {
    private final IdempotencyKey key;
    private final Supplier<ParsedResponse<T>> fetch;
    private final Supplier<CompletableFuture<ParsedResponse<T>>> fetchAsync;

    /**
     * @param member the body member the API keeps unique, as a 422 names it, e.g. {@code source_id}
     * @param fetch fetches the item the member names, on the calling thread
     * @param fetchAsync fetches it without blocking
     */
    public KeyedCreate(String member, Supplier<ParsedResponse<T>> fetch,
            Supplier<CompletableFuture<ParsedResponse<T>>> fetchAsync) {
        this.key = new IdempotencyKey(member);
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.fetchAsync = Objects.requireNonNull(fetchAsync, "fetchAsync");
    }

    IdempotencyKey key() {
        return key;
    }

    ParsedResponse<T> fetch() {
        return fetch.get().recovered();
    }

    CompletableFuture<ParsedResponse<T>> fetchAsync() {
        return fetchAsync.get().thenApply(ParsedResponse::recovered);
    }
}
