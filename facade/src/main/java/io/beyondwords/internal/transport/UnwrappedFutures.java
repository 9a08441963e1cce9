package io.beyondwords.internal.transport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * {@code thenApply} without its wrapping: a dependent stage of a failed future fails with a
 * {@link CompletionException} around the cause, so callers using {@code whenComplete} or {@code exceptionally} would
 * see that instead of the SDK's exception. These stages fail with the SDK's exception itself.
 */
public final class UnwrappedFutures {
    private UnwrappedFutures() {
    }

    /**
     * @param source the future to map
     * @param mapping applied to a successful value
     * @param <A> the source's type
     * @param <B> the result's type
     * @return a future with the mapped value or the source's own exception; cancelling it cancels the source
     */
    public static <A, B> CompletableFuture<B> map(CompletableFuture<A> source, Function<A, B> mapping) {
        CompletableFuture<B> out = new CompletableFuture<>();
        source.whenComplete((value, failure) -> {
            if (failure != null) {
                out.completeExceptionally(unwrap(failure));
                return;
            }
            try {
                out.complete(mapping.apply(value));
            } catch (RuntimeException e) {
                out.completeExceptionally(e);
            }
        });
        out.whenComplete((value, failure) -> {
            if (out.isCancelled()) {
                source.cancel(false);
            }
        });
        return out;
    }

    /**
     * @param t a failure as a dependent stage reports it
     * @return the cause a {@link CompletionException} wraps, or {@code t} itself
     */
    public static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
