package io.beyondwords.content;

import io.beyondwords.ClientOptions;
import io.beyondwords.RequestOptions;
import io.beyondwords.errors.ApiTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One wait for a content item's processing, as both {@link ContentProcessing} implementations run it: what each
 * status means, how long to wait between polls, and the deadline the whole wait must end by.
 */
final class ProcessingPolls {
    /** The waits between polls: 1, 2, 4 and 8 seconds, then 10 seconds for every later one. */
    static final List<Duration> WAITS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
            Duration.ofSeconds(8), Duration.ofSeconds(10));

    /** What a status says about the wait. */
    enum Verdict {
        /** Processed: the answer. */
        DONE,
        /** Ended without audio: error or skipped. */
        FAILED,
        /** Still going, or a status this SDK version does not know. */
        WAITING
    }

    private final Clock clock;
    private final Instant start;
    /** The whole wait's limit; {@link Duration#ZERO} for none. */
    private final Duration deadline;
    private final RequestOptions options;

    private ProcessingPolls(Clock clock, Duration deadline, RequestOptions options) {
        this.clock = clock;
        this.start = clock.instant();
        this.deadline = deadline;
        this.options = options;
    }

    /**
     * @param client the client's settings (its clock, and its deadline unless the call sets one)
     * @param options the call's settings
     * @return a wait starting now
     */
    static ProcessingPolls start(ClientOptions client, RequestOptions options) {
        Objects.requireNonNull(options, "options");
        return new ProcessingPolls(client.clock(), options.deadline().orElse(client.deadline()), options);
    }

    static Verdict verdict(Content item) {
        ContentStatus status = item.status().orElse(null);
        if (ContentStatus.PROCESSED.equals(status)) {
            return Verdict.DONE;
        }
        if (ContentStatus.ERROR.equals(status) || ContentStatus.SKIPPED.equals(status)) {
            return Verdict.FAILED;
        }
        return Verdict.WAITING;
    }

    /** @return the call's settings for the next request: its deadline is what is left of the wait's */
    RequestOptions forRequest() {
        if (deadline.isZero()) {
            return options;
        }
        Duration left = deadline.minus(elapsed());
        // Never zero: that would mean no deadline at all. A request with a nanosecond left fails at once.
        return options.toBuilder().deadline(left.isNegative() || left.isZero() ? Duration.ofNanos(1) : left).build();
    }

    /** @param pollsDone how many polls have been answered @return how long to wait before the next */
    static Duration waitAfter(int pollsDone) {
        return WAITS.get(Math.min(pollsDone, WAITS.size() - 1));
    }

    /** @return whether waiting this long, then polling, would end after the deadline */
    boolean wouldOutlive(Duration wait) {
        return !deadline.isZero() && elapsed().plus(wait).compareTo(deadline) >= 0;
    }

    ContentProcessingException failed(Content item) {
        return new ContentProcessingException("content item " + item.id() + "'s processing ended in status '"
                + item.status().map(ContentStatus::value).orElse("?") + "' without audio", item);
    }

    ApiTimeoutException timeout(Content last) {
        String status = last.status().map(s -> "'" + s.value() + "'" + (s.isKnown() ? "" : " (a status this SDK version"
                + " does not know)")).orElse("none");
        return new ApiTimeoutException("content item " + last.id() + " was not processed within the deadline of "
                + deadline + " (waited " + elapsed().withNanos(0) + "; last status " + status + ")", null, false);
    }

    private Duration elapsed() {
        return Duration.between(start, clock.instant());
    }
}
