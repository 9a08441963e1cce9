package io.beyondwords.backgroundtracks;

import io.beyondwords.RawResponse;
import io.beyondwords.RequestOptions;
import io.beyondwords.paging.Page;

/**
 * Background tracks: music beds that can play under generated audio. Get it from
 * {@code BeyondWordsClient.backgroundTracks()}. Thread-safe.
 *
 * <p>Every method throws a subclass of {@link io.beyondwords.errors.BeyondWordsException} when the call fails: an
 * {@link io.beyondwords.errors.ApiException} subclass per HTTP status, or a connection, timeout or invalid-response
 * exception. The variants taking {@link RequestOptions} override the client's timeouts, deadline and retry policy for
 * that call.
 */
public interface BackgroundTrackService {

    /**
     * One page of tracks. {@code page.autoPager()} walks every later page lazily.
     *
     * @param params the page and filters; never modified
     * @return the page
     */
    Page<BackgroundTrack> list(BackgroundTrackListParams params);

    /**
     * @param params the page and filters; never modified
     * @param options per-call overrides
     * @return the page
     */
    Page<BackgroundTrack> list(BackgroundTrackListParams params, RequestOptions options);

    /**
     * The first page with no filters.
     *
     * @return the page
     */
    Page<BackgroundTrack> list();

    /**
     * Creates a track ({@code POST}). Never sent twice by a retry unless the first attempt certainly did not reach
     * the server; if it may have, the exception says {@code isOutcomeUnknown()}.
     *
     * @param params the new track
     * @return the created track
     */
    BackgroundTrack create(BackgroundTrackCreateParams params);

    /**
     * @param params the new track
     * @param options per-call overrides
     * @return the created track
     */
    BackgroundTrack create(BackgroundTrackCreateParams params, RequestOptions options);

    /**
     * @param id the track's id
     * @return the track
     * @throws io.beyondwords.errors.NotFoundException if no track has this id
     */
    BackgroundTrack retrieve(long id);

    /**
     * @param id the track's id
     * @param options per-call overrides
     * @return the track
     */
    BackgroundTrack retrieve(long id, RequestOptions options);

    /**
     * Changes the fields set in {@code params} ({@code PUT}).
     *
     * @param id the track's id
     * @param params the changes
     * @return the track after the change
     */
    BackgroundTrack update(long id, BackgroundTrackUpdateParams params);

    /**
     * @param id the track's id
     * @param params the changes
     * @param options per-call overrides
     * @return the track after the change
     */
    BackgroundTrack update(long id, BackgroundTrackUpdateParams params, RequestOptions options);

    /** @return the same operations, returning the status code and headers along with the parsed body */
    WithRawResponse withRawResponse();

    /** {@link BackgroundTrackService} operations returning {@link RawResponse}. */
    interface WithRawResponse {
        /** @param params the page and filters @param options per-call overrides @return the page with HTTP details */
        RawResponse<Page<BackgroundTrack>> list(BackgroundTrackListParams params, RequestOptions options);

        /** @param params the page and filters @return the page with HTTP details */
        RawResponse<Page<BackgroundTrack>> list(BackgroundTrackListParams params);

        /** @param params the new track @param options per-call overrides @return the created track with HTTP details */
        RawResponse<BackgroundTrack> create(BackgroundTrackCreateParams params, RequestOptions options);

        /** @param params the new track @return the created track with HTTP details */
        RawResponse<BackgroundTrack> create(BackgroundTrackCreateParams params);

        /** @param id the track's id @param options per-call overrides @return the track with HTTP details */
        RawResponse<BackgroundTrack> retrieve(long id, RequestOptions options);

        /** @param id the track's id @return the track with HTTP details */
        RawResponse<BackgroundTrack> retrieve(long id);

        /** @param id the track's id @param params the changes @param options per-call overrides @return the track */
        RawResponse<BackgroundTrack> update(long id, BackgroundTrackUpdateParams params, RequestOptions options);

        /** @param id the track's id @param params the changes @return the track with HTTP details */
        RawResponse<BackgroundTrack> update(long id, BackgroundTrackUpdateParams params);
    }
}
