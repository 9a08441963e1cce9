package io.beyondwords;

import io.beyondwords.backgroundtracks.BackgroundTrackServiceAsync;
import io.beyondwords.internal.backgroundtracks.AsyncBackgroundTrackService;
import io.beyondwords.internal.backgroundtracks.BackgroundTrackOperations;

/**
 * The asynchronous view of a {@link BeyondWordsClient}: the same operations returning
 * {@link java.util.concurrent.CompletableFuture}. Calls run on the client's dispatcher threads, retries and their
 * waits included, never on the caller's thread. A failed call completes its future exceptionally with the same
 * exception the synchronous method would throw ({@code join()} wraps it in a
 * {@link java.util.concurrent.CompletionException}). Cancelling a future cancels its HTTP call.
 */
public final class BeyondWordsClientAsync {
    private final BeyondWordsClient sync;
    private final BackgroundTrackServiceAsync backgroundTracks;

    BeyondWordsClientAsync(BeyondWordsClient sync, BackgroundTrackOperations backgroundTrackOperations) {
        this.sync = sync;
        this.backgroundTracks = new AsyncBackgroundTrackService(backgroundTrackOperations);
    }

    /** @return the background tracks API, asynchronous */
    public BackgroundTrackServiceAsync backgroundTracks() {
        return backgroundTracks;
    }

    /** @return the synchronous client this view belongs to */
    public BeyondWordsClient sync() {
        return sync;
    }

    @Override
    public String toString() {
        return "BeyondWordsClientAsync{" + sync.options() + '}';
    }
}
