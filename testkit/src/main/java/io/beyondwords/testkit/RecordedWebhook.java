package io.beyondwords.testkit;

import java.net.URI;
import java.time.Duration;

/**
 * One attempt of the stand-in to deliver a webhook event.
 *
 * @param url        where it was POSTed
 * @param actionType the event, e.g. {@code audio.updated}
 * @param contentId  the content item's id
 * @param body       the JSON body sent
 * @param attempt    1 for the first attempt of this event to this URL, then 2, 3, ...
 * @param waited     the backoff waited before this attempt ({@link Duration#ZERO} for the first)
 * @param status     the receiver's status, or {@code 0} when it gave none (refused, timed out, reset)
 * @param failure    why no status came (e.g. {@code timeout}), or {@code null} when one did
 */
public record RecordedWebhook(URI url, String actionType, String contentId, String body, int attempt,
        Duration waited, int status, String failure) {

    /** @return whether the receiver answered with a 2xx status, which ends the retries */
    public boolean delivered() {
        return status >= 200 && status < 300;
    }
}
