package io.beyondwords;

import io.beyondwords.internal.json.JsonValueReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable JSON value: an object, array, string, number, boolean or {@code null}, for the parts of the API that
 * are free-form (content {@code metadata}, members this SDK version does not know, webhook payloads).
 *
 * <p>Build one with the factories ({@link #of(String)}, {@link #of(long)}, {@link #from(Object)}, ...) or the
 * builders ({@link #objectBuilder()}, {@link #arrayBuilder()}), or read one with {@link #parse(String)}. The typed
 * accessors ({@link #asString()}, {@link #asNumber()}, {@link #asObject()}, ...) answer empty for a value of another
 * kind, so reading never throws. Numbers are kept exactly as {@link BigDecimal} (no rounding through {@code double}),
 * objects keep their members' order, and two values are equal when they are the same JSON: numbers compare by value
 * ({@code 1.0} equals {@code 1}), objects by their members regardless of order.
 */
public final class JsonValue {
    /** What kind of JSON value a {@link JsonValue} is. */
    public enum Kind {
        /** A JSON object: members by name. */
        OBJECT,
        /** A JSON array. */
        ARRAY,
        /** A JSON string. */
        STRING,
        /** A JSON number. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** {@code null}. */
        NULL
    }

    private static final JsonValue NULL = new JsonValue(Kind.NULL, null);
    private static final JsonValue TRUE = new JsonValue(Kind.BOOLEAN, Boolean.TRUE);
    private static final JsonValue FALSE = new JsonValue(Kind.BOOLEAN, Boolean.FALSE);

    private final Kind kind;
    /** A String, BigDecimal, Boolean, unmodifiable List of JsonValue, unmodifiable Map of JsonValue, or null. */
    private final Object value;

    private JsonValue(Kind kind, Object value) {
        this.kind = kind;
        this.value = value;
    }

    /** @return JSON {@code null} */
    public static JsonValue nullValue() {
        return NULL;
    }

    /**
     * A JSON string.
     *
     * @param value the text, not {@code null}
     * @return the value
     */
    public static JsonValue of(String value) {
        return new JsonValue(Kind.STRING, Objects.requireNonNull(value, "value"));
    }

    /**
     * A JSON boolean.
     *
     * @param value the boolean
     * @return {@code true} or {@code false}
     */
    public static JsonValue of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /**
     * A JSON number.
     *
     * @param value the number
     * @return the value
     */
    public static JsonValue of(long value) {
        return new JsonValue(Kind.NUMBER, BigDecimal.valueOf(value));
    }

    /**
     * A JSON number, from the shortest decimal text that reads back as {@code value}.
     *
     * @param value a finite number
     * @return the value
     * @throws IllegalArgumentException if {@code value} is NaN or infinite, which JSON cannot hold
     */
    public static JsonValue of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no number " + value);
        }
        return new JsonValue(Kind.NUMBER, new BigDecimal(Double.toString(value)));
    }

    /**
     * A JSON number, kept exactly.
     *
     * @param value the number, not {@code null}
     * @return the value
     */
    public static JsonValue of(BigDecimal value) {
        return new JsonValue(Kind.NUMBER, Objects.requireNonNull(value, "value"));
    }

    /**
     * A JSON array.
     *
     * @param elements the elements in order, none {@code null} (use {@link #nullValue()})
     * @return the value
     */
    public static JsonValue ofList(List<JsonValue> elements) {
        Objects.requireNonNull(elements, "elements");
        List<JsonValue> copy = new ArrayList<>(elements.size());
        for (JsonValue element : elements) {
            copy.add(Objects.requireNonNull(element, "an element of elements"));
        }
        return new JsonValue(Kind.ARRAY, Collections.unmodifiableList(copy));
    }

    /**
     * A JSON object, its members in the map's iteration order.
     *
     * @param members the members by name, no name or value {@code null} (use {@link #nullValue()})
     * @return the value
     */
    public static JsonValue ofMap(Map<String, JsonValue> members) {
        Objects.requireNonNull(members, "members");
        Map<String, JsonValue> copy = new LinkedHashMap<>(members.size() * 2);
        members.forEach((name, member) -> copy.put(Objects.requireNonNull(name, "a name in members"),
                Objects.requireNonNull(member, "the value of member " + name)));
        return new JsonValue(Kind.OBJECT, Collections.unmodifiableMap(copy));
    }

    /**
     * The JSON value of a plain Java value: {@code null}, a {@link JsonValue} (returned as is), {@link String},
     * {@link Boolean}, a {@link Number} ({@code Integer}, {@code Long}, {@code Short}, {@code Byte},
     * {@link BigInteger}, {@link BigDecimal}, finite {@code Double} or {@code Float}), a {@link List} of these, or a
     * {@link Map} from {@code String} to these.
     *
     * @param value the value
     * @return its JSON value
     * @throws IllegalArgumentException for a value of any other type, a map key that is not a {@code String}, or a
     *     non-finite floating-point number
     */
    public static JsonValue from(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String text) {
            return of(text);
        }
        if (value instanceof Boolean bool) {
            return of(bool.booleanValue());
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return of(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return of(new BigDecimal(big));
        }
        if (value instanceof BigDecimal decimal) {
            return of(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            return of(((Number) value).doubleValue());
        }
        if (value instanceof List<?> list) {
            List<JsonValue> elements = new ArrayList<>(list.size());
            list.forEach(element -> elements.add(from(element)));
            return new JsonValue(Kind.ARRAY, Collections.unmodifiableList(elements));
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, JsonValue> members = new LinkedHashMap<>(map.size() * 2);
            map.forEach((name, member) -> {
                if (!(name instanceof String)) {
                    throw new IllegalArgumentException("a JSON object's member names are strings, not "
                            + (name == null ? "null" : name.getClass().getName()));
                }
                members.put((String) name, from(member));
            });
            return new JsonValue(Kind.OBJECT, Collections.unmodifiableMap(members));
        }
        throw new IllegalArgumentException("no JSON value for a " + value.getClass().getName());
    }

    /**
     * Reads JSON text (RFC 8259, strictly: no comments, single quotes, {@code NaN} or trailing data).
     *
     * @param json the text, not {@code null}
     * @return the value it holds
     * @throws InvalidJsonException if the text is not one JSON value, saying where it goes wrong
     */
    public static JsonValue parse(String json) {
        Objects.requireNonNull(json, "json");
        return JsonValueReader.read(json);
    }

    /**
     * Reads JSON from UTF-8 bytes, JSON's required encoding, e.g. a request or response body as received.
     *
     * @param utf8 the bytes, not {@code null}
     * @return the value they hold
     * @throws InvalidJsonException if the bytes are not one JSON value
     */
    public static JsonValue parse(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        return JsonValueReader.read(new String(utf8, StandardCharsets.UTF_8));
    }

    /** @return a builder of a JSON object */
    public static ObjectBuilder objectBuilder() {
        return new ObjectBuilder();
    }

    /** @return a builder of a JSON array */
    public static ArrayBuilder arrayBuilder() {
        return new ArrayBuilder();
    }

    /** @return what kind of JSON value this is */
    public Kind kind() {
        return kind;
    }

    /** @return whether this is JSON {@code null} */
    public boolean isNull() {
        return kind == Kind.NULL;
    }

    /** @return the text of a JSON string, or empty for another kind */
    public Optional<String> asString() {
        return kind == Kind.STRING ? Optional.of((String) value) : Optional.empty();
    }

    /** @return the exact value of a JSON number, or empty for another kind */
    public Optional<BigDecimal> asNumber() {
        return kind == Kind.NUMBER ? Optional.of((BigDecimal) value) : Optional.empty();
    }

    /** @return the value of {@code true} or {@code false}, or empty for another kind */
    public Optional<Boolean> asBoolean() {
        return kind == Kind.BOOLEAN ? Optional.of((Boolean) value) : Optional.empty();
    }

    /** @return an array's elements (unmodifiable), or empty for another kind */
    @SuppressWarnings("unchecked")
    public Optional<List<JsonValue>> asArray() {
        return kind == Kind.ARRAY ? Optional.of((List<JsonValue>) value) : Optional.empty();
    }

    /** @return an object's members by name in their order (unmodifiable), or empty for another kind */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, JsonValue>> asObject() {
        return kind == Kind.OBJECT ? Optional.of((Map<String, JsonValue>) value) : Optional.empty();
    }

    /**
     * One member of an object.
     *
     * @param name the member's name
     * @return its value (JSON {@code null} included), or empty if this is no object or has no such member
     */
    public Optional<JsonValue> member(String name) {
        return asObject().map(members -> members.get(name));
    }

    /** @return this value as compact JSON text, members in their order */
    public String toJson() {
        StringBuilder out = new StringBuilder();
        write(out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private void write(StringBuilder out) {
        switch (kind) {
            case NULL -> out.append("null");
            case BOOLEAN, NUMBER -> out.append(value);
            case STRING -> writeString((String) value, out);
            case ARRAY -> {
                out.append('[');
                List<JsonValue> elements = (List<JsonValue>) value;
                for (int i = 0; i < elements.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    elements.get(i).write(out);
                }
                out.append(']');
            }
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> member : ((Map<String, JsonValue>) value).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    writeString(member.getKey(), out);
                    out.append(':');
                    member.getValue().write(out);
                }
                out.append('}');
            }
            default -> throw new AssertionError(kind);
        }
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // Below U+0020 JSON requires an escape; U+2028/9 are escaped so the text is also valid JavaScript.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof JsonValue other) || kind != other.kind) {
            return false;
        }
        if (kind == Kind.NUMBER) {
            return ((BigDecimal) value).compareTo((BigDecimal) other.value) == 0;
        }
        return Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        if (kind == Kind.NUMBER) {
            // Equal numbers of different scales (1.0 and 1) must hash alike, as equals compares by value.
            return ((BigDecimal) value).stripTrailingZeros().hashCode();
        }
        return kind.hashCode() * 31 + Objects.hashCode(value);
    }

    /** @return the value as compact JSON, as {@link #toJson()} */
    @Override
    public String toString() {
        return toJson();
    }

    /** Builds a JSON object; members keep the order they were put in, a name put again keeps its first place. */
    public static final class ObjectBuilder {
        private final Map<String, JsonValue> members = new LinkedHashMap<>();

        private ObjectBuilder() {
        }

        /**
         * @param name the member's name
         * @param value its value, not {@code null} (use {@link JsonValue#nullValue()})
         * @return this builder
         */
        public ObjectBuilder put(String name, JsonValue value) {
            members.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * @param name the member's name
         * @param value a plain value, as {@link JsonValue#from(Object)} takes
         * @return this builder
         */
        public ObjectBuilder put(String name, Object value) {
            return put(name, from(value));
        }

        /** @return the object */
        public JsonValue build() {
            return new JsonValue(Kind.OBJECT, Collections.unmodifiableMap(new LinkedHashMap<>(members)));
        }
    }

    /** Builds a JSON array. */
    public static final class ArrayBuilder {
        private final List<JsonValue> elements = new ArrayList<>();

        private ArrayBuilder() {
        }

        /**
         * @param value the next element, not {@code null} (use {@link JsonValue#nullValue()})
         * @return this builder
         */
        public ArrayBuilder add(JsonValue value) {
            elements.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * @param value the next element as a plain value, as {@link JsonValue#from(Object)} takes
         * @return this builder
         */
        public ArrayBuilder add(Object value) {
            return add(from(value));
        }

        /** @return the array */
        public JsonValue build() {
            return new JsonValue(Kind.ARRAY, Collections.unmodifiableList(new ArrayList<>(elements)));
        }
    }
}
