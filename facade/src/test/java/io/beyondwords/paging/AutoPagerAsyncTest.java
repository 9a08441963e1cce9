package io.beyondwords.paging;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.errors.ApiConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code autoPagerAsync()} over {@link ScriptedPages}: its {@code forEach} and its {@link Flow.Publisher} side by the
 * Reactive Streams rules (demand, serial signals, one terminal signal, cancel), each page request visible and answered
 * when the test says.
 */
class AutoPagerAsyncTest {

    /** Records every signal; requests only what the test asks, or {@code inOnNext} more from inside each onNext. */
    private static final class Recorder implements Flow.Subscriber<Integer> {
        final List<Object> signals = new CopyOnWriteArrayList<>();
        final long inOnNext;
        Flow.Subscription subscription;
        int depth;
        int maxDepth;

        Recorder(long inOnNext) {
            this.inOnNext = inOnNext;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            signals.add("subscribed");
        }

        @Override
        public void onNext(Integer item) {
            depth++;
            maxDepth = Math.max(maxDepth, depth);
            signals.add(item);
            if (inOnNext > 0) {
                subscription.request(inOnNext);
            }
            depth--;
        }

        @Override
        public void onError(Throwable t) {
            signals.add(t);
        }

        @Override
        public void onComplete() {
            signals.add("complete");
        }

        List<Object> items() {
            List<Object> out = new ArrayList<>(signals);
            out.remove("subscribed");
            return out;
        }
    }

    /** @return what the future failed with, as {@code exceptionally} and {@code whenComplete} see it */
    private static Throwable failureOf(CompletableFuture<?> future) {
        return future.handle((v, failure) -> failure).join();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3})
    void forEachGivesEveryItemInOrderWithNoRequestPastTheLastPage(int depth) {
        ScriptedPages pages = new ScriptedPages(9, 3).answeringAtOnce();
        List<Integer> seen = new ArrayList<>();

        CompletableFuture<Void> done = pages.first().autoPagerAsync().prefetch(depth).forEach(seen::add);

        assertThat(done).isCompleted();
        assertThat(seen).isEqualTo(ScriptedPages.range(0, 9));
        assertThat(pages.offsets()).containsExactly(3, 6);
    }

    @Test
    void forEachRunsAsPagesArriveAndCompletesAfterTheLast() {
        ScriptedPages pages = new ScriptedPages(8, 3);
        List<Integer> seen = new CopyOnWriteArrayList<>();

        CompletableFuture<Void> done = pages.first().autoPagerAsync().prefetch(1).forEach(seen::add);

        assertThat(seen).containsExactly(0, 1, 2);
        assertThat(done).isNotDone();
        pages.answer(0);
        assertThat(seen).containsExactly(0, 1, 2, 3, 4, 5);
        pages.answer(1);
        assertThat(done).isCompleted();
        assertThat(seen).isEqualTo(ScriptedPages.range(0, 8));
        assertThat(pages.offsets()).containsExactly(3, 6);
    }

    @Test
    void theNextPageIsRequestedBeforeTheActionRunsOnTheOneThatArrived() {
        ScriptedPages pages = new ScriptedPages(30, 3);
        List<List<Integer>> requestedWhenSeen = new CopyOnWriteArrayList<>();
        pages.first().autoPagerAsync().prefetch(1).forEach(i -> requestedWhenSeen.add(pages.offsets()));

        pages.answer(0); // the page at 3 arrives; the action then runs for it on this thread

        // Otherwise a slow action would hold back the request it is meant to overlap with.
        assertThat(requestedWhenSeen.get(3)).containsExactly(3, 6);
    }

    @Test
    void aFailedPageFailsForEachWithItsOwnExceptionAfterTheItemsBeforeIt() {
        ScriptedPages pages = new ScriptedPages(30, 3).answeringAtOnce().failingAt(6);
        List<Integer> seen = new ArrayList<>();

        CompletableFuture<Void> done = pages.first().autoPagerAsync().prefetch(2).forEach(seen::add);

        assertThat(seen).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(done).isCompletedExceptionally();
        assertThat(failureOf(done)).isInstanceOf(ApiConnectionException.class)
                .hasMessage("the page at offset 6 failed");
        assertThat(pages.offsets()).containsExactly(3, 6);
    }

    @Test
    void cancellingForEachCancelsTheRequestInFlightAndStops() {
        ScriptedPages pages = new ScriptedPages(30, 3);
        List<Integer> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = pages.first().autoPagerAsync().prefetch(1).forEach(seen::add);

        done.cancel(false);

        assertThat(pages.requests.get(0).future()).isCancelled();
        assertThat(seen).containsExactly(0, 1, 2);
        assertThat(pages.offsets()).containsExactly(3);
    }

    @Test
    void anActionThatThrowsFailsForEachAndStopsPaging() {
        ScriptedPages pages = new ScriptedPages(30, 3).answeringAtOnce();
        IllegalStateException boom = new IllegalStateException("boom");
        Consumer<Integer> action = i -> {
            if (i == 4) {
                throw boom;
            }
        };

        CompletableFuture<Void> done = pages.first().autoPagerAsync().prefetch(1).forEach(action);

        assertThat(failureOf(done)).isSameAs(boom);
        assertThat(done).isCompletedExceptionally();
        assertThat(pages.offsets()).as("the page the failing item was on, and one ahead").containsExactly(3, 6);
    }

    @Test
    void thePublisherSendsNothingBeyondTheDemandAndFetchesAPageOnlyWhenAnItemOfItIsWanted() {
        ScriptedPages pages = new ScriptedPages(6, 3);
        Recorder r = new Recorder(0);

        pages.first().autoPagerAsync().subscribe(r);

        assertThat(r.signals).containsExactly("subscribed");
        r.subscription.request(1);
        assertThat(r.items()).containsExactly(0);
        r.subscription.request(2);
        assertThat(r.items()).containsExactly(0, 1, 2);
        assertThat(pages.offsets()).as("the first page is read, but no item of the next one is wanted yet").isEmpty();

        r.subscription.request(1);
        assertThat(pages.offsets()).containsExactly(3);
        assertThat(r.items()).containsExactly(0, 1, 2);
        pages.answer(0);
        assertThat(r.items()).containsExactly(0, 1, 2, 3);
        r.subscription.request(1);
        r.subscription.request(1);
        assertThat(r.items()).containsExactly(0, 1, 2, 3, 4, 5, "complete");
        assertThat(pages.offsets()).containsExactly(3);
    }

    @Test
    void requestingOneAtATimeFromOnNextDeliversEveryItemWithoutDeepStacks() {
        ScriptedPages pages = new ScriptedPages(20_000, 100).answeringAtOnce();
        Recorder r = new Recorder(1);
        pages.first().autoPagerAsync().prefetch(1).subscribe(r);

        r.subscription.request(1);

        assertThat(r.items()).hasSize(20_001).endsWith("complete");
        assertThat(r.items().subList(0, 20_000)).isEqualTo(new ArrayList<Object>(ScriptedPages.range(0, 20_000)));
        assertThat(r.maxDepth).as("request() inside onNext only adds demand to the running loop").isEqualTo(1);
    }

    @Test
    void cancelStopsTheSignalsAndTheRequests() {
        ScriptedPages pages = new ScriptedPages(30, 3);
        Recorder r = new Recorder(0);
        pages.first().autoPagerAsync().prefetch(2).subscribe(r);
        r.subscription.request(5);
        pages.answer(0);
        assertThat(r.items()).containsExactly(0, 1, 2, 3, 4);
        assertThat(pages.offsets()).containsExactly(3, 6);

        r.subscription.cancel();
        r.subscription.request(10);

        assertThat(pages.requests.get(1).future()).isCancelled();
        pages.answer(1);
        assertThat(r.items()).containsExactly(0, 1, 2, 3, 4);
        assertThat(pages.offsets()).containsExactly(3, 6);
    }

    @Test
    void aNonPositiveRequestIsAnError() {
        ScriptedPages pages = new ScriptedPages(6, 3);
        Recorder r = new Recorder(0);
        pages.first().autoPagerAsync().subscribe(r);

        r.subscription.request(0);
        r.subscription.request(1);

        assertThat(r.items()).hasSize(1).first().isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyListCompletesWithoutDemandAndEachSubscriptionStartsOver() {
        Recorder empty = new Recorder(0);
        new ScriptedPages(0, 3).first().autoPagerAsync().subscribe(empty);
        assertThat(empty.signals).containsExactly("subscribed", "complete");

        ScriptedPages pages = new ScriptedPages(4, 3).answeringAtOnce();
        AutoPagerAsync<Integer> pager = pages.first().autoPagerAsync();
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        pager.forEach(first::add);
        pager.forEach(second::add);
        assertThat(first).containsExactly(0, 1, 2, 3).isEqualTo(second);
        assertThat(pages.offsets()).containsExactly(3, 3);
    }

    @Test
    void anErrorIsSignalledOnlyOnceTheItemsBeforeItAreWanted() {
        ScriptedPages pages = new ScriptedPages(30, 3).answeringAtOnce().failingAt(3);
        Recorder r = new Recorder(0);
        pages.first().autoPagerAsync().prefetch(1).subscribe(r);

        r.subscription.request(3);
        assertThat(r.items()).containsExactly(0, 1, 2);
        r.subscription.request(1);

        assertThat(r.items()).hasSize(4).last().isInstanceOf(ApiConnectionException.class);
    }
}
