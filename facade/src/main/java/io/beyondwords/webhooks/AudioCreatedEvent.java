package io.beyondwords.webhooks;

import java.util.Objects;

/**
 * The {@code audio.created} event. New audio was generated: the oldest documented payload generation's event, later folded into {@code audio.updated}; handle both alike.
 *
 * @param payload the delivery's members
 */
public record AudioCreatedEvent(WebhookPayload payload) implements WebhookEvent {
    /** The event's {@code action_type}. */
    public static final String ACTION_TYPE = "audio.created";

    /**
     * @param payload the delivery's members, not {@code null}
     */
    public AudioCreatedEvent {
        Objects.requireNonNull(payload, "payload");
    }

    /** @return {@value #ACTION_TYPE} */
    @Override
    public String actionType() {
        return ACTION_TYPE;
    }
}
