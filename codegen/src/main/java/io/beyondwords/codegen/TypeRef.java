package io.beyondwords.codegen;

/**
 * A member's or parameter's type as the SDK sees it: its kind, and for a value, an enum or a list the Java type it
 * names; also the wire layer's Java type for the same JSON.
 */
final class TypeRef {
    final Kind kind;
    /** The value type or enum type's simple name; for a list, its element's {@code TypeRef}. */
    final String name;
    final TypeRef element;
    /** The wire model's Java type (simple name), e.g. {@code Long}, {@code BackgroundTrackModelProject}. */
    final String wire;
    /** For a value or list of values: the component schema's key, to find its value model. */
    final String schemaKey;

    TypeRef(Kind kind, String name, TypeRef element, String wire, String schemaKey) {
        this.kind = kind;
        this.name = name;
        this.element = element;
        this.wire = wire;
        this.schemaKey = schemaKey;
    }

    /** Names the Java type a value's field holds for it: boxed, or its wire text for text read on first access. */
    String stored() {
        switch (kind) {
            case VALUE:
                return name;
            case LIST:
                return "List<" + element.elementType() + ">";
            default:
                return kind.stored;
        }
    }

    /** Names its type when present, boxed (as in {@code Optional<...>} or a list). */
    String boxed() {
        switch (kind) {
            case VALUE:
            case ENUM:
                return name;
            case LIST:
                return "List<" + element.elementType() + ">";
            case INT:
            case LONG:
            case DOUBLE:
            case FLOAT:
            case BOOLEAN:
                return kind.stored;
            default:
                return kind.exposed;
        }
    }

    /** Names its type when present, unboxed where primitive. */
    String exposed() {
        return kind.primitive() ? kind.exposed : boxed();
    }

    /** Names its type as a list element. */
    String elementType() {
        return boxed();
    }

    /** Says what the member should have been, in words for a message, e.g. {@code a JSON object}. */
    String expected() {
        if (kind == Kind.VALUE) {
            return "a JSON object";
        }
        return kind.expected;
    }
}
