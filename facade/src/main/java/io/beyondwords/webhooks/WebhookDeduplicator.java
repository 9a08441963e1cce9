package io.beyondwords.webhooks;

import io.beyondwords.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells a webhook event's first delivery from its repeats and from late ones. BeyondWords delivers at least once: it
 * retries a delivery not answered with a 2xx (or timed out) with backoff, so the same event can arrive twice, and a
 * retried {@code audio.updated} can arrive after the item's {@code audio.deleted}. No event or delivery id is
 * documented, so an event is known by what it says: the project, the content item ({@code id}, else its source id),
 * the {@code action_type}, the content {@code state} and its media URLs. A regeneration that produces new audio
 * URLs is therefore a new event; one that sends the very same payload again is taken for a duplicate.
 *
 * <p>Check an event after {@link WebhookReceiver} accepted it and before acting on it; act only on
 * {@link DeliveryStatus#NEW}. A delivery whose handling fails after the check is not retried by this class's
 * reckoning: to have BeyondWords' retry handled again, check only once handling succeeded, or use a store that can
 * forget a key. Thread-safe when its store is.
 */
public final class WebhookDeduplicator {
    /** How many keys {@link #inMemory()} remembers. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final DeliveryStore store;

    private WebhookDeduplicator(DeliveryStore store) {
        this.store = store;
    }

    /**
     * @return a de-duplicator remembering the last {@value #DEFAULT_CAPACITY} events in this process's memory
     */
    public static WebhookDeduplicator inMemory() {
        return new WebhookDeduplicator(DeliveryStore.inMemory(DEFAULT_CAPACITY));
    }

    /**
     * @param store where to remember events, e.g. one shared by every instance of the receiving application
     * @return a de-duplicator over it
     */
    public static WebhookDeduplicator using(DeliveryStore store) {
        return new WebhookDeduplicator(Objects.requireNonNull(store, "store"));
    }

    /**
     * Records a delivery and says whether to act on it. An event naming no item (neither {@code id} nor a source id)
     * cannot be recognised again and is always {@link DeliveryStatus#NEW}.
     *
     * @param event an accepted event
     * @return {@link DeliveryStatus#NEW} the first time, {@link DeliveryStatus#DUPLICATE} after that, or
     *     {@link DeliveryStatus#STALE} for an update of an item already deleted
     */
    public DeliveryStatus check(WebhookEvent event) {
        Objects.requireNonNull(event, "event");
        JsonValue json = event.json();
        Optional<String> id = raw(json, "id");
        Optional<String> item = id.isPresent() ? id.map(text -> "id=" + text)
                : raw(json, "external_id").or(() -> raw(json, "source_id")).map(text -> "source=" + text);
        if (item.isEmpty()) {
            return DeliveryStatus.NEW;
        }
        String project = raw(json, "project_id").orElse("");
        // Only an item's id is never reused; a source id may name a new item after the old one was deleted.
        String deletion = "deleted|" + project + "|" + id.orElse("");
        if (event instanceof AudioDeletedEvent) {
            return store.add(hashed(id.isPresent() ? deletion : "deleted|" + project + "|" + item.get()))
                    ? DeliveryStatus.NEW : DeliveryStatus.DUPLICATE;
        }
        boolean update = event instanceof AudioUpdatedEvent || event instanceof AudioCreatedEvent
                || event instanceof AudioErrorEvent;
        if (update && id.isPresent() && store.contains(hashed(deletion))) {
            return DeliveryStatus.STALE;
        }
        String key = event.actionType() + "|" + project + "|" + item.get() + "|" + raw(json, "state").orElse("")
                + "|" + mediaUrls(json);
        return store.add(hashed(key)) ? DeliveryStatus.NEW : DeliveryStatus.DUPLICATE;
    }

    /**
     * The key a store sees: a SHA-256 digest of the event's identity, in base64url (43 characters), so that keys have
     * one short length whatever the payload holds.
     */
    private static String hashed(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A member's JSON as sent, so that a malformed member still makes a key. */
    private static Optional<String> raw(JsonValue json, String name) {
        return json.member(name).filter(value -> !value.isNull())
                .map(value -> value.asString().orElseGet(value::toJson));
    }

    private static String mediaUrls(JsonValue json) {
        List<JsonValue> media = json.member("media").flatMap(JsonValue::asArray).orElse(List.of());
        StringBuilder urls = new StringBuilder();
        for (JsonValue file : media) {
            file.member("url").ifPresent(url -> urls.append(url.asString().orElseGet(url::toJson)).append(' '));
        }
        return urls.toString();
    }
}
