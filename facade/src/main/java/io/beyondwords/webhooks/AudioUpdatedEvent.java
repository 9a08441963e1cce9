package io.beyondwords.webhooks;

import java.util.Objects;

/**
 * The {@code audio.updated} event. Audio (and/or video) generation or regeneration of a content item finished successfully: {@code state} is normally {@code processed} and {@code media} holds the files.
 *
 * @param payload the delivery's members
 */
public record AudioUpdatedEvent(WebhookPayload payload) implements WebhookEvent {
    /** The event's {@code action_type}. */
    public static final String ACTION_TYPE = "audio.updated";

    /**
     * @param payload the delivery's members, not {@code null}
     */
    public AudioUpdatedEvent {
        Objects.requireNonNull(payload, "payload");
    }

    /** @return {@value #ACTION_TYPE} */
    @Override
    public String actionType() {
        return ACTION_TYPE;
    }
}
