package io.beyondwords.backgroundtracks;

import io.beyondwords.internal.backgroundtracks.BackgroundTrackAccess;
import io.beyondwords.internal.json.ApiTimestamps;
import io.beyondwords.internal.json.ValueFailures;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A background track: a music bed that can play under generated audio. Immutable value with {@code equals},
 * {@code hashCode} and {@code toString}.
 *
 * <p>A track read from the API keeps its timestamps as the server sent them and reads each on first access (see
 * {@link #created()}), so a page costs no date parsing until a date is wanted.
 */
public final class BackgroundTrack {
    static {
        BackgroundTrackAccess.register(new Access());
    }

    private final long id;
    private final String name;
    private final int volume;
    private final ProjectRef project;
    private final Media media;
    /** The server's text, read into {@link #created} on first access; {@code null} when built with an Instant. */
    private final String createdText;
    private final String updatedText;
    /** How the response reports a timestamp found unreadable on first access; {@code null} when built in code. */
    private final ValueFailures failures;
    // Read on first access. Instant is immutable, so two threads racing here at worst both parse the text.
    private Instant created;
    private Instant updated;
    private final Map<String, String> additionalProperties;

    private BackgroundTrack(long id, String name, int volume, ProjectRef project, Media media, Instant created,
            String createdText, Instant updated, String updatedText, ValueFailures failures,
            Map<String, String> additionalProperties) {
        this.id = id;
        this.name = name;
        this.volume = volume;
        this.project = project;
        this.media = media;
        this.created = created;
        this.createdText = createdText;
        this.updated = updated;
        this.updatedText = updatedText;
        this.failures = failures;
        this.additionalProperties = additionalProperties;
    }

    /** @return a builder; every field but {@code project}, {@code media} and the additional properties is required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value, e.g. to derive a changed copy in a test */
    public Builder toBuilder() {
        Builder b = new Builder().id(id).name(name).volume(volume).additionalProperties(additionalProperties);
        b.project = project;
        b.media = media;
        // As received: a timestamp not read yet stays unread, and reports as this track would.
        b.created = created;
        b.createdText = createdText;
        b.updated = updated;
        b.updatedText = updatedText;
        b.failures = failures;
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

    /**
     * The server's timestamp is read on the first call (either form the API sends; see the README) and kept.
     *
     * @return when the track was created
     * @throws io.beyondwords.errors.InvalidResponseException if the server sent a timestamp in no form the SDK reads;
     *     the message names the track, the field and the value, and the exception carries the response's status and
     *     request id
     */
    public Instant created() {
        Instant value = created;
        return value != null ? value : (created = read(createdText, "created"));
    }

    /**
     * Read on the first call, as {@link #created()} is.
     *
     * @return when the track was last changed
     * @throws io.beyondwords.errors.InvalidResponseException if the server sent a timestamp in no form the SDK reads
     */
    public Instant updated() {
        Instant value = updated;
        return value != null ? value : (updated = read(updatedText, "updated"));
    }

    private Instant read(String text, String field) {
        return ApiTimestamps.READING.readOrThrow(text, failures, "background track " + id, field);
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

    /** @return the instant, or the server's text if it cannot be read: what equality and {@code toString} compare */
    private static Object timestamp(Instant value, String text) {
        if (value != null) {
            return value;
        }
        Instant read = ApiTimestamps.READING.read(text);
        return read != null ? read : text;
    }

    /** Timestamps compare as instants, whichever of the API's forms they were sent in. */
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
                && timestamp(created, createdText).equals(timestamp(that.created, that.createdText))
                && timestamp(updated, updatedText).equals(timestamp(that.updated, that.updatedText))
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, volume, project, media, timestamp(created, createdText),
                timestamp(updated, updatedText), additionalProperties);
    }

    @Override
    public String toString() {
        return "BackgroundTrack{id=" + id + ", name=" + name + ", volume=" + volume + ", project=" + project
                + ", media=" + media + ", created=" + timestamp(created, createdText) + ", updated="
                + timestamp(updated, updatedText)
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
        private String createdText;
        private Instant updated;
        private String updatedText;
        private ValueFailures failures;
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
            this.createdText = null;
            return this;
        }

        /** @param updated when the track was last changed @return this builder */
        public Builder updated(Instant updated) {
            this.updated = Objects.requireNonNull(updated, "updated");
            this.updatedText = null;
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
                    : created == null && createdText == null ? "created"
                    : updated == null && updatedText == null ? "updated" : null;
            if (missing != null) {
                throw new IllegalStateException("BackgroundTrack.Builder: " + missing + " is required");
            }
            return new BackgroundTrack(id, name, volume, project, media, created, createdText, updated, updatedText,
                    failures, AdditionalProperties.copyOf(additionalProperties));
        }
    }

    /** The response mapper's way in; see {@link BackgroundTrackAccess}. */
    private static final class Access extends BackgroundTrackAccess {
        @Override
        public BackgroundTrack track(long id, String name, int volume, ProjectRef project, Media media,
                String createdText, String updatedText, ValueFailures failures,
                Map<String, String> additionalProperties) {
            return new BackgroundTrack(id, name, volume, project, media, null, createdText, null, updatedText,
                    failures, additionalProperties);
        }

        @Override
        public ProjectRef project(long id, String name, Map<String, String> additionalProperties) {
            return new ProjectRef(id, name, additionalProperties);
        }

        @Override
        public Media media(String urlText, Duration duration, ValueFailures failures,
                Map<String, String> additionalProperties) {
            return new Media(urlText, null, duration, failures, additionalProperties);
        }
    }
}
