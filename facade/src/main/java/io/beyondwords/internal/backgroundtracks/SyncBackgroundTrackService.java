package io.beyondwords.internal.backgroundtracks;

import io.beyondwords.RawResponse;
import io.beyondwords.RequestOptions;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.backgroundtracks.BackgroundTrackListParams;
import io.beyondwords.backgroundtracks.BackgroundTrackService;
import io.beyondwords.backgroundtracks.BackgroundTrackUpdateParams;
import io.beyondwords.internal.transport.ParsedResponse;
import io.beyondwords.paging.Page;

/** {@link BackgroundTrackService} over HTTP, on the caller's thread. */
public final class SyncBackgroundTrackService implements BackgroundTrackService {
    private final BackgroundTrackOperations operations;
    private final WithRawResponse raw;

    /** @param operations the client's background-track operations */
    public SyncBackgroundTrackService(BackgroundTrackOperations operations) {
        this.operations = operations;
        this.raw = new Raw(operations);
    }

    @Override
    public Page<BackgroundTrack> list(BackgroundTrackListParams params) {
        return list(params, RequestOptions.none());
    }

    @Override
    public Page<BackgroundTrack> list(BackgroundTrackListParams params, RequestOptions options) {
        return operations.list(params, options).body();
    }

    @Override
    public Page<BackgroundTrack> list() {
        return list(BackgroundTrackListParams.none());
    }

    @Override
    public BackgroundTrack create(BackgroundTrackCreateParams params) {
        return create(params, RequestOptions.none());
    }

    @Override
    public BackgroundTrack create(BackgroundTrackCreateParams params, RequestOptions options) {
        return operations.create(params, options).body();
    }

    @Override
    public BackgroundTrack retrieve(long id) {
        return retrieve(id, RequestOptions.none());
    }

    @Override
    public BackgroundTrack retrieve(long id, RequestOptions options) {
        return operations.retrieve(id, options).body();
    }

    @Override
    public BackgroundTrack update(long id, BackgroundTrackUpdateParams params) {
        return update(id, params, RequestOptions.none());
    }

    @Override
    public BackgroundTrack update(long id, BackgroundTrackUpdateParams params, RequestOptions options) {
        return operations.update(id, params, options).body();
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    @Override
    public String toString() {
        return "BackgroundTrackService";
    }

    private static final class Raw implements WithRawResponse {
        private final BackgroundTrackOperations operations;

        Raw(BackgroundTrackOperations operations) {
            this.operations = operations;
        }

        @Override
        public RawResponse<Page<BackgroundTrack>> list(BackgroundTrackListParams params, RequestOptions options) {
            return operations.list(params, options).toRawResponse();
        }

        @Override
        public RawResponse<Page<BackgroundTrack>> list(BackgroundTrackListParams params) {
            return list(params, RequestOptions.none());
        }

        @Override
        public RawResponse<BackgroundTrack> create(BackgroundTrackCreateParams params, RequestOptions options) {
            return operations.create(params, options).toRawResponse();
        }

        @Override
        public RawResponse<BackgroundTrack> create(BackgroundTrackCreateParams params) {
            return create(params, RequestOptions.none());
        }

        @Override
        public RawResponse<BackgroundTrack> retrieve(long id, RequestOptions options) {
            return operations.retrieve(id, options).toRawResponse();
        }

        @Override
        public RawResponse<BackgroundTrack> retrieve(long id) {
            return retrieve(id, RequestOptions.none());
        }

        @Override
        public RawResponse<BackgroundTrack> update(long id, BackgroundTrackUpdateParams params,
                RequestOptions options) {
            return operations.update(id, params, options).toRawResponse();
        }

        @Override
        public RawResponse<BackgroundTrack> update(long id, BackgroundTrackUpdateParams params) {
            return update(id, params, RequestOptions.none());
        }
    }
}
