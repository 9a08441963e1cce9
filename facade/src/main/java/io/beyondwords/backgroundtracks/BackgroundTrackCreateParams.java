package io.beyondwords.backgroundtracks;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What {@link BackgroundTrackService#create} sends. Immutable; the builder rejects what is certainly invalid before
 * any request: a missing or blank name, a negative volume, a media URL that is not an absolute http(s) URL.
 *
 * <pre>{@code
 * BackgroundTrackCreateParams.builder().name("Calm piano").mediaUrl("https://example.com/piano.mp3").volume(80).build();
 * }</pre>
 */
public final class BackgroundTrackCreateParams {
    private static final String OWNER = "BackgroundTrackCreateParams";

    private final String name;
    private final Integer volume;
    private final Long projectId;
    private final URI mediaUrl;

    private BackgroundTrackCreateParams(Builder b) {
        this.name = b.name;
        this.volume = b.volume;
        this.projectId = b.projectId;
        this.mediaUrl = b.mediaUrl;
    }

    /** @return a new builder; {@code name} is required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these params */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.volume = volume;
        b.projectId = projectId;
        b.mediaUrl = mediaUrl;
        return b;
    }

    /** @return the track's name */
    public String name() {
        return name;
    }

    /** @return the playback volume in percent, if set (the server's default otherwise) */
    public OptionalInt volume() {
        return volume == null ? OptionalInt.empty() : OptionalInt.of(volume);
    }

    /** @return the project to attach the track to, if set (organisation-wide otherwise) */
    public OptionalLong projectId() {
        return projectId == null ? OptionalLong.empty() : OptionalLong.of(projectId);
    }

    /** @return the URL the API downloads the audio from, if set */
    public Optional<URI> mediaUrl() {
        return Optional.ofNullable(mediaUrl);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BackgroundTrackCreateParams)) {
            return false;
        }
        BackgroundTrackCreateParams that = (BackgroundTrackCreateParams) o;
        return name.equals(that.name) && Objects.equals(volume, that.volume)
                && Objects.equals(projectId, that.projectId) && Objects.equals(mediaUrl, that.mediaUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, volume, projectId, mediaUrl);
    }

    @Override
    public String toString() {
        return OWNER + "{name=" + name + ", volume=" + volume + ", projectId=" + projectId + ", mediaUrl=" + mediaUrl
                + '}';
    }

    /** Builds {@link BackgroundTrackCreateParams}. Not thread-safe. */
    public static final class Builder {
        private String name;
        private Integer volume;
        private Long projectId;
        private URI mediaUrl;

        private Builder() {
        }

        /** @param name the track's name; required, not blank @return this builder */
        public Builder name(String name) {
            this.name = TrackFieldRules.name(name, OWNER);
            return this;
        }

        /** @param volume playback volume in percent, 0 or more; default: the server's @return this builder */
        public Builder volume(int volume) {
            this.volume = TrackFieldRules.volume(volume, OWNER);
            return this;
        }

        /** @param projectId the project to attach the track to; default none @return this builder */
        public Builder projectId(long projectId) {
            this.projectId = projectId;
            return this;
        }

        /** @param mediaUrl an absolute http(s) URL of the audio file @return this builder */
        public Builder mediaUrl(String mediaUrl) {
            this.mediaUrl = TrackFieldRules.mediaUrl(mediaUrl, OWNER);
            return this;
        }

        /** @param mediaUrl an absolute http(s) URL of the audio file @return this builder */
        public Builder mediaUrl(URI mediaUrl) {
            this.mediaUrl = TrackFieldRules.mediaUrl(mediaUrl, OWNER);
            return this;
        }

        /** @return the params @throws IllegalStateException if {@code name} was not set */
        public BackgroundTrackCreateParams build() {
            if (name == null) {
                throw new IllegalStateException(OWNER + ": name is required");
            }
            return new BackgroundTrackCreateParams(this);
        }
    }
}
