package io.beyondwords.codegen;

import java.util.ArrayList;
import java.util.List;

/** One input of an operation held by its params type: a query parameter or a member of the request body. */
public final class ParamModel {
    public String name;
    /** The JSON name: a query parameter's, or the body member's path ({@code project.id}). */
    public String wireName;
    public List<String> doc;
    public String docClause;
    public boolean required;
    public boolean hasDefault;
    /** The default as a Java literal writes it: a number, {@code true}, {@code false}, or a string's inside. */
    public String defaultValue;
    /** Which literal: a string, a {@code long} (suffix {@code L}) or a {@code double} (suffix {@code d}). */
    public boolean textDefault;
    public boolean longDefault;
    public boolean doubleDefault;
    public boolean isList;
    /** A JSON object of the caller's: members as {@code JsonValue}s by name, never null (empty: not sent). */
    public boolean isMap;
    public boolean isUri;
    /** A {@code style: deepObject} query parameter (a list or a map), sent as its already-named pairs. */
    public boolean deepObject;
    /** An open enum, sent as its text. */
    public boolean isEnum;
    /** A query parameter the wire takes as text though the SDK holds another type (a number, an enum). */
    public boolean sentAsText;
    /** Held as: boxed and nullable, the primitive with its default, or an unmodifiable list. */
    public String storedType;
    public String builderStoredType;
    public String accessorType;
    /** Whether the accessor returns the stored field in an optional, {@link #optionalType}. */
    public boolean optional;
    /** The optional's class: {@code Optional}, or {@code OptionalInt}, {@code OptionalLong}, {@code OptionalDouble}. */
    public String optionalType;
    /** One of the primitive optionals, made with {@code of} after a null check rather than {@code ofNullable}. */
    public boolean primitiveOptional;
    /** The setter's parameter type. */
    public String setterType;
    public boolean setterPrimitive;
    public List<CheckModel> checks = new ArrayList<>();
    public boolean hasChecks;
    /** For a list: the item setter's name and type. */
    public String itemSetter;
    public String itemType;
    public String itemName;
    /** For a URI: the checks on the parsed URI. */
    public List<CheckModel> uriChecks = new ArrayList<>();

    /**
     * Whether the builder offers {@code clearXxx()}: a request-body member the spec marks {@code nullable}, which the
     * caller may send as JSON {@code null}.
     */
    public boolean clearable;
    /** The clearing method's name, e.g. {@code clearVastUrl}. */
    public String clearer;
    /** The body member's path as sent, its parts in order: {@code vast_url}, or {@code player}, {@code intro_url}. */
    public List<String> clearPath = new ArrayList<>();
}
