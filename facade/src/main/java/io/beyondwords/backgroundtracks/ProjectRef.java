package io.beyondwords.backgroundtracks;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The project a background track belongs to. Immutable value. */
public final class ProjectRef {
    private final long id;
    private final String name;
    private final Map<String, String> additionalProperties;

    private ProjectRef(Builder b) {
        this(b.id, b.name, AdditionalProperties.copyOf(b.additionalProperties));
    }

    /** For the response mapper, through {@link BackgroundTrack}'s access: the map is already an unmodifiable copy. */
    ProjectRef(long id, String name, Map<String, String> additionalProperties) {
        this.id = id;
        this.name = name;
        this.additionalProperties = additionalProperties;
    }

    /** @return a builder; {@code id} is required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value */
    public Builder toBuilder() {
        return new Builder().id(id).name(name).additionalProperties(additionalProperties);
    }

    /** @return the project's id */
    public long id() {
        return id;
    }

    /** @return the project's name, if the server sent it */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * Members the server sent that this SDK version does not know, by name, each value as JSON text (e.g.
     * {@code "\"abc\""}, {@code 42}, {@code {"a":1}}).
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
        if (!(o instanceof ProjectRef)) {
            return false;
        }
        ProjectRef that = (ProjectRef) o;
        return id == that.id && Objects.equals(name, that.name)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, additionalProperties);
    }

    @Override
    public String toString() {
        return "ProjectRef{id=" + id + ", name=" + name
                + (additionalProperties.isEmpty() ? "" : ", additionalProperties=" + additionalProperties) + '}';
    }

    /** Builds a {@link ProjectRef}. Not thread-safe. */
    public static final class Builder {
        private Long id;
        private String name;
        private Map<String, String> additionalProperties = Map.of();

        private Builder() {
        }

        /** @param id the project's id @return this builder */
        public Builder id(long id) {
            this.id = id;
            return this;
        }

        /** @param name the project's name, or {@code null} if unknown @return this builder */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** @param additionalProperties unknown members as JSON text; default none @return this builder */
        public Builder additionalProperties(Map<String, String> additionalProperties) {
            this.additionalProperties = Objects.requireNonNull(additionalProperties, "additionalProperties");
            return this;
        }

        /** @return the value @throws IllegalStateException if {@code id} was not set */
        public ProjectRef build() {
            if (id == null) {
                throw new IllegalStateException("ProjectRef.Builder: id is required");
            }
            return new ProjectRef(this);
        }
    }
}
