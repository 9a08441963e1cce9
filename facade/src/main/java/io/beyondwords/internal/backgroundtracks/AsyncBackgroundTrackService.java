package io.beyondwords.internal.backgroundtracks;

import io.beyondwords.RawResponse;
import io.beyondwords.RequestOptions;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.backgroundtracks.BackgroundTrackListParams;
import io.beyondwords.backgroundtracks.BackgroundTrackServiceAsync;
import io.beyondwords.backgroundtracks.BackgroundTrackUpdateParams;
import io.beyondwords.internal.transport.UnwrappedFutures;
import io.beyondwords.internal.transport.ParsedResponse;
import io.beyondwords.paging.Page;
import java.util.concurrent.CompletableFuture;

/** {@link BackgroundTrackServiceAsync} over HTTP, on the dispatcher's threads. */
public final class AsyncBackgroundTrackService implements BackgroundTrackServiceAsync {
    private final BackgroundTrackOperations operations;
    private final WithRawResponse raw;

    /** @param operations the client's background-track operations */
    public AsyncBackgroundTrackService(BackgroundTrackOperations operations) {
        this.operations = operations;
        this.raw = new Raw(operations);
    }

    @Override
    public CompletableFuture<Page<BackgroundTrack>> list(BackgroundTrackListParams params) {
        return list(params, RequestOptions.none());
    }

    @Override
    public CompletableFuture<Page<BackgroundTrack>> list(BackgroundTrackListParams params, RequestOptions options) {
        return UnwrappedFutures.map(operations.listAsync(params, options), ParsedResponse::body);
    }

    @Override
    public CompletableFuture<Page<BackgroundTrack>> list() {
        return list(BackgroundTrackListParams.none());
    }

    @Override
    public CompletableFuture<BackgroundTrack> create(BackgroundTrackCreateParams params) {
        return create(params, RequestOptions.none());
    }

    @Override
    public CompletableFuture<BackgroundTrack> create(BackgroundTrackCreateParams params, RequestOptions options) {
        return UnwrappedFutures.map(operations.createAsync(params, options), ParsedResponse::body);
    }

    @Override
    public CompletableFuture<BackgroundTrack> retrieve(long id) {
        return retrieve(id, RequestOptions.none());
    }

    @Override
    public CompletableFuture<BackgroundTrack> retrieve(long id, RequestOptions options) {
        return UnwrappedFutures.map(operations.retrieveAsync(id, options), ParsedResponse::body);
    }

    @Override
    public CompletableFuture<BackgroundTrack> update(long id, BackgroundTrackUpdateParams params) {
        return update(id, params, RequestOptions.none());
    }

    @Override
    public CompletableFuture<BackgroundTrack> update(long id, BackgroundTrackUpdateParams params, RequestOptions options) {
        return UnwrappedFutures.map(operations.updateAsync(id, params, options), ParsedResponse::body);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public String toString() {
        return "BackgroundTrackServiceAsync";
    }

    private static final class Raw implements WithRawResponse {
        private final BackgroundTrackOperations operations;

        Raw(BackgroundTrackOperations operations) {
            this.operations = operations;
        }

        @Override
        public CompletableFuture<RawResponse<Page<BackgroundTrack>>> list(BackgroundTrackListParams params, RequestOptions options) {
            return UnwrappedFutures.map(operations.listAsync(params, options), ParsedResponse::toRawResponse);
        }

        @Override
        public CompletableFuture<RawResponse<Page<BackgroundTrack>>> list(BackgroundTrackListParams params) {
            return list(params, RequestOptions.none());
        }

        @Override
        public CompletableFuture<RawResponse<BackgroundTrack>> create(BackgroundTrackCreateParams params, RequestOptions options) {
            return UnwrappedFutures.map(operations.createAsync(params, options), ParsedResponse::toRawResponse);
        }

        @Override
        public CompletableFuture<RawResponse<BackgroundTrack>> create(BackgroundTrackCreateParams params) {
            return create(params, RequestOptions.none());
        }

        @Override
        public CompletableFuture<RawResponse<BackgroundTrack>> retrieve(long id, RequestOptions options) {
            return UnwrappedFutures.map(operations.retrieveAsync(id, options), ParsedResponse::toRawResponse);
        }

        @Override
        public CompletableFuture<RawResponse<BackgroundTrack>> retrieve(long id) {
            return retrieve(id, RequestOptions.none());
        }

        @Override
        public CompletableFuture<RawResponse<BackgroundTrack>> update(long id, BackgroundTrackUpdateParams params,
                RequestOptions options) {
            return UnwrappedFutures.map(operations.updateAsync(id, params, options), ParsedResponse::toRawResponse);
        }

        @Override
        public CompletableFuture<RawResponse<BackgroundTrack>> update(long id, BackgroundTrackUpdateParams params) {
            return update(id, params, RequestOptions.none());
        }
    }
}
