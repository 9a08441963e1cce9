package io.beyondwords.internal.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.beyondwords.JsonValue;
import java.util.Objects;

/**
 * One member of a generated value: its typed reading, or nothing (absent or {@code null}), or what the server sent
 * that the SDK cannot use. A member whose text the SDK interprets (a timestamp, a URL) keeps the text and reads it on
 * first access ({@link TextReading} says why), holding the result here, so the value holding the field stays
 * immutable. A value's accessor asks its field for the typed value and, when there is none, whether that is a
 * problem to report; {@code validate()} asks every field. Fields are immutable but for that read-once result.
 *
 * @param <T> the member's type in the value
 */
public sealed class Field<T> permits Field.Text {
    private static final Field<?> ABSENT = new Field<>(null);
    private static final Field<Boolean> TRUE = new Field<>(Boolean.TRUE);
    private static final Field<Boolean> FALSE = new Field<>(Boolean.FALSE);

    /** The typed value, an {@link Unusable}, the text of a {@link Text}, or {@code null} for nothing. */
    final Object state;

    Field(Object state) {
        this.state = state;
    }

    /**
     * Gives the field of an absent member.
     *
     * @param <T> the member's type
     * @return the shared absent field
     */
    @SuppressWarnings("unchecked")
    public static <T> Field<T> absent() {
        return (Field<T>) ABSENT;
    }

    /**
     * Gives the field of a usable value.
     *
     * @param value the value, or {@code null} for none
     * @param <T> the member's type
     * @return the field holding it
     */
    @SuppressWarnings("unchecked")
    public static <T> Field<T> of(T value) {
        if (value == null) {
            return absent();
        }
        if (value instanceof Boolean b) {
            return (Field<T>) (b ? TRUE : FALSE);
        }
        return new Field<>(value);
    }

    /**
     * Gives the field of text read on first access, e.g. a URL set from its text in code.
     *
     * @param text the text, or {@code null} for none
     * @param reading how to read it
     * @param <T> the member's type
     * @return the field holding the text
     */
    public static <T> Field<T> text(String text, TextReading<T> reading) {
        return text == null ? absent() : new Text<>(text, reading);
    }

    /**
     * Gives the field of a member read from a wire model.
     *
     * @param value what the wire model read, or {@code null}
     * @param invalid the wire model's members it could not read, by name, or {@code null}
     * @param member the member's JSON name
     * @param <T> the member's type
     * @return the value's field, or the field of what was sent if it could not be read, or the absent field
     */
    public static <T> Field<T> read(T value, JsonObject invalid, String member) {
        return value != null ? of(value) : sent(invalid, member);
    }

    /**
     * Gives the field of a duration in milliseconds read from a wire model: a negative one is unusable.
     *
     * @param millis what the wire model read, or {@code null}
     * @param invalid the wire model's members it could not read, by name, or {@code null}
     * @param member the member's JSON name
     * @return the field
     */
    public static Field<Long> readMillis(Long millis, JsonObject invalid, String member) {
        if (millis != null && millis < 0) {
            return new Field<>(new Unusable(JsonValue.of(millis), millis.toString()));
        }
        return read(millis, invalid, member);
    }

    /**
     * Gives the field of text from a wire model, read on first access.
     *
     * @param text what the wire model read, or {@code null}
     * @param reading how to read it
     * @param invalid the wire model's members it could not read, by name, or {@code null}
     * @param member the member's JSON name
     * @param <T> the member's type
     * @return the field
     */
    public static <T> Field<T> readText(String text, TextReading<T> reading, JsonObject invalid, String member) {
        return text != null ? new Text<>(text, reading) : sent(invalid, member);
    }

    private static <T> Field<T> sent(JsonObject invalid, String member) {
        if (invalid == null || !invalid.has(member)) {
            return absent();
        }
        JsonElement sent = invalid.get(member);
        return new Field<>(new Unusable(JsonValues.of(sent), ApiJson.GSON.toJson(sent)));
    }

    /**
     * Reads the typed value.
     *
     * @return the value, or {@code null} if the member is absent or unusable
     */
    @SuppressWarnings("unchecked")
    public T value() {
        return state instanceof Unusable ? null : (T) state;
    }

    /**
     * Tells an absent member, e.g. to find a required member not set in a builder.
     *
     * @return whether the member is absent or {@code null}
     */
    public boolean isAbsent() {
        return state == null;
    }

    /**
     * Tells a member the server sent in a form the SDK cannot use.
     *
     * @return whether the member is present but unusable
     */
    public boolean isUnusable() {
        return state instanceof Unusable;
    }

    /**
     * Describes what makes the member unusable, or missing though required.
     *
     * @param owner what the member belongs to, e.g. {@code background track 42}
     * @param path the value's place in its owner, e.g. {@code project}, or {@code null} for the owner itself
     * @param member the member's JSON name
     * @param expected what the member should have been, e.g. {@code a number}
     * @return the problem
     */
    public UnreadableBodyException problem(String owner, String path, String member, String expected) {
        String field = path == null ? member : path + "." + member;
        if (state instanceof Unusable unusable) {
            return new UnreadableBodyException(owner + "'s '" + field + "' is "
                    + UnreadableBodyException.shown(unusable.text) + ", not " + expected);
        }
        return UnreadableBodyException.badField(owner, field, null, expected);
    }

    /** What equality and the hash code compare: the typed value where there is one. */
    Object comparable() {
        return state;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Field<?> that && Objects.equals(comparable(), that.comparable());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(comparable());
    }

    @Override
    public String toString() {
        return String.valueOf(state);
    }

    /**
     * What the server sent for a member that the SDK cannot use: its JSON, and its text as sent for messages (a
     * number out of range, e.g. {@code 1e400}, is shown as written).
     */
    private record Unusable(JsonValue sent, String text) {
        @Override
        public String toString() {
            return "unusable " + text;
        }
    }

    /**
     * A member's text read on first access. Two threads reading at once at worst both read it; the result is
     * published through a volatile field, so neither sees it half built.
     */
    static final class Text<T> extends Field<T> {
        private final TextReading<T> reading;
        private volatile T read;

        Text(String text, TextReading<T> reading) {
            super(text);
            this.reading = reading;
        }

        @Override
        public T value() {
            T value = read;
            if (value == null) {
                value = reading.read((String) state);
                read = value;
            }
            return value;
        }

        @Override
        public boolean isUnusable() {
            return value() == null;
        }

        @Override
        public UnreadableBodyException problem(String owner, String path, String member, String expected) {
            return UnreadableBodyException.badField(owner, path == null ? member : path + "." + member,
                    (String) state, reading.expected());
        }

        @Override
        Object comparable() {
            T value = value();
            return value != null ? value : state;
        }
    }
}
