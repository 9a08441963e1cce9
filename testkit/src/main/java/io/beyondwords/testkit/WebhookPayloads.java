package io.beyondwords.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.math.BigDecimal;

/**
 * The body of a webhook delivery, in the newest documented payload generation: {@code id}, {@code title},
 * {@code project_id} (text), {@code external_id} (the item's {@code source_id}), {@code state}, {@code metadata},
 * {@code media} ({@code content_type} {@code mp3} or {@code m3u8}, {@code duration} in seconds), {@code published}
 * when the item has it, and {@code action_type}.
 */
final class WebhookPayloads {
    private WebhookPayloads() {
    }

    /**
     * @param actionType e.g. {@code audio.updated}
     * @param item the content item as the API shows it
     * @param projectId the item's project
     * @return the JSON body
     */
    static String of(String actionType, JsonObject item, String projectId) {
        JsonObject payload = new JsonObject();
        payload.add("id", item.get("id"));
        payload.add("title", orNull(item.get("title")));
        payload.addProperty("project_id", projectId);
        payload.add("external_id", orNull(item.get("source_id")));
        payload.add("state", orNull(item.get("status")));
        JsonElement metadata = item.get("metadata");
        payload.add("metadata", metadata == null || metadata.isJsonNull() ? new JsonObject() : metadata);
        JsonArray media = new JsonArray();
        JsonElement audio = item.get("audio");
        if (!"audio.deleted".equals(actionType) && audio != null && audio.isJsonArray()) {
            for (JsonElement file : audio.getAsJsonArray()) {
                media.add(media(file.getAsJsonObject()));
            }
        }
        payload.add("media", media);
        if (item.has("published")) {
            payload.add("published", item.get("published"));
        }
        payload.addProperty("action_type", actionType);
        return payload.toString();
    }

    /** The API's media file (MIME type, milliseconds) as a webhook shows it (mp3/m3u8, seconds). */
    private static JsonObject media(JsonObject file) {
        JsonObject media = new JsonObject();
        media.add("id", file.get("id"));
        String type = file.has("content_type") ? file.get("content_type").getAsString() : "";
        media.addProperty("content_type", type.contains("mpegurl") ? "m3u8" : "mp3");
        media.add("url", file.get("url"));
        if (file.has("duration")) {
            media.addProperty("duration", BigDecimal.valueOf(file.get("duration").getAsLong(), 3).stripTrailingZeros());
        }
        return media;
    }

    private static JsonElement orNull(JsonElement value) {
        return value == null ? JsonNull.INSTANCE : value;
    }
}
