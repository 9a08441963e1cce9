package io.beyondwords.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.TestServer;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.BackgroundTrackListParams;
import io.beyondwords.errors.InconsistentPagesException;
import io.beyondwords.errors.InconsistentPagesException.Reason;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No server answer makes a pager run for ever: over HTTP, against a loopback server that ignores
 * {@code pagination[offset]}, the sequential, prefetching and async pagers stop with an
 * {@link InconsistentPagesException} after at most two pages, having delivered the first page's items; honest paging
 * (the negative control) is never stopped.
 */
class InconsistentPagesTest {
    private static final int LIMIT = 3;

    private final TestServer api = new TestServer();

    @AfterEach
    void stop() {
        api.close();
    }

    /** Answers every request with the page {@code pages} gives for its offset, with {@code headers}. */
    private void serve(IntFunction<String> pages, String... headers) {
        api.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String offset = request.getRequestUrl().queryParameter("pagination[offset]");
                MockResponse response = new MockResponse().setHeader("Content-Type", "application/json")
                        .setBody(pages.apply(offset == null ? 0 : Integer.parseInt(offset)));
                for (int i = 0; i < headers.length; i += 2) {
                    response.setHeader(headers[i], headers[i + 1]);
                }
                return response;
            }
        });
    }

    /** @return a JSON array of the tracks with ids {@code from .. from+count-1} */
    private static String tracks(int from, int count) {
        List<String> items = new ArrayList<>();
        for (int id = from; id < from + count; id++) {
            items.add(TestServer.track(id, "Track " + id));
        }
        return "[" + String.join(",", items) + "]";
    }

    /** An honest list of {@code size} tracks, ids 1.., paged by offset and limit. */
    private static IntFunction<String> honest(int size) {
        return offset -> tracks(offset + 1, Math.max(0, Math.min(LIMIT, size - offset)));
    }

    private Page<BackgroundTrack> firstPage() {
        return api.client().backgroundTracks().list(BackgroundTrackListParams.builder().limit(LIMIT).build());
    }

    /** Reads ids until the iterator ends or throws; a throw ends the list with the exception. */
    private static List<Object> readUntilFailure(Iterator<BackgroundTrack> items) {
        List<Object> read = new ArrayList<>();
        try {
            while (items.hasNext()) {
                read.add(items.next().id());
            }
        } catch (RuntimeException e) {
            read.add(e);
        }
        return read;
    }

    private static void assertRepeatedPageAt(Object failure, int offset) {
        assertThat(failure).isInstanceOfSatisfying(InconsistentPagesException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.REPEATED_PAGE);
            assertThat(e.offset()).isEqualTo(offset);
            assertThat(e.isRetryable()).isFalse();
            assertThat(e).hasMessage("the page at offset 3 repeats the 3 items of the page at offset 0 (the server "
                    + "seems to ignore pagination[offset]), so paging stopped there");
        });
    }

    @Test
    void theSequentialPagerStopsAtAPageThatRepeatsThePreviousOne() {
        serve(offset -> tracks(1, LIMIT));

        List<Object> read = readUntilFailure(firstPage().autoPager().iterator());

        assertThat(read.subList(0, 3)).containsExactly(1L, 2L, 3L);
        assertThat(read).hasSize(4);
        assertRepeatedPageAt(read.get(3), 3);
        assertThat(api.requestCount()).isEqualTo(2);
    }

    @Test
    void thePrefetchingPagerStopsAtTheSameItemAndRequestsNothingAfterTheRepeatedPage() {
        serve(offset -> tracks(1, LIMIT));

        List<Object> read = readUntilFailure(firstPage().autoPager().prefetch(3).iterator());

        assertThat(read.subList(0, 3)).containsExactly(1L, 2L, 3L);
        assertThat(read).hasSize(4);
        assertRepeatedPageAt(read.get(3), 3);
        // The window requests nothing after a failed page, and the failure reaches the reader only after that.
        assertThat(api.requestCount()).isEqualTo(2);
    }

    @Test
    void theAsyncPagerFailsWithTheTypedErrorAfterTheFirstPagesItems() throws Exception {
        serve(offset -> tracks(1, LIMIT));
        List<Long> read = new ArrayList<>();

        Throwable failure = api.client().async().backgroundTracks()
                .list(BackgroundTrackListParams.builder().limit(LIMIT).build())
                .thenCompose(page -> page.autoPagerAsync().forEach(track -> read.add(track.id())))
                .handle((v, e) -> e).get(10, TimeUnit.SECONDS);

        assertThat(failure).isInstanceOf(CompletionException.class);
        assertRepeatedPageAt(failure.getCause(), 3);
        assertThat(read).containsExactly(1L, 2L, 3L);
        assertThat(api.requestCount()).isEqualTo(2);
    }

    @Test
    void thePrefetchingAsyncPagerFailsTheSameWay() throws Exception {
        serve(offset -> tracks(1, LIMIT));
        List<Long> read = new ArrayList<>();

        Throwable failure = firstPage().autoPagerAsync().prefetch(2).forEach(track -> read.add(track.id()))
                .handle((v, e) -> e).get(10, TimeUnit.SECONDS);

        assertRepeatedPageAt(failure, 3);
        assertThat(read).containsExactly(1L, 2L, 3L);
        // The window requests nothing after a failed page, and the failure reaches the reader only after that.
        assertThat(api.requestCount()).isEqualTo(2);
    }

    @Test
    void pagingByHandStopsToo() {
        serve(offset -> tracks(1, LIMIT));
        Page<BackgroundTrack> first = firstPage();

        assertThat(first.hasNextPage()).isTrue();
        assertThatThrownBy(first::nextPage).satisfies(e -> assertRepeatedPageAt(e, 3));
        assertThatThrownBy(() -> first.nextPageAsync().join()).isInstanceOf(CompletionException.class)
                .cause().satisfies(e -> assertRepeatedPageAt(e, 3));
    }

    @Test
    void fullPagesOfNewItemsPastTheReportedTotalStopPagingThere() {
        // Ignores the offset but counts its answers: a different full page every time, and a total of 5.
        int[] answers = {0};
        serve(offset -> tracks(1 + LIMIT * answers[0]++, LIMIT), "X-Pagination-Total", "5");

        List<Object> read = readUntilFailure(firstPage().autoPager().iterator());

        assertThat(read.subList(0, 3)).containsExactly(1L, 2L, 3L);
        assertThat(read.get(3)).isInstanceOfSatisfying(InconsistentPagesException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.PAST_TOTAL);
            assertThat(e.offset()).isEqualTo(3);
            assertThat(e).hasMessage("the page at offset 3 holds 3 items, past the total of 5 the server reported, "
                    + "so paging stopped there");
        });
        assertThat(api.requestCount()).isEqualTo(2);
    }

    @Test
    void aTotalReportedOnlyByTheFirstPageStillBoundsTheLaterOnes() {
        // A total of 7 on the first answer only, then new full pages for ever with no headers.
        int[] answers = {0};
        api.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int n = answers[0]++;
                MockResponse response = new MockResponse().setHeader("Content-Type", "application/json")
                        .setBody(tracks(1 + LIMIT * n, LIMIT));
                return n == 0 ? response.setHeader("X-Pagination-Total", "7") : response;
            }
        });

        List<Object> read = readUntilFailure(firstPage().autoPager().iterator());

        assertThat(read.subList(0, 6)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(read.get(6)).isInstanceOfSatisfying(InconsistentPagesException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.PAST_TOTAL);
            assertThat(e.offset()).isEqualTo(6);
        });
        assertThat(api.requestCount()).isEqualTo(3);
    }

    @Test
    void honestPagingIsNeverStoppedWithOrWithoutATotal() throws Exception {
        serve(honest(8));
        assertThat(firstPage().autoPager().stream().map(BackgroundTrack::id))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(firstPage().autoPager().prefetch(2).stream().map(BackgroundTrack::id)).hasSize(8);
        List<Long> async = new ArrayList<>();
        firstPage().autoPagerAsync().prefetch(1).forEach(t -> async.add(t.id())).get(10, TimeUnit.SECONDS);
        assertThat(async).hasSize(8);

        serve(honest(9), "X-Pagination-Total", "9");
        assertThat(firstPage().autoPager().stream().map(BackgroundTrack::id)).hasSize(9);
    }

    @Test
    void aListThatGrowsWhilePagedIsNotStopped() {
        // Each answer reports the total at its time: 6, then 9 once three more items exist.
        int[] answers = {0};
        api.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int offset = Integer.parseInt(request.getRequestUrl().queryParameter("pagination[offset]") == null
                        ? "0" : request.getRequestUrl().queryParameter("pagination[offset]"));
                int size = answers[0]++ == 0 ? 6 : 9;
                return new MockResponse().setHeader("Content-Type", "application/json")
                        .setHeader("X-Pagination-Total", String.valueOf(size))
                        .setBody(honest(size).apply(offset));
            }
        });

        assertThat(firstPage().autoPager().stream().map(BackgroundTrack::id)).hasSize(9);
    }

    @Test
    void pagesOfEqualLookingItemsWithDifferentIdsAreNotARepeat() {
        // The same names and dates on every page, only the ids differ: not a repeat.
        serve(offset -> offset >= 6 ? "[]" : tracks(offset + 1, LIMIT).replaceAll("Track \\d+", "Same"));

        assertThat(firstPage().autoPager().stream().map(BackgroundTrack::id)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }
}
