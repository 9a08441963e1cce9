package io.beyondwords.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.errors.ApiConnectionException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code autoPager().prefetch(n)} over {@link ScriptedPages}: every page request is visible and answered when the
 * test says, so "in flight", "cancelled" and "never requested" are asserted exactly, without threads or timing.
 */
class PrefetchingAutoPagerTest {

    private static List<Integer> drain(Iterator<Integer> it) {
        List<Integer> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    /** Reads until the pager throws; returns the items read before, and the failure. */
    private static List<Object> readUntilFailure(Iterator<Integer> it) {
        List<Object> seen = new ArrayList<>();
        try {
            while (it.hasNext()) {
                seen.add(it.next());
            }
        } catch (RuntimeException e) {
            seen.add(e.getMessage());
        }
        return seen;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 5})
    void everyDepthYieldsTheSameItemsInOrderWithNoRequestPastTheLastPage(int depth) {
        ScriptedPages full = new ScriptedPages(9, 3).answeringAtOnce(); // the last page is full: the total ends it
        ScriptedPages shortLast = new ScriptedPages(8, 3).answeringAtOnce(); // the last page is short

        assertThat(drain(full.first().autoPager().prefetch(depth).iterator())).isEqualTo(ScriptedPages.range(0, 9));
        assertThat(full.offsets()).containsExactly(3, 6);
        assertThat(shortLast.first().autoPager().prefetch(depth).stream().collect(Collectors.toList()))
                .isEqualTo(ScriptedPages.range(0, 8));
        assertThat(shortLast.offsets()).containsExactly(3, 6);
    }

    @Test
    void aSinglePageListIsNeverFollowedByARequest() {
        ScriptedPages one = new ScriptedPages(2, 3).answeringAtOnce();

        assertThat(drain(one.first().autoPager().prefetch(3).iterator())).containsExactly(0, 1);
        assertThat(one.offsets()).isEmpty();
    }

    @Test
    void atMostNPagesAreRequestedAheadOfTheReader() {
        ScriptedPages pages = new ScriptedPages(30, 3);
        Iterator<Integer> it = pages.first().autoPager().prefetch(2).iterator();

        // One request at a time: the page after a page is known only once that page has arrived.
        assertThat(pages.offsets()).containsExactly(3);
        pages.answer(0);
        assertThat(pages.offsets()).containsExactly(3, 6);
        pages.answer(1);
        assertThat(pages.offsets()).as("two pages ahead: the window is full").containsExactly(3, 6);

        assertThat(List.of(it.next(), it.next(), it.next())).containsExactly(0, 1, 2);
        assertThat(pages.offsets()).as("reading the first page requests nothing").containsExactly(3, 6);
        assertThat(it.next()).as("the first item of the prefetched page").isEqualTo(3);
        assertThat(pages.offsets()).as("taking a page makes room for one more").containsExactly(3, 6, 9);
    }

    @Test
    void aFailedPageThrowsAtTheItemWhereTheSequentialPagerThrowsAndNothingAfterItIsRequested() {
        List<Object> sequential = readUntilFailure(new ScriptedPages(30, 3).failingAt(6).first().autoPager()
                .iterator());
        ScriptedPages pages = new ScriptedPages(30, 3).answeringAtOnce().failingAt(6);

        List<Object> prefetched = readUntilFailure(pages.first().autoPager().prefetch(3).iterator());

        assertThat(sequential).containsExactly(0, 1, 2, 3, 4, 5, "the page at offset 6 failed");
        assertThat(prefetched).isEqualTo(sequential);
        assertThat(pages.offsets()).as("no request after the failed page").containsExactly(3, 6);
    }

    @Test
    void askingAgainAfterAFailedPageRequestsItAgainLikeTheSequentialPager() {
        ScriptedPages pages = new ScriptedPages(6, 3).answeringAtOnce().failingAt(3);
        Iterator<Integer> it = pages.first().autoPager().prefetch(1).iterator();
        assertThat(List.of(it.next(), it.next(), it.next())).containsExactly(0, 1, 2);
        assertThatThrownBy(it::hasNext).isInstanceOf(ApiConnectionException.class);

        pages.failAt = -1;

        assertThat(drain(it)).containsExactly(3, 4, 5);
        assertThat(pages.offsets()).containsExactly(3, 3);
    }

    @Test
    void closingTheIteratorCancelsTheRequestsInFlightAndMakesNoMore() {
        ScriptedPages pages = new ScriptedPages(30, 3);
        CloseableIterator<Integer> it = pages.first().autoPager().prefetch(2).iterator();
        pages.answer(0);
        CompletableFuture<Page<Integer>> inFlight = pages.requests.get(1).future();

        it.close();

        assertThat(inFlight).isCancelled();
        assertThat(it.hasNext()).isFalse();
        assertThat(pages.offsets()).containsExactly(3, 6);
        it.close(); // idempotent
    }

    @Test
    void closingTheStreamCancelsTheRequestsInFlight() {
        ScriptedPages pages = new ScriptedPages(30, 3);
        List<Integer> firstTwo;
        try (Stream<Integer> items = pages.first().autoPager().prefetch(1).stream()) {
            firstTwo = items.limit(2).collect(Collectors.toList());
        }

        assertThat(firstTwo).containsExactly(0, 1);
        assertThat(pages.offsets()).containsExactly(3);
        assertThat(pages.requests.get(0).future()).isCancelled();
    }

    @Test
    void anAbandonedIteratorCostsAtMostNRequests() {
        ScriptedPages pages = new ScriptedPages(3_000, 3).answeringAtOnce();
        Iterator<Integer> it = pages.first().autoPager().prefetch(3).iterator();

        assertThat(it.next()).isZero();

        // every page arrives at once, yet the window stops at three pages ahead of the abandoned reader
        assertThat(pages.offsets()).containsExactly(3, 6, 9);
    }

    @Test
    void anInterruptedWaitThrowsKeepsTheFlagAndLeavesTheIteratorUsable() {
        ScriptedPages pages = new ScriptedPages(6, 3);
        Iterator<Integer> it = pages.first().autoPager().prefetch(1).iterator();
        assertThat(List.of(it.next(), it.next(), it.next())).containsExactly(0, 1, 2);

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(it::hasNext).isInstanceOf(ApiConnectionException.class)
                    .hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(pages.requests.get(0).future()).as("the abandoned wait's request").isCancelled();

        pages.answerAtOnce = true;
        assertThat(drain(it)).containsExactly(3, 4, 5);
    }

    @Test
    void closeFromAnotherThreadEndsAWaitingHasNext() throws Exception {
        ScriptedPages pages = new ScriptedPages(6, 3);
        CloseableIterator<Integer> it = pages.first().autoPager().prefetch(1).iterator();
        assertThat(List.of(it.next(), it.next(), it.next())).containsExactly(0, 1, 2);
        CompletableFuture<Boolean> hasNext = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            hasNext.complete(it.hasNext()); // waits for the page at offset 3, which is never answered
        });
        reader.start();
        // Close only once the reader waits inside hasNext() (its one blocking point is the page's future), so the
        // close is what ends the wait, never a close that came first.
        awaitWaiting(reader);
        assertThat(hasNext).as("hasNext() still waiting").isNotDone();

        it.close();

        assertThat(hasNext.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(pages.requests.get(0).future()).isCancelled();
        reader.join();
    }

    private static void awaitWaiting(Thread thread) {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (thread.getState() != Thread.State.WAITING && System.nanoTime() - giveUp < 0) {
            Thread.onSpinWait();
            Thread.yield();
        }
        assertThat(thread.getState()).as("the reader's state").isEqualTo(Thread.State.WAITING);
    }

    @Test
    void prefetchRejectsANegativeDepthAndLeavesThePagerUnchanged() {
        AutoPager<Integer> pager = new ScriptedPages(6, 3).first().autoPager();

        assertThatThrownBy(() -> pager.prefetch(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(pager.prefetch(2)).hasToString("AutoPager{from offset 0, prefetch 2}");
        assertThat(pager).hasToString("AutoPager{from offset 0}");
    }
}
