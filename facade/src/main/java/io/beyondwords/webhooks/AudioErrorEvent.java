package io.beyondwords.webhooks;

import java.util.Objects;

/**
 * The {@code audio.error} event. Generation of a content item's audio failed: {@code state} is normally {@code error}.
 *
 * @param payload the delivery's members
 */
public record AudioErrorEvent(WebhookPayload payload) implements WebhookEvent {
    /** The event's {@code action_type}. */
    public static final String ACTION_TYPE = "audio.error";

    /**
     * @param payload the delivery's members, not {@code null}
     */
    public AudioErrorEvent {
        Objects.requireNonNull(payload, "payload");
    }

    /** @return {@value #ACTION_TYPE} */
    @Override
    public String actionType() {
        return ACTION_TYPE;
    }
}
