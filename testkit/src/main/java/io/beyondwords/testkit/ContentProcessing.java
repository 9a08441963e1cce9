package io.beyondwords.testkit;

/**
 * How a content item created over HTTP moves through its statuses: the create answers {@code draft}, each retrieve of
 * the item (by id or source_id) is one poll, and the {@code pollsUntilDone}-th poll answers the final status
 * ({@code processed}, or {@code error} when the stand-in was told to fail processing). The polls before it walk evenly
 * through {@code draft}, {@code queued} and {@code processing}: poll {@code k} answers stage
 * {@code floor(3k / pollsUntilDone)}. With the default of 3: draft, then queued, processing, processed.
 * With 0 the create itself answers the final status.
 *
 * <p>Each item keeps the rule in force when it was created, so changing the stand-in's setting later does not move
 * items already in flight.
 */
final class ContentProcessing {

    static final String PROCESSED = "processed";
    static final String ERROR = "error";

    private static final String[] STAGES = {"draft", "queued", "processing"};

    private final int pollsUntilDone;
    private final String finalStatus;
    private int polls;

    ContentProcessing(int pollsUntilDone, boolean endsInError) {
        if (pollsUntilDone < 0) {
            throw new IllegalArgumentException("pollsUntilProcessed must not be negative");
        }
        this.pollsUntilDone = pollsUntilDone;
        this.finalStatus = endsInError ? ERROR : PROCESSED;
    }

    /** The status now. */
    String status() {
        return polls >= pollsUntilDone ? finalStatus : STAGES[polls * STAGES.length / pollsUntilDone];
    }

    /** Counts one poll; returns whether the status changed. */
    boolean poll() {
        String before = status();
        if (polls < pollsUntilDone) {
            polls++;
        }
        return !before.equals(status());
    }

    boolean done() {
        return polls >= pollsUntilDone;
    }
}
