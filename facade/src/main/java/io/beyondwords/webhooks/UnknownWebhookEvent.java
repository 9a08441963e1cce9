package io.beyondwords.webhooks;

import io.beyondwords.JsonValue;
import java.util.Objects;

/**
 * An event whose {@code action_type} this SDK version does not know (or a payload without one). Nothing is lost: the
 * whole payload is in {@link #payload()}, and {@link #json()} gives it as sent.
 *
 * @param payload the delivery's members
 */
public record UnknownWebhookEvent(WebhookPayload payload) implements WebhookEvent {
    /**
     * @param payload the delivery's members, not {@code null}
     */
    public UnknownWebhookEvent {
        Objects.requireNonNull(payload, "payload");
    }

    /** @return the {@code action_type} as sent, or an empty string if the payload has none that is text */
    @Override
    public String actionType() {
        return payload.json().member("action_type").flatMap(JsonValue::asString).orElse("");
    }
}
