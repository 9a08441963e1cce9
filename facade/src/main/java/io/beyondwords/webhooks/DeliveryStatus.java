package io.beyondwords.webhooks;

/** What {@link WebhookDeduplicator} makes of a delivery. */
public enum DeliveryStatus {
    /** The first delivery of this event: act on it. */
    NEW,
    /** The same event delivered again (BeyondWords retries until answered with a 2xx): answer 2xx, do nothing. */
    DUPLICATE,
    /**
     * An {@code audio.updated}, {@code audio.created} or {@code audio.error} of an item already reported deleted: a
     * late retry overtaken by the deletion. Answer 2xx; acting on it would bring back a deleted item.
     */
    STALE
}
