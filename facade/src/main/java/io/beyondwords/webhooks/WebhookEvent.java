package io.beyondwords.webhooks;

import io.beyondwords.JsonValue;
import io.beyondwords.content.ContentStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One webhook delivery from BeyondWords, typed by its {@code action_type}: {@link AudioUpdatedEvent},
 * {@link AudioErrorEvent}, {@link AudioDeletedEvent}, the older {@link AudioCreatedEvent}, or
 * {@link UnknownWebhookEvent} for a type this SDK version does not know.
 *
 * <p>The members are read from the payload on access, tolerantly, across the three documented payload generations:
 * an absent or {@code null} member is empty, a member in a form the SDK cannot read makes only its own accessor throw
 * {@link UnreadableWebhookException}, and members this SDK version does not know are kept in
 * {@link #additionalProperties()}. {@link #json()} is the payload as sent.
 *
 * <p>Use {@link WebhookReceiver} to check a delivery's headers before trusting it; {@link #parse(byte[])} alone
 * checks nothing.
 */
public sealed interface WebhookEvent
        permits AudioUpdatedEvent, AudioErrorEvent, AudioDeletedEvent, AudioCreatedEvent, UnknownWebhookEvent {

    /**
     * Reads a webhook body as received (the raw bytes, UTF-8), without checking where it came from.
     *
     * @param body the request body
     * @return the event its {@code action_type} names
     * @throws UnreadableWebhookException if the body is not a JSON object
     */
    static WebhookEvent parse(byte[] body) {
        Objects.requireNonNull(body, "body");
        return of(WebhookPayload.parse(body));
    }

    /**
     * Reads a webhook body as received, without checking where it came from.
     *
     * @param body the request body as text
     * @return the event its {@code action_type} names
     * @throws UnreadableWebhookException if the body is not a JSON object
     */
    static WebhookEvent parse(String body) {
        Objects.requireNonNull(body, "body");
        return parse(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The event a payload's {@code action_type} names.
     *
     * @param payload the payload
     * @return the typed event; {@link UnknownWebhookEvent} if the type is absent, not text, or not known
     */
    static WebhookEvent of(WebhookPayload payload) {
        Objects.requireNonNull(payload, "payload");
        String type = payload.json().member("action_type").flatMap(JsonValue::asString).orElse("");
        return switch (type) {
            case AudioUpdatedEvent.ACTION_TYPE -> new AudioUpdatedEvent(payload);
            case AudioErrorEvent.ACTION_TYPE -> new AudioErrorEvent(payload);
            case AudioDeletedEvent.ACTION_TYPE -> new AudioDeletedEvent(payload);
            case AudioCreatedEvent.ACTION_TYPE -> new AudioCreatedEvent(payload);
            default -> new UnknownWebhookEvent(payload);
        };
    }

    /** @return the delivery's members */
    WebhookPayload payload();

    /** @return the event's {@code action_type}, e.g. {@code audio.updated} */
    String actionType();

    /**
     * @return the content item's id ({@code id}), as text whether sent as a number or a string
     * @throws UnreadableWebhookException if it was sent as neither
     */
    default Optional<String> id() {
        return payload().id();
    }

    /**
     * @return the project's id ({@code project_id}), as text
     * @throws UnreadableWebhookException if it was sent as neither text nor a number
     */
    default Optional<String> projectId() {
        return payload().projectId();
    }

    /**
     * @return the content item's {@code source_id}: the payload's {@code external_id} (or {@code source_id})
     * @throws UnreadableWebhookException if it was sent as neither text nor a number
     */
    default Optional<String> sourceId() {
        return payload().sourceId();
    }

    /**
     * @return the content item's title ({@code title}; newest payload generation)
     * @throws UnreadableWebhookException if it is not text
     */
    default Optional<String> title() {
        return payload().title();
    }

    /**
     * @return where the content item's processing stands ({@code state}), e.g. {@link ContentStatus#PROCESSED}
     * @throws UnreadableWebhookException if it is not text
     */
    default Optional<ContentStatus> state() {
        return payload().state();
    }

    /**
     * @return the generated files ({@code media}); empty if there are none
     * @throws UnreadableWebhookException if the member is not a list
     */
    default List<WebhookMedia> media() {
        return payload().media();
    }

    /** @return the content item's free-form {@code metadata} */
    default Optional<JsonValue> metadata() {
        return payload().metadata();
    }

    /**
     * @return the content item's image ({@code image_url}), as sent
     * @throws UnreadableWebhookException if it is not text
     */
    default Optional<String> imageUrl() {
        return payload().imageUrl();
    }

    /**
     * @return whether the content item is deleted ({@code deleted})
     * @throws UnreadableWebhookException if it is not a boolean
     */
    default Optional<Boolean> deleted() {
        return payload().deleted();
    }

    /**
     * @return whether the content item is published ({@code published})
     * @throws UnreadableWebhookException if it is not a boolean
     */
    default Optional<Boolean> published() {
        return payload().published();
    }

    /** @return the members this SDK version does not know, by name in the payload's order */
    default Map<String, JsonValue> additionalProperties() {
        return payload().additionalProperties();
    }

    /** @return the whole payload as sent */
    default JsonValue json() {
        return payload().json();
    }
}
