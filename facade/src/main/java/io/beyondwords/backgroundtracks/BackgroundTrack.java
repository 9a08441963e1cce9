package io.beyondwords.backgroundtracks;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A background track: a music bed that can play under generated audio. Immutable value with {@code equals},
 * {@code hashCode} and {@code toString}.
 */
public final class BackgroundTrack {
    private final long id;
    private final String name;
    private final int volume;
    private final ProjectRef project;
    private final Media media;
    private final Instant created;
    private final Instant updated;
    private final Map<String, String> additionalProperties;

    private BackgroundTrack(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.volume = b.volume;
        this.project = b.project;
        this.media = b.media;
        this.created = b.created;
        this.updated = b.updated;
        this.additionalProperties = AdditionalProperties.copyOf(b.additionalProperties);
    }

    /** @return a builder; every field but {@code project}, {@code media} and the additional properties is required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value, e.g. to derive a changed copy in a test */
    public Builder toBuilder() {
        Builder b = new Builder().id(id).name(name).volume(volume).created(created).updated(updated)
                .additionalProperties(additionalProperties);
        b.project = project;
        b.media = media;
        return b;
    }

    /** @return the track's unique id */
    public long id() {
        return id;
    }

    /** @return the track's name */
    public String name() {
        return name;
    }

    /** @return the playback volume, in percent */
    public int volume() {
        return volume;
    }

    /** @return the project the track belongs to; empty for an organisation-wide track */
    public Optional<ProjectRef> project() {
        return Optional.ofNullable(project);
    }

    /** @return the track's audio file, if the server sent one */
    public Optional<Media> media() {
        return Optional.ofNullable(media);
    }

    /** @return when the track was created */
    public Instant created() {
        return created;
    }

    /** @return when the track was last changed */
    public Instant updated() {
        return updated;
    }

    /**
     * Members the server sent that this SDK version does not know, by name, each value as JSON text (e.g.
     * {@code "\"abc\""}, {@code 42}, {@code {"a":1}}), so nothing the server sends is lost.
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
        if (!(o instanceof BackgroundTrack)) {
            return false;
        }
        BackgroundTrack that = (BackgroundTrack) o;
        return id == that.id && volume == that.volume && name.equals(that.name)
                && Objects.equals(project, that.project) && Objects.equals(media, that.media)
                && created.equals(that.created) && updated.equals(that.updated)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, volume, project, media, created, updated, additionalProperties);
    }

    @Override
    public String toString() {
        return "BackgroundTrack{id=" + id + ", name=" + name + ", volume=" + volume + ", project=" + project
                + ", media=" + media + ", created=" + created + ", updated=" + updated
                + (additionalProperties.isEmpty() ? "" : ", additionalProperties=" + additionalProperties) + '}';
    }

    /** Builds a {@link BackgroundTrack}. Not thread-safe. */
    public static final class Builder {
        private Long id;
        private String name;
        private Integer volume;
        private ProjectRef project;
        private Media media;
        private Instant created;
        private Instant updated;
        private Map<String, String> additionalProperties = Map.of();

        private Builder() {
        }

        /** @param id the track's id @return this builder */
        public Builder id(long id) {
            this.id = id;
            return this;
        }

        /** @param name the track's name @return this builder */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** @param volume playback volume in percent @return this builder */
        public Builder volume(int volume) {
            this.volume = volume;
            return this;
        }

        /** @param project the owning project, or {@code null} for none @return this builder */
        public Builder project(ProjectRef project) {
            this.project = project;
            return this;
        }

        /** @param media the audio file, or {@code null} for none @return this builder */
        public Builder media(Media media) {
            this.media = media;
            return this;
        }

        /** @param created when the track was created @return this builder */
        public Builder created(Instant created) {
            this.created = Objects.requireNonNull(created, "created");
            return this;
        }

        /** @param updated when the track was last changed @return this builder */
        public Builder updated(Instant updated) {
            this.updated = Objects.requireNonNull(updated, "updated");
            return this;
        }

        /** @param additionalProperties unknown members as JSON text; default none @return this builder */
        public Builder additionalProperties(Map<String, String> additionalProperties) {
            this.additionalProperties = Objects.requireNonNull(additionalProperties, "additionalProperties");
            return this;
        }

        /**
         * @return the value
         * @throws IllegalStateException naming the first required field not set
         */
        public BackgroundTrack build() {
            String missing = id == null ? "id" : name == null ? "name" : volume == null ? "volume"
                    : created == null ? "created" : updated == null ? "updated" : null;
            if (missing != null) {
                throw new IllegalStateException("BackgroundTrack.Builder: " + missing + " is required");
            }
            return new BackgroundTrack(this);
        }
    }
}
