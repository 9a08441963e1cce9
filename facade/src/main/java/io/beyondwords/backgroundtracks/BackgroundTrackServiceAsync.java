package io.beyondwords.backgroundtracks;

import io.beyondwords.RawResponse;
import io.beyondwords.RequestOptions;
import io.beyondwords.paging.Page;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link BackgroundTrackService}: the same operations returning {@link CompletableFuture}.
 * Get it from {@code BeyondWordsClient.async().backgroundTracks()}. Thread-safe. Calls and their retries run on the
 * client's dispatcher threads.
 *
 * <p>A failed call completes its future exceptionally with the same exception the synchronous method throws: an
 * {@link io.beyondwords.errors.ApiException} subclass per HTTP status, or a connection, timeout or invalid-response
 * exception. The variants taking {@link RequestOptions} override the client's timeouts, deadline and retry policy for
 * that call.
 */
public interface BackgroundTrackServiceAsync {

    /**
     * One page of tracks. {@code page.nextPageAsync()} fetches the next one.
     *
     * @param params the page and filters; never modified
     * @return the page
     */
    CompletableFuture<Page<BackgroundTrack>> list(BackgroundTrackListParams params);

    /**
     * @param params the page and filters; never modified
     * @param options per-call overrides
     * @return the page
     */
    CompletableFuture<Page<BackgroundTrack>> list(BackgroundTrackListParams params, RequestOptions options);

    /**
     * The first page with no filters.
     *
     * @return the page
     */
    CompletableFuture<Page<BackgroundTrack>> list();

    /**
     * Creates a track ({@code POST}). Never sent twice by a retry unless the first attempt certainly did not reach
     * the server; if it may have, the exception says {@code isOutcomeUnknown()}.
     *
     * @param params the new track
     * @return the created track
     */
    CompletableFuture<BackgroundTrack> create(BackgroundTrackCreateParams params);

    /**
     * @param params the new track
     * @param options per-call overrides
     * @return the created track
     */
    CompletableFuture<BackgroundTrack> create(BackgroundTrackCreateParams params, RequestOptions options);

    /**
     * @param id the track's id
     * @return the track
     * (completes with {@link io.beyondwords.errors.NotFoundException} if no track has this id)
     */
    CompletableFuture<BackgroundTrack> retrieve(long id);

    /**
     * @param id the track's id
     * @param options per-call overrides
     * @return the track
     */
    CompletableFuture<BackgroundTrack> retrieve(long id, RequestOptions options);

    /**
     * Changes the fields set in {@code params} ({@code PUT}).
     *
     * @param id the track's id
     * @param params the changes
     * @return the track after the change
     */
    CompletableFuture<BackgroundTrack> update(long id, BackgroundTrackUpdateParams params);

    /**
     * @param id the track's id
     * @param params the changes
     * @param options per-call overrides
     * @return the track after the change
     */
    CompletableFuture<BackgroundTrack> update(long id, BackgroundTrackUpdateParams params, RequestOptions options);

    /** @return the same operations, returning the status code and headers along with the parsed body */
    WithRawResponse withRawResponse();

    /** {@link BackgroundTrackServiceAsync} operations completing with {@link RawResponse}. */
    interface WithRawResponse {
        /** @param params the page and filters @param options per-call overrides @return the page with HTTP details */
        CompletableFuture<RawResponse<Page<BackgroundTrack>>> list(BackgroundTrackListParams params, RequestOptions options);

        /** @param params the page and filters @return the page with HTTP details */
        CompletableFuture<RawResponse<Page<BackgroundTrack>>> list(BackgroundTrackListParams params);

        /** @param params the new track @param options per-call overrides @return the created track with HTTP details */
        CompletableFuture<RawResponse<BackgroundTrack>> create(BackgroundTrackCreateParams params, RequestOptions options);

        /** @param params the new track @return the created track with HTTP details */
        CompletableFuture<RawResponse<BackgroundTrack>> create(BackgroundTrackCreateParams params);

        /** @param id the track's id @param options per-call overrides @return the track with HTTP details */
        CompletableFuture<RawResponse<BackgroundTrack>> retrieve(long id, RequestOptions options);

        /** @param id the track's id @return the track with HTTP details */
        CompletableFuture<RawResponse<BackgroundTrack>> retrieve(long id);

        /** @param id the track's id @param params the changes @param options per-call overrides @return the track */
        CompletableFuture<RawResponse<BackgroundTrack>> update(long id, BackgroundTrackUpdateParams params, RequestOptions options);

        /** @param id the track's id @param params the changes @return the track with HTTP details */
        CompletableFuture<RawResponse<BackgroundTrack>> update(long id, BackgroundTrackUpdateParams params);
    }
}
