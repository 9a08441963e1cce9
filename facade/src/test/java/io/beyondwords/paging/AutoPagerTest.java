package io.beyondwords.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.TestServer;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.BackgroundTrackListParams;
import io.beyondwords.backgroundtracks.BackgroundTrackService;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AutoPagerTest {
    private final TestServer api = new TestServer();

    @AfterEach
    void stop() {
        api.close();
    }

    private BackgroundTrackService tracks() {
        return api.client().backgroundTracks();
    }

    /** Serves {@code total} tracks by offset and limit, like the API; optionally with pagination headers. */
    private void serve(int total, int serverPageSize, boolean headers) {
        serve(total, serverPageSize, headers, -1);
    }

    /** As above, with a 404 for the page at {@code failingOffset}. */
    /** How many of the server's requests {@link #paths()} has taken. */
    private int taken;

    private void serve(int total, int serverPageSize, boolean headers, int failingOffset) {
        api.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String limitText = request.getRequestUrl().queryParameter("pagination[limit]");
                String offsetText = request.getRequestUrl().queryParameter("pagination[offset]");
                int limit = limitText == null ? serverPageSize : Integer.parseInt(limitText);
                int offset = offsetText == null ? 0 : Integer.parseInt(offsetText);
                if (offset == failingOffset) {
                    return new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/json")
                            .setBody("{\"errors\":[{\"message\":\"gone\"}]}");
                }
                int count = Math.max(0, Math.min(limit, total - offset));
                MockResponse response = new MockResponse().setBody(TestServer.tracks(offset + 1, count));
                if (headers) {
                    response.setHeader("X-Pagination-Limit", limit).setHeader("X-Pagination-Total", total);
                }
                return response;
            }
        });
    }

    /**
     * The paths requested since the last call. Every request of a pager that has finished was answered before it
     * finished, so the server's count is final when this runs: exactly those are taken, with no wait for more.
     */
    private List<String> paths() throws InterruptedException {
        List<String> paths = new ArrayList<>();
        for (int received = api.server.getRequestCount(); taken < received; taken++) {
            RecordedRequest r = api.server.takeRequest(30, TimeUnit.SECONDS);
            assertThat(r).as("request %d", taken + 1).isNotNull();
            paths.add(r.getPath());
        }
        return paths;
    }

    private static List<Long> ids(Iterable<BackgroundTrack> tracks) {
        List<Long> ids = new ArrayList<>();
        tracks.forEach(t -> ids.add(t.id()));
        return ids;
    }

    @Test
    void threePagesWithPaginationHeadersStopWithoutAnExtraRequest() throws Exception {
        serve(7, 3, true);

        List<Long> ids = ids(tracks().list(BackgroundTrackListParams.builder().limit(3).build()).autoPager());

        assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(paths()).containsExactly(
                "/v1/background_tracks?pagination%5Blimit%5D=3",
                "/v1/background_tracks?pagination%5Blimit%5D=3&pagination%5Boffset%5D=3",
                "/v1/background_tracks?pagination%5Blimit%5D=3&pagination%5Boffset%5D=6");
    }

    @Test
    void threePagesWithoutAnyHeadersStopAtTheShortPage() throws Exception {
        serve(7, 3, false);

        List<Long> ids = ids(tracks().list(BackgroundTrackListParams.builder().limit(3).build()).autoPager());

        assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(paths()).hasSize(3);
    }

    @Test
    void exactlyFullPagesWithoutHeadersEndOnTheEmptyPage() throws Exception {
        serve(6, 3, false);

        assertThat(ids(tracks().list(BackgroundTrackListParams.builder().limit(3).build()).autoPager()))
                .hasSize(6);
        assertThat(paths()).hasSize(3);
    }

    @Test
    void withNoLimitAndNoHeadersPagingRunsUntilAnEmptyPage() throws Exception {
        serve(7, 3, false);

        assertThat(ids(tracks().list().autoPager())).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        // pages of 3, 3, 1, then the empty page that proves the end
        assertThat(paths()).hasSize(4);
    }

    @Test
    void headersAloneTellThePageSizeWhenNoLimitWasAsked() throws Exception {
        serve(7, 3, true);

        Page<BackgroundTrack> first = tracks().list();

        assertThat(first.limit()).hasValue(3);
        assertThat(first.total()).hasValue(7);
        assertThat(ids(first.autoPager())).hasSize(7);
        assertThat(paths()).hasSize(3);
    }

    @Test
    void anEmptyFirstPageHasNoNextPage() throws Exception {
        serve(0, 3, false);

        Page<BackgroundTrack> page = tracks().list(BackgroundTrackListParams.builder().limit(3).build());

        assertThat(page.items()).isEmpty();
        assertThat(page.hasNextPage()).isFalse();
        assertThatThrownBy(page::nextPage).isInstanceOf(NoSuchElementException.class);
        assertThat(page.autoPager()).isEmpty();
        assertThat(page.autoPager().stream().count()).isZero();
        assertThat(paths()).hasSize(1);
    }

    @Test
    void pagesAreFetchedLazilyAndEachIteratorStartsOver() throws Exception {
        serve(7, 3, true);
        AutoPager<BackgroundTrack> all = tracks().list(BackgroundTrackListParams.builder().limit(3).build())
                .autoPager();
        assertThat(paths()).hasSize(1);

        Iterator<BackgroundTrack> it = all.iterator();
        for (int i = 0; i < 3; i++) {
            it.next();
        }
        assertThat(paths()).isEmpty();
        it.next();
        assertThat(paths()).hasSize(1);

        assertThat(all.stream().map(BackgroundTrack::id).collect(Collectors.toList()))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(ids(all)).hasSize(7);
        assertThat(all.stream().limit(2).count()).isEqualTo(2);
    }

    @Test
    void theCallersParamsAreNeverChanged() {
        serve(7, 3, true);
        BackgroundTrackListParams params = BackgroundTrackListParams.builder().limit(3).name("x").build();
        BackgroundTrackListParams copy = params.toBuilder().build();

        Page<BackgroundTrack> first = tracks().list(params);
        Page<BackgroundTrack> second = first.nextPage();
        ids(first.autoPager());

        assertThat(params).isEqualTo(copy);
        assertThat(params.offset()).isZero();
        assertThat(first.offset()).isZero();
        assertThat(second.offset()).isEqualTo(3);
        assertThat(api.take().getRequestUrl().queryParameter("filter[name]")).isEqualTo("x");
    }

    @Test
    void asyncPagesFollowTheSameRules() throws Exception {
        serve(5, 3, false);

        Page<BackgroundTrack> first = api.client().async().backgroundTracks()
                .list(BackgroundTrackListParams.builder().limit(3).build()).get(5, TimeUnit.SECONDS);
        Page<BackgroundTrack> second = first.nextPageAsync().get(5, TimeUnit.SECONDS);

        assertThat(ids(first.items())).containsExactly(1L, 2L, 3L);
        assertThat(ids(second.items())).containsExactly(4L, 5L);
        assertThat(second.hasNextPage()).isFalse();
        assertThat(second.nextPageAsync()).isCompletedExceptionally();
    }

    /** The ids each pager yields and the requests it sends: sequential, prefetching and async must not differ. */
    private List<Object> idsAndPaths(java.util.function.Function<Page<BackgroundTrack>, List<Long>> pager,
            BackgroundTrackListParams params) throws Exception {
        List<Long> ids = pager.apply(tracks().list(params));
        return List.of(ids, paths());
    }

    private static List<Long> viaAsync(Page<BackgroundTrack> first, int prefetch) {
        List<Long> ids = new java.util.concurrent.CopyOnWriteArrayList<>();
        first.autoPagerAsync().prefetch(prefetch).forEach(t -> ids.add(t.id())).join();
        return ids;
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"7, 3, true", "7, 3, false", "6, 3, false", "6, 3, true",
        "7, 0, false"})
    void prefetchingAndAsyncPagersSendTheSameRequestsAndYieldTheSameItemsAsTheSequentialOne(int total, int limit,
            boolean headers) throws Exception {
        serve(total, 3, headers);
        BackgroundTrackListParams params = limit == 0 ? BackgroundTrackListParams.none()
                : BackgroundTrackListParams.builder().limit(limit).build();

        List<Object> sequential = idsAndPaths(p -> ids(p.autoPager()), params);

        assertThat((List<?>) sequential.get(0)).hasSize(total);
        assertThat(idsAndPaths(p -> ids(p.autoPager().prefetch(1)), params)).isEqualTo(sequential);
        assertThat(idsAndPaths(p -> ids(p.autoPager().prefetch(4)), params)).isEqualTo(sequential);
        assertThat(idsAndPaths(p -> viaAsync(p, 0), params)).isEqualTo(sequential);
        assertThat(idsAndPaths(p -> viaAsync(p, 2), params)).isEqualTo(sequential);
    }

    @Test
    void aPageThatFailsOverHttpFailsEveryPagerAtTheSameItemWithTheSameException() throws Exception {
        serve(30, 3, true, 6);
        BackgroundTrackListParams params = BackgroundTrackListParams.builder().limit(3).build();

        for (AutoPager<BackgroundTrack> pager : List.of(tracks().list(params).autoPager(),
                tracks().list(params).autoPager().prefetch(2))) {
            List<Long> seen = new ArrayList<>();
            assertThatThrownBy(() -> pager.forEach(t -> seen.add(t.id())))
                    .isInstanceOf(io.beyondwords.errors.NotFoundException.class);
            assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        }
        List<Long> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Page<BackgroundTrack> first = api.client().async().backgroundTracks().list(params).get(10, TimeUnit.SECONDS);
        Throwable failure = first.autoPagerAsync().prefetch(2).forEach(t -> seen.add(t.id()))
                .handle((v, e) -> e).get(10, TimeUnit.SECONDS);
        assertThat(failure).as("the SDK's exception itself, not a wrapper")
                .isInstanceOf(io.beyondwords.errors.NotFoundException.class);
        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(paths()).as("no pager asks for a page after the failed one").noneMatch(p -> p.contains("=9"));
    }
}
