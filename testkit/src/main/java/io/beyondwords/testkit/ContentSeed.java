package io.beyondwords.testkit;

import com.google.gson.JsonObject;
import java.util.Objects;
import java.util.Set;

/**
 * Describes a content item to put into a {@link BeyondWordsStandIn} directly, without an HTTP request, via
 * {@link BeyondWordsStandIn#addContent(long, ContentSeed)}.
 *
 * <pre>{@code
 * standIn.addContent(BeyondWordsStandIn.DEFAULT_PROJECT_ID,
 *         ContentSeed.titled("Rain on Tuesday").sourceId("weather-1").sourceUrl("https://example.com/weather/1"));
 * }</pre>
 *
 * <p>A seeded item has the status it was given (default {@code processed}, with audio) and keeps it: polls do not move
 * it. Seeds bypass request validation, but a {@code source_id} must still be unique within the project.
 */
public final class ContentSeed {

    private static final Set<String> STATUSES = Set.of("draft", "queued", "processing", "processed", "skipped",
            "error");

    private final JsonObject members = new JsonObject();
    private String status = "processed";

    private ContentSeed(String title) {
        members.addProperty("title", Objects.requireNonNull(title, "title"));
    }

    /**
     * Starts a seed for an item with this title (HTML or plain text), status {@code processed}.
     *
     * @param title the item's title
     * @return a new seed
     */
    public static ContentSeed titled(String title) {
        return new ContentSeed(title);
    }

    /**
     * Sets the body (HTML).
     *
     * @param body the body
     * @return this seed
     */
    public ContentSeed body(String body) {
        return put("body", body);
    }

    /**
     * Sets your own id for the item; it must be unique within the project.
     *
     * @param sourceId the item's {@code source_id}
     * @return this seed
     */
    public ContentSeed sourceId(String sourceId) {
        return put("source_id", sourceId);
    }

    /**
     * Sets the page the item comes from.
     *
     * @param sourceUrl the page's URL
     * @return this seed
     */
    public ContentSeed sourceUrl(String sourceUrl) {
        return put("source_url", sourceUrl);
    }

    /**
     * Sets the author.
     *
     * @param author the author
     * @return this seed
     */
    public ContentSeed author(String author) {
        return put("author", author);
    }

    /**
     * Sets the status, one of {@code draft}, {@code queued}, {@code processing}, {@code processed}, {@code skipped},
     * {@code error} (openapi.yaml's list). Only a {@code processed} item has audio.
     *
     * @param status the status
     * @return this seed
     * @throws IllegalArgumentException for any other status
     */
    public ContentSeed status(String status) {
        if (!STATUSES.contains(Objects.requireNonNull(status, "status"))) {
            throw new IllegalArgumentException("a content status is one of " + STATUSES + ", not " + status);
        }
        this.status = status;
        return this;
    }

    private ContentSeed put(String member, String value) {
        members.addProperty(member, Objects.requireNonNull(value, member));
        return this;
    }

    String status() {
        return status;
    }

    JsonObject members() {
        return members.deepCopy();
    }
}
