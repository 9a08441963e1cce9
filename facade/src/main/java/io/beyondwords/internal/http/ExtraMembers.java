package io.beyondwords.internal.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.beyondwords.JsonValue;
import io.beyondwords.RequestOptions;
import io.beyondwords.generated.WireModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okhttp3.Headers;

/**
 * What a call sends beyond the members the spec declares: extra JSON body members, extra query parameters, extra
 * headers, and the nullable body members the caller cleared (sent as JSON {@code null}). Immutable; a params type
 * holds one, built by its builder through {@link Builder}.
 *
 * <p>The generated Retrofit interfaces take the headers and query parameters as {@code @HeaderMap}/{@code @QueryMap}
 * arguments; the body members travel in the wire model's {@code unknownFields}, which the SDK's request-body
 * converter ({@code WireConverterFactory}) merges into the JSON it writes, nulls kept.
 */
public final class ExtraMembers {
    /** Nothing extra. */
    public static final ExtraMembers NONE = new Builder().build();

    /**
     * Headers a caller cannot set: the key header (the client's or {@code RequestOptions.apiKey} sets it) and the
     * headers OkHttp derives from the request itself.
     */
    private static final Set<String> RESERVED_HEADERS = Set.of("x-api-key", "host", "content-length",
            "transfer-encoding", "connection");

    private final Map<String, JsonValue> body;
    private final List<List<String>> cleared;
    private final Map<String, String> query;
    private final Map<String, String> headers;

    private ExtraMembers(Builder b) {
        this.body = Collections.unmodifiableMap(new LinkedHashMap<>(b.body));
        this.cleared = List.copyOf(b.cleared);
        this.query = Collections.unmodifiableMap(new LinkedHashMap<>(b.query));
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    }

    /**
     * Returns the extra body members.
     *
     * @return the extra body members by name, in the order put; unmodifiable
     */
    public Map<String, JsonValue> body() {
        return body;
    }

    /**
     * Returns the extra query parameters.
     *
     * @return the extra query parameters by name, in the order put; unmodifiable
     */
    public Map<String, String> query() {
        return query;
    }

    /**
     * Returns the extra headers.
     *
     * @return the extra headers by name, in the order put; unmodifiable
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Starts a builder holding these members.
     *
     * @return a new builder holding these members
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.body.putAll(body);
        b.cleared.addAll(cleared);
        b.query.putAll(query);
        b.headers.putAll(headers);
        return b;
    }

    /**
     * Hands the extra body members and cleared members to a wire body model, to be merged into its JSON.
     *
     * @param model the wire body built from the typed members
     * @param <T> the wire model
     * @return the model
     */
    public <T extends WireModel> T body(T model) {
        if (body.isEmpty() && cleared.isEmpty()) {
            return model;
        }
        JsonObject extra = new JsonObject();
        for (List<String> path : cleared) {
            JsonObject holder = extra;
            for (String part : path.subList(0, path.size() - 1)) {
                JsonElement next = holder.get(part);
                if (!(next instanceof JsonObject)) {
                    next = new JsonObject();
                    holder.add(part, next);
                }
                holder = (JsonObject) next;
            }
            holder.add(path.get(path.size() - 1), JsonNull.INSTANCE);
        }
        body.forEach((name, value) -> extra.add(name, JsonParser.parseString(value.toJson())));
        model.setUnknownFields(extra);
        return model;
    }

    /**
     * The headers a call sends beyond its declared ones: the options' extras, then the params' (which win).
     *
     * @param options the call's options
     * @param params the params' extras, or {@code null} for an operation without params
     * @return the headers to send, never {@code null}
     */
    public static Map<String, String> headers(RequestOptions options, ExtraMembers params) {
        return merged(options.additionalHeaders(), params == null ? Map.of() : params.headers);
    }

    /**
     * The query parameters a call sends beyond its declared ones: the options' extras, then the params' (which win).
     *
     * @param options the call's options
     * @param params the params' extras, or {@code null} for an operation without params
     * @return the query parameters to send, never {@code null}
     */
    public static Map<String, String> query(RequestOptions options, ExtraMembers params) {
        return merged(options.additionalQueryParams(), params == null ? Map.of() : params.query);
    }

    private static Map<String, String> merged(Map<String, String> first, Map<String, String> second) {
        if (first.isEmpty()) {
            return second;
        }
        if (second.isEmpty()) {
            return first;
        }
        Map<String, String> all = new LinkedHashMap<>(first);
        second.forEach((name, value) -> {
            all.keySet().removeIf(n -> n.equalsIgnoreCase(name));
            all.put(name, value);
        });
        return all;
    }

    /**
     * Checks an extra header as a builder receives it.
     *
     * @param owner the type named in the message
     * @param name the header's name
     * @param value its value
     * @throws IllegalArgumentException if OkHttp would refuse the header, or it is one the SDK sets itself
     */
    public static void checkHeader(String owner, String name, String value) {
        Objects.requireNonNull(name, owner + ": a header name must not be null");
        Objects.requireNonNull(value, owner + ": the value of header " + name + " must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException(owner + ": a header name must not be blank");
        }
        if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(owner + ": the header " + name + " is set by the SDK and cannot be"
                    + " added or replaced" + (name.equalsIgnoreCase("X-Api-Key")
                    ? " (give the key to the client, or to RequestOptions.Builder.apiKey for one call)" : ""));
        }
        try {
            new Headers.Builder().add(name, value);
        } catch (IllegalArgumentException e) {
            // OkHttp's message names the offending character; the value itself may be secret, so it is left out.
            throw new IllegalArgumentException(owner + ": the header " + name + " has a name or value HTTP does not"
                    + " allow (control characters or, in a name, spaces and non-ASCII characters)");
        }
    }

    /**
     * Checks an extra query parameter as a builder receives it.
     *
     * @param owner the type named in the message
     * @param name the parameter's name
     * @param value its value
     * @throws IllegalArgumentException if the name is blank
     */
    public static void checkQueryParam(String owner, String name, String value) {
        Objects.requireNonNull(name, owner + ": a query parameter name must not be null");
        Objects.requireNonNull(value, owner + ": the value of query parameter " + name + " must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException(owner + ": a query parameter name must not be blank");
        }
    }

    /**
     * Collects the extras of one params builder. Not thread-safe.
     */
    public static final class Builder {
        private final String owner;
        private final Map<String, JsonValue> body = new LinkedHashMap<>();
        private final List<List<String>> cleared = new ArrayList<>();
        private final Map<String, String> query = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();

        /** Starts a builder whose messages name no owner; for {@link #NONE}. */
        private Builder() {
            this("ExtraMembers");
        }

        /**
         * Starts a builder with nothing extra.
         *
         * @param owner the params type named in error messages
         */
        public Builder(String owner) {
            this.owner = owner;
        }

        /**
         * Continues from existing extras, e.g. in a params type's {@code toBuilder()}.
         *
         * @param from the extras to start from
         * @return this builder
         */
        public Builder putAll(ExtraMembers from) {
            body.putAll(from.body);
            cleared.addAll(from.cleared);
            query.putAll(from.query);
            headers.putAll(from.headers);
            return this;
        }

        /**
         * Adds or replaces an extra body member.
         *
         * @param name the member's name as sent
         * @param value its value; {@link JsonValue#nullValue()} sends JSON {@code null}
         * @return this builder
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder putBody(String name, JsonValue value) {
            Objects.requireNonNull(name, owner + ": a body member name must not be null");
            Objects.requireNonNull(value, owner + ": the value of body member " + name
                    + " must not be null (JsonValue.nullValue() sends JSON null)");
            if (name.isBlank()) {
                throw new IllegalArgumentException(owner + ": a body member name must not be blank");
            }
            body.put(name, value);
            return this;
        }

        /**
         * Removes an extra body member, if put.
         *
         * @param name the member's name
         * @return this builder
         */
        public Builder removeBody(String name) {
            body.remove(Objects.requireNonNull(name, owner + ": a body member name must not be null"));
            return this;
        }

        /**
         * Adds or replaces an extra query parameter.
         *
         * @param name the parameter's name as sent (encoded by the SDK)
         * @param value its value (encoded by the SDK)
         * @return this builder
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder putQuery(String name, String value) {
            checkQueryParam(owner, name, value);
            query.put(name, value);
            return this;
        }

        /**
         * Removes an extra query parameter, if put.
         *
         * @param name the parameter's name
         * @return this builder
         */
        public Builder removeQuery(String name) {
            query.remove(Objects.requireNonNull(name, owner + ": a query parameter name must not be null"));
            return this;
        }

        /**
         * Adds or replaces an extra header; names compare ignoring case, as HTTP's do.
         *
         * @param name the header's name
         * @param value its value
         * @return this builder
         * @throws IllegalArgumentException if HTTP does not allow the header, or the SDK sets it itself
         */
        public Builder putHeader(String name, String value) {
            checkHeader(owner, name, value);
            headers.keySet().removeIf(n -> n.equalsIgnoreCase(name));
            headers.put(name, value);
            return this;
        }

        /**
         * Removes an extra header, if put; names compare ignoring case.
         *
         * @param name the header's name
         * @return this builder
         */
        public Builder removeHeader(String name) {
            Objects.requireNonNull(name, owner + ": a header name must not be null");
            headers.keySet().removeIf(n -> n.equalsIgnoreCase(name));
            return this;
        }

        /**
         * Records that a nullable body member is to be sent as JSON {@code null}.
         *
         * @param path the member's path in the body, e.g. {@code "vast_url"} or {@code "player", "intro_url"}
         * @return this builder
         */
        public Builder clear(String... path) {
            List<String> p = List.of(path);
            // Clearing an object supersedes clearings inside it.
            cleared.removeIf(c -> c.size() >= p.size() && c.subList(0, p.size()).equals(p));
            cleared.add(p);
            return this;
        }

        /**
         * Forgets a clearing, because the member has been given a value since.
         *
         * @param path the member's path in the body
         * @return this builder
         */
        public Builder unclear(String... path) {
            cleared.remove(List.of(path));
            return this;
        }

        /**
         * Builds the extras.
         *
         * @return the extras
         */
        public ExtraMembers build() {
            return new ExtraMembers(this);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtraMembers that && body.equals(that.body) && cleared.equals(that.cleared)
                && query.equals(that.query) && headers.equals(that.headers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(body, cleared, query, headers);
    }

    @Override
    public String toString() {
        // Header values may be credentials of a proxy or a gateway: only their names are shown.
        return "{body=" + body + ", cleared=" + cleared + ", query=" + query + ", headers=" + headers.keySet() + '}';
    }
}
