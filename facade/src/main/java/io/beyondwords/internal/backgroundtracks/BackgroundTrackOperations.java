package io.beyondwords.internal.backgroundtracks;

import io.beyondwords.RequestOptions;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.backgroundtracks.BackgroundTrackListParams;
import io.beyondwords.backgroundtracks.BackgroundTrackUpdateParams;
import io.beyondwords.generated.DeepObjectQuery;
import io.beyondwords.generated.api.BackgroundTracksApi;
import io.beyondwords.internal.json.ApiJson;
import io.beyondwords.internal.paging.OffsetPage;
import io.beyondwords.internal.paging.PageFetcher;
import io.beyondwords.internal.transport.ApiTransport;
import io.beyondwords.internal.transport.ParsedResponse;
import io.beyondwords.internal.transport.ResponseParser;
import io.beyondwords.internal.transport.UnwrappedFutures;
import io.beyondwords.paging.Page;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;

/**
 * The background-track operations, each as a request to build and a parser to apply, shared by the sync and async
 * services. The generated interface only builds requests; the transport runs them.
 */
public final class BackgroundTrackOperations {
    private static final String SCOPES = "filter[scopes]";
    private static final DeepObjectQuery NO_SCOPES = DeepObjectQuery.none(SCOPES);
    private static final ResponseParser<BackgroundTrack> TRACK =
            (response, late) -> BackgroundTrackMapper.toTrack(
                    ApiJson.readBody(response, ApiJson.BACKGROUND_TRACK), late);

    private final ApiTransport transport;
    private final BackgroundTracksApi api;
    private final RetrieveRequests retrieveRequests;

    /** @param transport the client's transport */
    public BackgroundTrackOperations(ApiTransport transport) {
        this.transport = transport;
        this.api = transport.backgroundTracksApi();
        this.retrieveRequests = new RetrieveRequests(api);
    }

    ParsedResponse<Page<BackgroundTrack>> list(BackgroundTrackListParams params, RequestOptions options) {
        return transport.execute(listRequest(params), options, pageParser(params, options));
    }

    CompletableFuture<ParsedResponse<Page<BackgroundTrack>>> listAsync(BackgroundTrackListParams params,
            RequestOptions options) {
        Request request;
        try {
            request = listRequest(params);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return transport.executeAsync(request, options, pageParser(params, options));
    }

    ParsedResponse<BackgroundTrack> create(BackgroundTrackCreateParams params, RequestOptions options) {
        return transport.execute(createRequest(params), options, TRACK);
    }

    CompletableFuture<ParsedResponse<BackgroundTrack>> createAsync(BackgroundTrackCreateParams params,
            RequestOptions options) {
        return transport.executeAsync(createRequest(params), options, TRACK);
    }

    ParsedResponse<BackgroundTrack> retrieve(long id, RequestOptions options) {
        return transport.execute(retrieveRequests.forId(id), options, TRACK);
    }

    CompletableFuture<ParsedResponse<BackgroundTrack>> retrieveAsync(long id, RequestOptions options) {
        return transport.executeAsync(retrieveRequests.forId(id), options, TRACK);
    }

    ParsedResponse<BackgroundTrack> update(long id, BackgroundTrackUpdateParams params, RequestOptions options) {
        return transport.execute(updateRequest(id, params), options, TRACK);
    }

    CompletableFuture<ParsedResponse<BackgroundTrack>> updateAsync(long id, BackgroundTrackUpdateParams params,
            RequestOptions options) {
        return transport.executeAsync(updateRequest(id, params), options, TRACK);
    }

    private Request listRequest(BackgroundTrackListParams params) {
        Objects.requireNonNull(params, "params");
        DeepObjectQuery scopes = NO_SCOPES;
        for (String scope : params.scopes()) {
            scopes = scopes.withItem(scope);
        }
        Integer limit = params.limit().isPresent() ? params.limit().getAsInt() : null;
        Integer offset = params.offset() == 0 ? null : params.offset();
        return api.list(limit, offset, scopes, params.name().orElse(null),
                params.custom().map(String::valueOf).orElse(null)).request();
    }

    private Request createRequest(BackgroundTrackCreateParams params) {
        return api.create(BackgroundTrackMapper.toRequest(Objects.requireNonNull(params, "params"))).request();
    }

    private Request updateRequest(long id, BackgroundTrackUpdateParams params) {
        return api.update(Long.toString(id), BackgroundTrackMapper.toRequest(Objects.requireNonNull(params, "params")))
                .request();
    }

    private ResponseParser<Page<BackgroundTrack>> pageParser(BackgroundTrackListParams params, RequestOptions options) {
        Objects.requireNonNull(options, "options");
        Integer requestedLimit = params.limit().isPresent() ? params.limit().getAsInt() : null;
        return (response, late) -> new OffsetPage<>(
                BackgroundTrackMapper.toTracks(ApiJson.readBody(response, ApiJson.BACKGROUND_TRACK_LIST), late),
                params.offset(), requestedLimit, response.headers(), new Following(params, options));
    }

    /** Fetches later pages from copies of the first page's params; the caller's params are never touched. */
    private final class Following implements PageFetcher<BackgroundTrack> {
        private final BackgroundTrackListParams params;
        private final RequestOptions options;

        Following(BackgroundTrackListParams params, RequestOptions options) {
            this.params = params;
            this.options = options;
        }

        @Override
        public Page<BackgroundTrack> fetch(int offset) {
            return list(params.toBuilder().offset(offset).build(), options).body();
        }

        @Override
        public CompletableFuture<Page<BackgroundTrack>> fetchAsync(int offset) {
            return UnwrappedFutures.map(listAsync(params.toBuilder().offset(offset).build(), options),
                    ParsedResponse::body);
        }
    }
}
