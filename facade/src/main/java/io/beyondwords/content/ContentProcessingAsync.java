package io.beyondwords.content;

import io.beyondwords.RequestOptions;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The asynchronous twin of {@link ContentProcessing}, under the same rules. Polls and the waits between them run on
 * the client's dispatcher threads, never on the caller's. Cancelling the returned future cancels the poll in flight and
 * sends no further request (a wait already begun runs out first, as the retry layer's waits do).
 */
public interface ContentProcessingAsync {

    /**
     * @param projectId the project's id
     * @param id the content item's id or its source_id
     * @return a future of the processed item; it fails with {@link ContentProcessingException} if processing ended in
     *     {@code error} or {@code skipped}, or with {@link io.beyondwords.errors.ApiTimeoutException} at the deadline
     */
    CompletableFuture<Content> waitUntilProcessed(long projectId, String id);

    /**
     * @param projectId the project's id
     * @param id the content item's id or its source_id
     * @param options per-call overrides; their deadline bounds the whole wait
     * @return a future of the processed item
     */
    CompletableFuture<Content> waitUntilProcessed(long projectId, String id, RequestOptions options);

    /**
     * @param projectId the project's id
     * @param id the content item's id or its source_id
     * @param options per-call overrides; their deadline bounds the whole wait
     * @param onEachRead called with the item after every read, on a dispatcher thread, before the wait goes on; if it
     *     throws, the future fails with that exception and no further request is sent
     * @return a future of the processed item
     */
    CompletableFuture<Content> waitUntilProcessed(long projectId, String id, RequestOptions options,
            Consumer<? super Content> onEachRead);

    /**
     * @param projectId the project's id
     * @param params the new item
     * @return a future of the processed item
     */
    CompletableFuture<Content> createAndWait(long projectId, ContentCreateParams params);

    /**
     * @param projectId the project's id
     * @param params the new item
     * @param options per-call overrides; their deadline bounds the create and the wait together
     * @return a future of the processed item
     */
    CompletableFuture<Content> createAndWait(long projectId, ContentCreateParams params, RequestOptions options);
}
