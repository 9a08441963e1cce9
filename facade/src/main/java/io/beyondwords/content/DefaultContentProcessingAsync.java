package io.beyondwords.content;

import io.beyondwords.ClientOptions;
import io.beyondwords.RequestOptions;
import io.beyondwords.internal.transport.ApiTransport;
import io.beyondwords.internal.transport.UnwrappedFutures;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * {@link ContentProcessingAsync} on the client's dispatcher threads, on top of the generated async service's own
 * operations (the generated {@code DefaultContentServiceAsync} extends this class and supplies them). The waits
 * between polls run on those threads through the client's {@code Sleeper}, as the retry layer's do.
 */
abstract class DefaultContentProcessingAsync implements ContentProcessingAsync {
    private final ClientOptions client;
    private final Executor executor;

    DefaultContentProcessingAsync(ApiTransport transport) {
        this.client = transport.clientOptions();
        this.executor = transport.executor();
    }

    abstract CompletableFuture<Content> retrieve(long projectId, String id, ContentRetrieveParams params,
            RequestOptions options);

    abstract CompletableFuture<Content> create(long projectId, ContentCreateParams params, RequestOptions options);

    @Override
    public CompletableFuture<Content> waitUntilProcessed(long projectId, String id) {
        return waitUntilProcessed(projectId, id, RequestOptions.none());
    }

    @Override
    public CompletableFuture<Content> waitUntilProcessed(long projectId, String id, RequestOptions options) {
        return waitUntilProcessed(projectId, id, options, item -> { });
    }

    @Override
    public CompletableFuture<Content> waitUntilProcessed(long projectId, String id, RequestOptions options,
            Consumer<? super Content> onEachRead) {
        Objects.requireNonNull(onEachRead, "onEachRead");
        Wait wait = new Wait(projectId, ProcessingPolls.start(client, options), onEachRead);
        wait.follow(retrieve(projectId, id, ContentRetrieveParams.none(), wait.polls.forRequest()), 0);
        return wait.result;
    }

    @Override
    public CompletableFuture<Content> createAndWait(long projectId, ContentCreateParams params) {
        return createAndWait(projectId, params, RequestOptions.none());
    }

    @Override
    public CompletableFuture<Content> createAndWait(long projectId, ContentCreateParams params, RequestOptions options) {
        Wait wait = new Wait(projectId, ProcessingPolls.start(client, options), item -> { });
        wait.follow(create(projectId, params, wait.polls.forRequest()), 0);
        return wait.result;
    }

    /** One wait: the result the caller holds, and the request in flight, which cancelling the result cancels. */
    private final class Wait {
        final long projectId;
        final ProcessingPolls polls;
        final CompletableFuture<Content> result = new CompletableFuture<>();
        private final Consumer<? super Content> onEachRead;
        private volatile CompletableFuture<Content> inFlight;

        Wait(long projectId, ProcessingPolls polls, Consumer<? super Content> onEachRead) {
            this.projectId = projectId;
            this.polls = polls;
            this.onEachRead = onEachRead;
            result.whenComplete((item, failure) -> {
                CompletableFuture<Content> request = inFlight;
                if (result.isCancelled() && request != null) {
                    request.cancel(false);
                }
            });
        }

        void follow(CompletableFuture<Content> request, int pollsDone) {
            inFlight = request;
            // A cancel between this request's start and the line above found the previous one in flight: cancel
            // this one here. (The cancel writes the result, then reads inFlight; this writes inFlight, then reads
            // the result: one of the two sees the other.)
            if (result.isCancelled()) {
                request.cancel(false);
            }
            request.whenComplete((item, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(UnwrappedFutures.unwrap(failure));
                } else {
                    answered(item, pollsDone);
                }
            });
        }

        private void answered(Content item, int pollsDone) {
            try {
                onEachRead.accept(item);
                Optional<Duration> wait = polls.afterRead(item, pollsDone);
                if (wait.isEmpty()) {
                    result.complete(item);
                    return;
                }
                executor.execute(() -> pollAfter(wait.get(), item.id(), pollsDone + 1));
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(new IllegalStateException("this BeyondWordsClient is closed", e));
            } catch (RuntimeException e) {
                // ended without audio, the deadline, or an item whose status cannot be read
                result.completeExceptionally(e);
            }
        }

        private void pollAfter(Duration wait, String id, int pollsDone) {
            try {
                client.sleeper().sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result.completeExceptionally(ProcessingPolls.interrupted(id, e));
                return;
            }
            if (!result.isDone()) { // cancelled during the wait: no further request
                follow(retrieve(projectId, id, ContentRetrieveParams.none(), polls.forRequest()), pollsDone);
            }
        }
    }
}
