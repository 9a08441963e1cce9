package io.beyondwords.backgroundtracks;

import io.beyondwords.internal.json.ApiUrls;
import io.beyondwords.internal.json.ValueFailures;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A background track's audio file. Immutable value. */
public final class Media {
    /** {@link UriText} vouched for the text, so reading it cannot fail. */
    private static final ValueFailures CERTAINLY_VALID =
            problem -> new IllegalStateException("UriText accepted what URI rejects: " + problem.getMessage());

    private final String urlText;
    /**
     * Read from {@link #urlText} on first access: always for a value from the server, and for a value built from
     * text {@link UriText} vouches for. URI is immutable, so two threads racing here at worst both parse the text.
     */
    private URI url;
    /** How an unreadable URL is reported on first access; {@code null} once {@link #url} is set. */
    private final ValueFailures failures;
    private final Duration duration;
    private final Map<String, String> additionalProperties;

    /** For the builder, and for the response mapper through {@link BackgroundTrack}'s access. */
    Media(String urlText, URI url, Duration duration, ValueFailures failures,
            Map<String, String> additionalProperties) {
        this.urlText = urlText;
        this.url = url;
        this.duration = duration;
        this.failures = failures;
        this.additionalProperties = additionalProperties;
    }

    /** @return a builder; {@code url} is required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value */
    public Builder toBuilder() {
        Builder b = new Builder().duration(duration).additionalProperties(additionalProperties);
        b.urlText = urlText; // as received: a URL not read yet stays unread
        b.url = url;
        b.failures = failures;
        return b;
    }

    /**
     * The server's text is read on the first call and kept, so a page costs no URL parsing until a URL is wanted.
     *
     * @return where the audio file can be fetched
     * @throws io.beyondwords.errors.InvalidResponseException if the server sent text that is not a URL; the message
     *     names the field and the value, and the exception carries the response's status and request id
     */
    public URI url() {
        URI value = url;
        if (value == null) {
            value = ApiUrls.READING.readOrThrow(urlText, failures, "the response", "media.url");
            url = value;
        }
        return value;
    }

    /** @return the audio's length (sent in milliseconds), if the server sent it */
    public Optional<Duration> duration() {
        return Optional.ofNullable(duration);
    }

    /**
     * Members the server sent that this SDK version does not know, by name, each value as JSON text.
     *
     * @return an unmodifiable map in the server's order; empty if none
     */
    public Map<String, String> additionalProperties() {
        return additionalProperties;
    }

    /** Equal when the URLs' texts are equal (as {@link URI#equals} would need them parsed). */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Media)) {
            return false;
        }
        Media that = (Media) o;
        return urlText.equals(that.urlText) && Objects.equals(duration, that.duration)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(urlText, duration, additionalProperties);
    }

    @Override
    public String toString() {
        return "Media{url=" + urlText + ", duration=" + duration
                + (additionalProperties.isEmpty() ? "" : ", additionalProperties=" + additionalProperties) + '}';
    }

    /** Builds a {@link Media}. Not thread-safe. */
    public static final class Builder {
        private String urlText;
        private URI url;
        private ValueFailures failures;
        private Duration duration;
        private Map<String, String> additionalProperties = Map.of();

        private Builder() {
        }

        /** @param url where the audio can be fetched @return this builder */
        public Builder url(URI url) {
            this.url = Objects.requireNonNull(url, "url");
            this.urlText = url.toString();
            this.failures = null;
            return this;
        }

        /**
         * @param url where the audio can be fetched, as text
         * @return this builder
         * @throws IllegalArgumentException if the text is not a URI
         */
        public Builder url(String url) {
            Objects.requireNonNull(url, "url");
            // Text of a plainly valid shape is parsed only if url() is called; anything else is parsed (and rejected
            // if invalid) now, so a value built in code never fails later.
            boolean certain = UriText.certainlyValid(url);
            this.url = certain ? null : URI.create(url);
            this.urlText = url;
            this.failures = certain ? CERTAINLY_VALID : null;
            return this;
        }

        /** @param duration the audio's length, or {@code null} if unknown @return this builder */
        public Builder duration(Duration duration) {
            this.duration = duration;
            return this;
        }

        /** @param additionalProperties unknown members as JSON text; default none @return this builder */
        public Builder additionalProperties(Map<String, String> additionalProperties) {
            this.additionalProperties = Objects.requireNonNull(additionalProperties, "additionalProperties");
            return this;
        }

        /** @return the value @throws IllegalStateException if {@code url} was not set */
        public Media build() {
            if (urlText == null) {
                throw new IllegalStateException("Media.Builder: url is required");
            }
            return new Media(urlText, url, duration, failures, AdditionalProperties.copyOf(additionalProperties));
        }
    }
}
