package io.beyondwords.content;

import io.beyondwords.RequestOptions;
import java.util.function.Consumer;

/**
 * Waiting for a content item's audio: the part of {@link ContentService} that no API description states, written by
 * hand. BeyondWords processes a new or changed item on its own time (statuses {@code draft}, {@code queued},
 * {@code processing}, then {@code processed}); these methods poll the item until processing has ended.
 *
 * <p>The rules, the same for the async twin:
 * <ul>
 *   <li>{@code processed}: done; the item is returned, with its audio and video.</li>
 *   <li>{@code error} or {@code skipped}: processing ended without audio; {@link ContentProcessingException}
 *       carries the item.</li>
 *   <li>{@code draft}, {@code queued}, {@code processing}, no status at all, and any status this SDK version does not
 *       know yet: still waiting. A status added to the API later therefore never crashes the wait, and never makes it
 *       wait forever: the deadline ends it.</li>
 *   <li>Polls come 1 s, 2 s, 4 s, 8 s, then every 10 s apart, through the client's {@code Sleeper}. No request is sent
 *       after the answer is known.</li>
 *   <li>The whole wait, polls included, ends by the call's deadline ({@link RequestOptions#deadline()}), or else the
 *       client's ({@code BeyondWordsClient.Builder.deadline}, 3 minutes by default): then
 *       {@link io.beyondwords.errors.ApiTimeoutException} says how long it waited and the last status seen. Long
 *       articles can take longer than 3 minutes; pass a longer deadline.</li>
 *   <li>An interrupt of the waiting thread stops the wait with {@link io.beyondwords.errors.ApiConnectionException};
 *       the interrupt flag stays set.</li>
 * </ul>
 */
public interface ContentProcessing {

    /**
     * Polls a content item until its processing has ended (see the rules above).
     *
     * @param projectId the project's id
     * @param id the content item's id or its source_id
     * @return the processed item
     * @throws ContentProcessingException if processing ended in {@code error} or {@code skipped}
     * @throws io.beyondwords.errors.ApiTimeoutException if the deadline came first
     */
    Content waitUntilProcessed(long projectId, String id);

    /**
     * {@link #waitUntilProcessed(long, String)} with per-call settings: their deadline bounds the whole wait.
     *
     * @param projectId the project's id
     * @param id the content item's id or its source_id
     * @param options per-call overrides
     * @return the processed item
     */
    Content waitUntilProcessed(long projectId, String id, RequestOptions options);

    /**
     * {@link #waitUntilProcessed(long, String, RequestOptions)}, telling {@code onEachRead} every state of the item it
     * reads, the first and the last included, before it decides whether to wait on: for a progress line, or a log.
     * It runs on the waiting thread; if it throws, the wait stops and the exception reaches the caller.
     *
     * @param projectId the project's id
     * @param id the content item's id or its source_id
     * @param options per-call overrides
     * @param onEachRead called with the item after every read
     * @return the processed item
     */
    Content waitUntilProcessed(long projectId, String id, RequestOptions options, Consumer<? super Content> onEachRead);

    /**
     * Creates a content item, then waits until it is processed; one deadline covers both.
     *
     * @param projectId the project's id
     * @param params the new item
     * @return the processed item
     * @throws ContentProcessingException if processing ended in {@code error} or {@code skipped}
     */
    Content createAndWait(long projectId, ContentCreateParams params);

    /**
     * {@link #createAndWait(long, ContentCreateParams)} with per-call settings: their deadline bounds the create and
     * the wait together.
     *
     * @param projectId the project's id
     * @param params the new item
     * @param options per-call overrides
     * @return the processed item
     */
    Content createAndWait(long projectId, ContentCreateParams params, RequestOptions options);
}
