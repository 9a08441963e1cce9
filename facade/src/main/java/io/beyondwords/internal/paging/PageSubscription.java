package io.beyondwords.internal.paging;

import io.beyondwords.internal.transport.UnwrappedFutures;
import io.beyondwords.paging.Page;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One subscriber's pass over the items of a list, by the Reactive Streams rules: no {@code onNext} beyond the demand,
 * signals one at a time, {@code onComplete} or {@code onError} once, nothing after {@code cancel()}.
 *
 * <p>Pages come from a {@link PrefetchWindow}: the page after the current one is taken only when its items are
 * wanted (demand is positive), as the sequential pager would fetch it; with a prefetch depth, that many pages are
 * requested ahead regardless. A failed page is signalled by {@code onError} when the subscriber has received every
 * item before it and asks for more. {@code cancel()} cancels the requests in flight.
 *
 * <p>Every signal is emitted by one drain loop at a time (whichever thread calls {@link #request}, or the dispatcher
 * thread on which a page arrives); a {@code request} made from inside {@code onNext} only adds demand to the running
 * loop, so the stack never grows with the number of items.
 *
 * @param <T> the item type
 */
public final class PageSubscription<T> implements Flow.Subscription {
    private final AtomicLong requested = new AtomicLong();
    /** Drain-loop entries; the loop runs in the thread that raised it from 0. */
    private final AtomicInteger wip = new AtomicInteger();
    private final PrefetchWindow<T> window;
    private volatile boolean cancelled;
    private volatile Throwable badRequest;

    // Confined to the drain loop (the wip counter's atomic updates order them between threads).
    private Flow.Subscriber<? super T> subscriber;
    private Page<T> page;
    private int index;
    private CompletableFuture<Page<T>> awaited;
    private boolean finished;

    private PageSubscription(Page<T> first, int depth, Flow.Subscriber<? super T> subscriber) {
        this.page = first;
        this.subscriber = subscriber;
        this.window = new PrefetchWindow<>(first, depth);
    }

    /**
     * Subscribes {@code subscriber} to the items from {@code first} on: calls its {@code onSubscribe}, then
     * completes at once if there is nothing to deliver.
     *
     * @param first the starting page
     * @param depth pages to request ahead of the one being delivered
     * @param subscriber receives the items
     * @param <T> the item type
     */
    public static <T> void start(Page<T> first, int depth, Flow.Subscriber<? super T> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber"); // rule 1.9
        PageSubscription<T> subscription = new PageSubscription<>(first, depth, subscriber);
        try {
            subscriber.onSubscribe(subscription);
        } catch (RuntimeException | Error e) {
            subscription.cancel(); // rule 2.13: a subscriber that throws is cancelled
            throw e;
        }
        subscription.drain();
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            badRequest = new IllegalArgumentException(
                    "Reactive Streams rule 3.9: request(n) needs a positive n, got " + n);
        } else {
            requested.getAndUpdate(r -> r + n < 0 ? Long.MAX_VALUE : r + n); // rule 3.17: cap at Long.MAX_VALUE
        }
        drain();
    }

    @Override
    public void cancel() {
        cancelled = true;
        window.close(); // at once, even while another thread is inside onNext
        drain();
    }

    private void drain() {
        if (wip.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            emit();
            missed = wip.addAndGet(-missed);
        } while (missed != 0);
    }

    private void emit() {
        while (!finished) {
            if (cancelled) {
                finish();
                return;
            }
            Throwable bad = badRequest;
            if (bad != null) {
                fail(bad);
                return;
            }
            if (awaited != null) {
                if (!awaited.isDone()) {
                    return; // its completion drains again
                }
                try {
                    page = awaited.join();
                    index = 0;
                    awaited = null;
                } catch (CancellationException e) {
                    if (!cancelled) {
                        fail(e);
                    }
                    return;
                } catch (CompletionException e) {
                    fail(UnwrappedFutures.unwrap(e));
                    return;
                }
                continue;
            }
            if (index < page.items().size()) {
                long wanted = requested.get();
                if (wanted == 0) {
                    return;
                }
                if (wanted != Long.MAX_VALUE) {
                    requested.decrementAndGet();
                }
                T item = page.items().get(index++);
                try {
                    subscriber.onNext(item);
                } catch (RuntimeException | Error e) {
                    cancel(); // rule 2.13
                    finish();
                    throw e;
                }
                continue;
            }
            if (!page.hasNextPage()) {
                Flow.Subscriber<? super T> s = subscriber;
                finish();
                s.onComplete();
                return;
            }
            if (requested.get() == 0) {
                return; // the next page is taken when an item of it is wanted
            }
            CompletableFuture<Page<T>> next = window.take();
            awaited = next;
            if (!next.isDone()) {
                next.whenComplete((p, e) -> drain());
            }
        }
    }

    private void fail(Throwable failure) {
        Flow.Subscriber<? super T> s = subscriber;
        finish();
        s.onError(failure);
    }

    /** Ends the pass: no signal after this, no request in flight, and no reference to the subscriber (rule 3.13). */
    private void finish() {
        finished = true;
        window.close();
        subscriber = null;
        page = null;
        awaited = null;
    }

    @Override
    public String toString() {
        return "PageSubscription{requested=" + requested.get() + (cancelled ? ", cancelled" : "") + '}';
    }
}
