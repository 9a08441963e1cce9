package io.beyondwords.webhooks;

import java.util.Objects;

/**
 * The {@code audio.deleted} event. A content item was deleted: {@code deleted} is {@code true} and {@code media} empty in the documented example.
 *
 * @param payload the delivery's members
 */
public record AudioDeletedEvent(WebhookPayload payload) implements WebhookEvent {
    /** The event's {@code action_type}. */
    public static final String ACTION_TYPE = "audio.deleted";

    /**
     * @param payload the delivery's members, not {@code null}
     */
    public AudioDeletedEvent {
        Objects.requireNonNull(payload, "payload");
    }

    /** @return {@value #ACTION_TYPE} */
    @Override
    public String actionType() {
        return ACTION_TYPE;
    }
}
