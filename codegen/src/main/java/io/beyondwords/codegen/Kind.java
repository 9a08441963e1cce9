package io.beyondwords.codegen;

/** What a member or parameter is in the SDK's Java, whatever its JSON form. */
enum Kind {
    STRING("String", "String", "a string"),
    INT("Integer", "int", "a whole number"),
    LONG("Long", "long", "a whole number"),
    DOUBLE("Double", "double", "a number"),
    FLOAT("Float", "float", "a number"),
    DECIMAL("BigDecimal", "BigDecimal", "a number"),
    BOOLEAN("Boolean", "boolean", "true or false"),
    /** Text read on first access into an {@code Instant}, in either of the API's forms. */
    TIMESTAMP("String", "Instant", "a timestamp"),
    /** Text read on first access into a {@code URI}. */
    URI("String", "URI", "a URL"),
    /** Milliseconds on the wire, a {@code Duration} in Java. */
    DURATION("Long", "Duration", "a duration in milliseconds"),
    /** Text on the wire, an open enum in Java. */
    ENUM("String", null, "a string"),
    /** A JSON object with declared members: a value type. */
    VALUE(null, null, "a JSON object"),
    LIST(null, null, "a JSON array"),
    /** A JSON object without declared members: its members as {@code JsonValue}s by name. */
    MAP("Map<String, JsonValue>", "Map<String, JsonValue>", "a JSON object"),
    /** Any JSON, as a {@code JsonValue}. */
    JSON("JsonValue", "JsonValue", "JSON");

    /** How it is held (boxed, or the wire's text); {@code null} where it depends on the member. */
    final String stored;
    /** Its type in a signature when present; {@code null} where it depends on the member. */
    final String exposed;
    /** What the member should have been, for a problem report. */
    final String expected;

    Kind(String stored, String exposed, String expected) {
        this.stored = stored;
        this.exposed = exposed;
        this.expected = expected;
    }

    /** @return whether it is a Java primitive when present (a required one is exposed unboxed) */
    boolean primitive() {
        return this == INT || this == LONG || this == DOUBLE || this == FLOAT || this == BOOLEAN;
    }

    /** @return whether its text is read on first access */
    boolean lazy() {
        return this == TIMESTAMP || this == URI;
    }
}
