package io.beyondwords.backgroundtracks;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A background track's audio file. Immutable value. */
public final class Media {
    private final String urlText;
    /** Parsed on first use when the text is of a shape that certainly parses; see {@link UriText}. */
    private URI url;
    private final Duration duration;
    private final Map<String, String> additionalProperties;

    private Media(Builder b) {
        this.urlText = b.urlText;
        this.url = b.url;
        this.duration = b.duration;
        this.additionalProperties = AdditionalProperties.copyOf(b.additionalProperties);
    }

    /** @return a builder; {@code url} is required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value */
    public Builder toBuilder() {
        Builder b = new Builder().duration(duration).additionalProperties(additionalProperties);
        b.urlText = urlText;
        b.url = url;
        return b;
    }

    /** @return where the audio file can be fetched */
    public URI url() {
        URI parsed = url;
        if (parsed == null) {
            // Cannot fail: the builder parsed eagerly any text UriText could not vouch for. URI is immutable, so a
            // race between threads here at worst parses twice.
            parsed = URI.create(urlText);
            url = parsed;
        }
        return parsed;
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
        private Duration duration;
        private Map<String, String> additionalProperties = Map.of();

        private Builder() {
        }

        /** @param url where the audio can be fetched @return this builder */
        public Builder url(URI url) {
            this.url = Objects.requireNonNull(url, "url");
            this.urlText = url.toString();
            return this;
        }

        /**
         * @param url where the audio can be fetched, as text
         * @return this builder
         * @throws IllegalArgumentException if the text is not a URI
         */
        public Builder url(String url) {
            Objects.requireNonNull(url, "url");
            // Parsing a URI costs more than reading the rest of a track, so text of a plainly valid shape is parsed
            // only if url() is called; anything else is parsed (and rejected if invalid) now.
            this.url = UriText.certainlyValid(url) ? null : URI.create(url);
            this.urlText = url;
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
            return new Media(this);
        }
    }
}
