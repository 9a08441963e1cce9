package io.beyondwords.webhooks;

import io.beyondwords.InvalidJsonException;
import io.beyondwords.JsonValue;
import io.beyondwords.content.ContentStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The members of one webhook delivery, read on access from the JSON object as sent. Immutable; equal when the JSON
 * is. See {@link WebhookEvent} for how members are read.
 */
public final class WebhookPayload {
    /** The members this type reads; every other member is in {@link #additionalProperties()}. */
    private static final Set<String> KNOWN = Set.of("id", "title", "project_id", "external_id", "source_id", "state",
            "metadata", "media", "image_url", "deleted", "published", "action_type");

    private final JsonValue json;
    private final Map<String, JsonValue> members;

    private WebhookPayload(JsonValue json) {
        this.json = json;
        this.members = json.asObject().orElseThrow();
    }

    /**
     * Reads a webhook body as received.
     *
     * @param body the raw bytes (UTF-8)
     * @return the payload
     * @throws UnreadableWebhookException if the body is not a JSON object
     */
    public static WebhookPayload parse(byte[] body) {
        Objects.requireNonNull(body, "body");
        JsonValue json;
        try {
            json = JsonValue.parse(body);
        } catch (InvalidJsonException e) {
            throw new UnreadableWebhookException("the webhook body is not JSON: " + e.getMessage());
        }
        return of(json);
    }

    /**
     * A payload from a JSON object, e.g. one built in a test.
     *
     * @param json a JSON object
     * @return the payload
     * @throws UnreadableWebhookException if {@code json} is not an object
     */
    public static WebhookPayload of(JsonValue json) {
        Objects.requireNonNull(json, "json");
        if (json.kind() != JsonValue.Kind.OBJECT) {
            throw new UnreadableWebhookException("the webhook body is a JSON " + kindName(json) + ", not an object");
        }
        return new WebhookPayload(json);
    }

    /**
     * @return {@code action_type}, e.g. {@code audio.updated}
     * @throws UnreadableWebhookException if it is not text
     */
    public Optional<String> actionType() {
        return text("action_type");
    }

    /**
     * @return {@code id}, the content item's id, as text whether sent as a number or a string
     * @throws UnreadableWebhookException if it was sent as neither
     */
    public Optional<String> id() {
        return textOrNumber("id");
    }

    /**
     * @return {@code project_id}, as text whether sent as a string or a number
     * @throws UnreadableWebhookException if it was sent as neither
     */
    public Optional<String> projectId() {
        return textOrNumber("project_id");
    }

    /**
     * The content item's {@code source_id}. The documented payloads name the member {@code external_id}; the newest
     * docs page calls it {@code source_id}, so that name is read too (first, when both are present).
     *
     * @return the source id
     * @throws UnreadableWebhookException if it was sent as neither text nor a number
     */
    public Optional<String> sourceId() {
        Optional<String> sourceId = textOrNumber("source_id");
        return sourceId.isPresent() ? sourceId : textOrNumber("external_id");
    }

    /**
     * @return {@code title}
     * @throws UnreadableWebhookException if it is not text
     */
    public Optional<String> title() {
        return text("title");
    }

    /**
     * @return {@code state}, the content item's status, e.g. {@link ContentStatus#PROCESSED}; a value this SDK
     *     version does not list is kept ({@link ContentStatus#isKnown()} is false)
     * @throws UnreadableWebhookException if it is not text
     */
    public Optional<ContentStatus> state() {
        return text("state").map(ContentStatus::of);
    }

    /**
     * @return {@code media}, the generated files; empty if absent or {@code null}. An element that is not an object
     *     fails only that element's accessors
     * @throws UnreadableWebhookException if the member is not a list
     */
    public List<WebhookMedia> media() {
        JsonValue value = members.get("media");
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<JsonValue> elements = value.asArray().orElseThrow(() -> problem("media", value, "a list"));
        List<WebhookMedia> media = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            media.add(new WebhookMedia(elements.get(i), "media[" + i + "]"));
        }
        return Collections.unmodifiableList(media);
    }

    /** @return {@code metadata}, free-form JSON; empty if absent or {@code null} */
    public Optional<JsonValue> metadata() {
        JsonValue value = members.get("metadata");
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /**
     * @return {@code image_url}, as sent (the docs show it as a plain string, so it is not parsed)
     * @throws UnreadableWebhookException if it is not text
     */
    public Optional<String> imageUrl() {
        return text(members, "image_url", "image_url");
    }

    /**
     * @return {@code deleted}: {@code true} on {@code audio.deleted} in the documented example
     * @throws UnreadableWebhookException if it is not a boolean
     */
    public Optional<Boolean> deleted() {
        return bool("deleted");
    }

    /**
     * @return {@code published}
     * @throws UnreadableWebhookException if it is not a boolean
     */
    public Optional<Boolean> published() {
        return bool("published");
    }

    /** @return the members this SDK version does not read, by name in the payload's order */
    public Map<String, JsonValue> additionalProperties() {
        Map<String, JsonValue> unknown = new LinkedHashMap<>();
        members.forEach((name, value) -> {
            if (!KNOWN.contains(name)) {
                unknown.put(name, value);
            }
        });
        return Collections.unmodifiableMap(unknown);
    }

    /** @return the payload as sent, a JSON object */
    public JsonValue json() {
        return json;
    }

    private Optional<String> text(String name) {
        return text(members, name, name);
    }

    private Optional<String> textOrNumber(String name) {
        return textOrNumber(members, name, name);
    }

    private Optional<Boolean> bool(String name) {
        JsonValue value = members.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.asBoolean().orElseThrow(() -> problem(name, value, "true or false")));
    }

    static Optional<String> text(Map<String, JsonValue> members, String name, String path) {
        JsonValue value = members.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.asString().orElseThrow(() -> problem(path, value, "text")));
    }

    static Optional<String> textOrNumber(Map<String, JsonValue> members, String name, String path) {
        JsonValue value = members.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.kind() == JsonValue.Kind.NUMBER) {
            BigDecimal number = value.asNumber().orElseThrow();
            // An id such as 1e999999999 would be a billion digits as plain text; such a number keeps its E form.
            return Optional.of(Math.abs((long) number.scale()) <= 100 ? number.toPlainString() : number.toString());
        }
        return Optional.of(value.asString().orElseThrow(() -> problem(path, value, "text or a number")));
    }

    /** The problem with one member, naming it and showing the start of what was sent. */
    static UnreadableWebhookException problem(String path, JsonValue value, String expected) {
        String shown = value.toJson();
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return new UnreadableWebhookException("the webhook payload's '" + path + "' is " + shown + ", not "
                + expected);
    }

    private static String kindName(JsonValue json) {
        return json.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof WebhookPayload other && json.equals(other.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    /** @return the payload as compact JSON */
    @Override
    public String toString() {
        return json.toJson();
    }
}
