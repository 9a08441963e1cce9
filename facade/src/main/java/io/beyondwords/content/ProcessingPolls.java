package io.beyondwords.content;

import io.beyondwords.ClientOptions;
import io.beyondwords.RequestOptions;
import io.beyondwords.errors.ApiConnectionException;
import io.beyondwords.errors.ApiTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One wait for a content item's processing, as both {@link ContentProcessing} implementations run it: what each
 * status means, how long to wait between polls, and the deadline the whole wait must end by.
 */
final class ProcessingPolls {
    /** The waits between polls: 1, 2, 4 and 8 seconds, then 10 seconds for every later one. */
    static final List<Duration> WAITS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
            Duration.ofSeconds(8), Duration.ofSeconds(10));

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

    /**
     * What one read of the item means for the wait.
     *
     * @param item the item as just read
     * @param pollsDone how many polls came before this read (0 for the create's or the first retrieve's answer)
     * @return empty if it is processed (the answer); otherwise how long to wait before polling again, for a status
     *     still on its way, no status, or a status this SDK version does not know
     * @throws ContentProcessingException if processing ended without audio ({@code error}, {@code skipped})
     * @throws ApiTimeoutException if waiting and polling again would end after the deadline
     */
    Optional<Duration> afterRead(Content item, int pollsDone) {
        ContentStatus status = item.status().orElse(null);
        if (ContentStatus.PROCESSED.equals(status)) {
            return Optional.empty();
        }
        if (ContentStatus.ERROR.equals(status) || ContentStatus.SKIPPED.equals(status)) {
            throw failed(item);
        }
        Duration wait = WAITS.get(Math.min(pollsDone, WAITS.size() - 1));
        if (!deadline.isZero() && elapsed().plus(wait).compareTo(deadline) >= 0) {
            throw timeout(item);
        }
        return Optional.of(wait);
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

    private static ContentProcessingException failed(Content item) {
        return new ContentProcessingException("content item " + item.id() + "'s processing ended in status '"
                + item.status().map(ContentStatus::value).orElse("?") + "' without audio", item);
    }

    private ApiTimeoutException timeout(Content last) {
        String status = last.status().map(s -> "'" + s.value() + "'" + (s.isKnown() ? "" : " (a status this SDK version"
                + " does not know)")).orElse("none");
        return new ApiTimeoutException("content item " + last.id() + " was not processed within the deadline of "
                + deadline + " (waited " + elapsed().withNanos(0) + "; last status " + status + ")", null, false);
    }

    /** @return what a wait interrupted before polling {@code id} again throws; the caller keeps the flag set */
    static ApiConnectionException interrupted(String id, InterruptedException e) {
        return new ApiConnectionException("interrupted while waiting for content item " + id + " to be processed", e,
                false);
    }

    private Duration elapsed() {
        return Duration.between(start, clock.instant());
    }
}
