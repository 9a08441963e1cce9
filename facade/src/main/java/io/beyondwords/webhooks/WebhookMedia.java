package io.beyondwords.webhooks;

import io.beyondwords.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One generated file in a webhook payload's {@code media}: an {@code mp3} file or an {@code m3u8} (HLS) playlist.
 * Members are read on access as in {@link WebhookEvent}; an element that is not a JSON object makes every accessor
 * but {@link #json()} throw {@link UnreadableWebhookException}.
 */
public final class WebhookMedia {
    /** {@code content_type} of an MP3 file. */
    public static final String MP3 = "mp3";
    /** {@code content_type} of an HLS playlist. */
    public static final String M3U8 = "m3u8";

    private static final Set<String> KNOWN = Set.of("id", "content_type", "url", "duration");
    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);
    /** The most seconds whose nanoseconds a {@code long} holds (about 292 years). */
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Long.MAX_VALUE / 1_000_000_000L);

    private final JsonValue json;
    /** Where this element is in the payload, e.g. {@code media[1]}, for messages. */
    private final String path;

    WebhookMedia(JsonValue json, String path) {
        this.json = json;
        this.path = path;
    }

    /**
     * @return {@code id}, the file's id, as text whether sent as a number or a string
     * @throws UnreadableWebhookException if it was sent as neither, or this element is not an object
     */
    public Optional<String> id() {
        return WebhookPayload.textOrNumber(members(), "id", path + ".id");
    }

    /**
     * @return {@code content_type}: {@value #MP3} or {@value #M3U8} in the documented payloads (not a MIME type)
     * @throws UnreadableWebhookException if it is not text, or this element is not an object
     */
    public Optional<String> contentType() {
        return WebhookPayload.text(members(), "content_type", path + ".content_type");
    }

    /**
     * @return {@code url}, where the file can be fetched, as sent (the docs show it as a plain string)
     * @throws UnreadableWebhookException if it is not text, or this element is not an object
     */
    public Optional<String> url() {
        return WebhookPayload.text(members(), "url", path + ".url");
    }

    /**
     * The file's length. The payloads send seconds, whole ({@code 281}) or with a fraction ({@code 2.564622}); the
     * fraction is kept to the nanosecond.
     *
     * @return {@code duration}
     * @throws UnreadableWebhookException if it is not a non-negative number of seconds, or this element is not an
     *     object
     */
    public Optional<Duration> duration() {
        JsonValue value = members().get("duration");
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        BigDecimal seconds = value.asNumber()
                .filter(number -> number.signum() >= 0)
                .orElseThrow(() -> WebhookPayload.problem(path + ".duration", value, "a number of seconds"));
        // Compared before scaling: scaling 1e999999999 to nanoseconds would compute a billion-digit number.
        if (seconds.compareTo(MAX_SECONDS) > 0) {
            throw WebhookPayload.problem(path + ".duration", value, "a number of seconds a Duration can hold");
        }
        return Optional.of(Duration.ofNanos(
                seconds.multiply(NANOS_PER_SECOND).setScale(0, RoundingMode.HALF_UP).longValueExact()));
    }

    /**
     * @return the members this SDK version does not read, by name in the payload's order
     * @throws UnreadableWebhookException if this element is not an object
     */
    public Map<String, JsonValue> additionalProperties() {
        Map<String, JsonValue> unknown = new LinkedHashMap<>();
        members().forEach((name, value) -> {
            if (!KNOWN.contains(name)) {
                unknown.put(name, value);
            }
        });
        return Collections.unmodifiableMap(unknown);
    }

    /** @return the element as sent */
    public JsonValue json() {
        return json;
    }

    private Map<String, JsonValue> members() {
        return json.asObject().orElseThrow(() -> WebhookPayload.problem(path, json, "an object"));
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof WebhookMedia other && json.equals(other.json);
    }

    @Override
    public int hashCode() {
        return Objects.hash(json);
    }

    /** @return the element as compact JSON */
    @Override
    public String toString() {
        return json.toJson();
    }
}
