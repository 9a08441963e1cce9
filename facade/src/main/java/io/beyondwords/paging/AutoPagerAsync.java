package io.beyondwords.paging;

import io.beyondwords.internal.paging.PageSubscription;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * Every item of a list from a starting page on, without blocking: later pages are fetched with
 * {@link Page#nextPageAsync()} on the client's dispatcher threads. Get it from {@link Page#autoPagerAsync()}, for
 * example on the page an async {@code list} completes with:
 *
 * <pre>{@code
 * CompletableFuture<Void> done = client.async().backgroundTracks().list(params)
 *         .thenCompose(page -> page.autoPagerAsync().forEach(track -> handle(track)));
 * }</pre>
 *
 * <p>It is also a {@link Flow.Publisher} of the items, so reactive libraries adapt it without any dependency on this
 * SDK's side: Reactor with {@code JdkFlowAdapter.flowPublisherToFlux(pager)}, RxJava with
 * {@code Flowable.fromPublisher(FlowAdapters.toPublisher(pager))} (Reactive Streams' {@code FlowAdapters}). Each subscription is one pass from the starting page, and
 * honours back-pressure: a page is requested only when the subscriber wants an item of it (or up to
 * {@link #prefetch(int) n} pages ahead), and an item is never sent beyond the demand. {@code cancel()} cancels the
 * requests in flight.
 *
 * <p>As with the sequential pager: the same items in the same order; no request past the last page; a failed page
 * is signalled ({@code onError}, or the {@code forEach} future failing with the SDK's exception itself) after every
 * item of the pages before it. Items are delivered one at a time, never concurrently, on the thread that asked for
 * them when they are at hand (the subscriber's {@code request}, or the caller of {@code forEach} for the starting
 * page) and otherwise on the dispatcher thread on which their page arrived: keep that work short or hand it off, as
 * with any callback on a {@code CompletableFuture} of this client.
 *
 * @param <T> the item type
 */
public final class AutoPagerAsync<T> implements Flow.Publisher<T> {
    private final Page<T> first;
    private final int prefetch;

    AutoPagerAsync(Page<T> first, int prefetch) {
        this.first = Objects.requireNonNull(first, "first");
        this.prefetch = prefetch;
    }

    /**
     * The same items, with up to {@code pages} next pages requested ahead of the one being delivered. {@code 0} (the
     * default) requests each page when its first item is wanted. This pager is unchanged.
     *
     * @param pages how many pages to keep requested ahead
     * @return a pager that prefetches
     * @throws IllegalArgumentException if {@code pages} is negative
     */
    public AutoPagerAsync<T> prefetch(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("prefetch must be >= 0 pages but was " + pages);
        }
        return new AutoPagerAsync<>(first, pages);
    }

    /**
     * Gives every item to {@code action}, in order, one at a time.
     *
     * @param action called once per item; if it throws, paging stops and the future fails with that exception
     * @return a future that completes when every item was handled, or fails with the SDK's exception of the page that
     *     failed; cancelling it stops paging and cancels the requests in flight
     */
    public CompletableFuture<Void> forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        CompletableFuture<Void> done = new CompletableFuture<>();
        subscribe(new Flow.Subscriber<T>() {
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                done.whenComplete((v, e) -> {
                    if (done.isCancelled()) {
                        s.cancel();
                    }
                });
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(T item) {
                try {
                    action.accept(item);
                } catch (RuntimeException | Error e) {
                    subscription.cancel();
                    done.completeExceptionally(e);
                }
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        return done;
    }

    /**
     * Starts a pass over the items from the starting page for {@code subscriber}; each call is independent.
     *
     * @param subscriber receives the items as it requests them
     */
    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        PageSubscription.start(first, prefetch, subscriber);
    }

    @Override
    public String toString() {
        return "AutoPagerAsync{from offset " + first.offset() + (prefetch == 0 ? "" : ", prefetch " + prefetch) + '}';
    }
}
