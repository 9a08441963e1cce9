package io.beyondwords.backgroundtracks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which page of background tracks {@link BackgroundTrackService#list} asks for, and filters. Immutable: paging
 * derives new params for each page and never changes the caller's.
 *
 * <pre>{@code
 * BackgroundTrackListParams.builder().limit(50).addScope("primary").build();
 * }</pre>
 */
public final class BackgroundTrackListParams {
    private static final String OWNER = "BackgroundTrackListParams";
    private static final BackgroundTrackListParams NONE = new Builder().build();

    private final Integer limit;
    private final int offset;
    private final String name;
    private final List<String> scopes;
    private final Boolean custom;

    private BackgroundTrackListParams(Builder b) {
        this.limit = b.limit;
        this.offset = b.offset;
        this.name = b.name;
        this.scopes = List.copyOf(b.scopes);
        this.custom = b.custom;
    }

    /** @return params with no filter, the first page, and the server's page size */
    public static BackgroundTrackListParams none() {
        return NONE;
    }

    /** @return a new builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these params */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.limit = limit;
        b.offset = offset;
        b.name = name;
        b.scopes.addAll(scopes);
        b.custom = custom;
        return b;
    }

    /** @return the page size asked for ({@code pagination[limit]}), if set; the server's default otherwise */
    public OptionalInt limit() {
        return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    /** @return the position of the first result ({@code pagination[offset]}); default 0 */
    public int offset() {
        return offset;
    }

    /** @return the name filter ({@code filter[name]}), if set */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the scopes filter, sent as {@code filter[scopes][]=…} per scope; empty for none */
    public List<String> scopes() {
        return scopes;
    }

    /** @return the custom filter ({@code filter[custom]}): only tracks your organisation uploaded, or only not */
    public Optional<Boolean> custom() {
        return Optional.ofNullable(custom);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BackgroundTrackListParams)) {
            return false;
        }
        BackgroundTrackListParams that = (BackgroundTrackListParams) o;
        return offset == that.offset && Objects.equals(limit, that.limit) && Objects.equals(name, that.name)
                && scopes.equals(that.scopes) && Objects.equals(custom, that.custom);
    }

    @Override
    public int hashCode() {
        return Objects.hash(limit, offset, name, scopes, custom);
    }

    @Override
    public String toString() {
        return OWNER + "{limit=" + limit + ", offset=" + offset + ", name=" + name + ", scopes=" + scopes
                + ", custom=" + custom + '}';
    }

    /** Builds {@link BackgroundTrackListParams}. Not thread-safe. */
    public static final class Builder {
        private Integer limit;
        private int offset;
        private String name;
        private final List<String> scopes = new ArrayList<>();
        private Boolean custom;

        private Builder() {
        }

        /**
         * @param limit how many tracks one page holds, at least 1; default: the server's (undocumented)
         * @return this builder
         */
        public Builder limit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException(OWNER + ": limit must be at least 1, was " + limit);
            }
            this.limit = limit;
            return this;
        }

        /** @param offset position of the first track to return, 0 or more; default 0 @return this builder */
        public Builder offset(int offset) {
            if (offset < 0) {
                throw new IllegalArgumentException(OWNER + ": offset must not be negative, was " + offset);
            }
            this.offset = offset;
            return this;
        }

        /** @param name only tracks with this name; default no filter @return this builder */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, OWNER + ": name must not be null");
            return this;
        }

        /** @param scopes only tracks in these scopes (replaces any set before); default no filter @return this builder */
        public Builder scopes(List<String> scopes) {
            Objects.requireNonNull(scopes, OWNER + ": scopes must not be null");
            this.scopes.clear();
            scopes.forEach(this::addScope);
            return this;
        }

        /** @param scope one more scope to filter by @return this builder */
        public Builder addScope(String scope) {
            this.scopes.add(Objects.requireNonNull(scope, OWNER + ": a scope must not be null"));
            return this;
        }

        /** @param custom true for only your uploads, false for only the library's; default no filter @return this builder */
        public Builder custom(boolean custom) {
            this.custom = custom;
            return this;
        }

        /** @return the params */
        public BackgroundTrackListParams build() {
            return new BackgroundTrackListParams(this);
        }
    }
}
