package io.beyondwords.content;

import io.beyondwords.ClientOptions;
import io.beyondwords.RequestOptions;
import io.beyondwords.Sleeper;
import io.beyondwords.internal.transport.ApiTransport;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link ContentProcessing} on the caller's thread, on top of the generated service's own operations (the generated
 * {@code DefaultContentService} extends this class and supplies them).
 */
abstract class DefaultContentProcessing implements ContentProcessing {
    private final ClientOptions client;

    DefaultContentProcessing(ApiTransport transport) {
        this.client = transport.clientOptions();
    }

    abstract Content retrieve(long projectId, String id, ContentRetrieveParams params, RequestOptions options);

    abstract Content create(long projectId, ContentCreateParams params, RequestOptions options);

    @Override
    public Content waitUntilProcessed(long projectId, String id) {
        return waitUntilProcessed(projectId, id, RequestOptions.none());
    }

    @Override
    public Content waitUntilProcessed(long projectId, String id, RequestOptions options) {
        return waitUntilProcessed(projectId, id, options, item -> { });
    }

    @Override
    public Content waitUntilProcessed(long projectId, String id, RequestOptions options,
            Consumer<? super Content> onEachRead) {
        Objects.requireNonNull(onEachRead, "onEachRead");
        ProcessingPolls polls = ProcessingPolls.start(client, options);
        return waitFor(projectId, retrieve(projectId, id, ContentRetrieveParams.none(), polls.forRequest()), polls,
                onEachRead);
    }

    @Override
    public Content createAndWait(long projectId, ContentCreateParams params) {
        return createAndWait(projectId, params, RequestOptions.none());
    }

    @Override
    public Content createAndWait(long projectId, ContentCreateParams params, RequestOptions options) {
        ProcessingPolls polls = ProcessingPolls.start(client, options);
        return waitFor(projectId, create(projectId, params, polls.forRequest()), polls, item -> { });
    }

    /** @param item the item as last read: no request is sent if it says processing has ended */
    private Content waitFor(long projectId, Content item, ProcessingPolls polls, Consumer<? super Content> onEachRead) {
        Sleeper sleeper = client.sleeper();
        for (int pollsDone = 0; ; pollsDone++) {
            onEachRead.accept(item);
            Optional<Duration> wait = polls.afterRead(item, pollsDone);
            if (wait.isEmpty()) {
                return item;
            }
            try {
                sleeper.sleep(wait.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ProcessingPolls.interrupted(item.id(), e);
            }
            item = retrieve(projectId, item.id(), ContentRetrieveParams.none(), polls.forRequest());
        }
    }
}
