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
    public String defaultValue;
    public boolean isList;
    /** A JSON object of the caller's: members as {@code JsonValue}s by name, never null (empty: not sent). */
    public boolean isMap;
    public boolean isUri;
    /** A {@code style: deepObject} query parameter: {@link #toWire} gives its already-named pairs. */
    public boolean deepObject;
    /** Held as: boxed and nullable, the primitive with its default, or an unmodifiable list. */
    public String storedType;
    public String builderStoredType;
    public String accessorType;
    /** Returns the stored field (named as the param) as {@link #accessorType}. */
    public String accessor;
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
    /** The wire: an expression giving the value for the wire call or body, from params {@code p}. */
    public String toWire;

    /**
     * Whether the builder offers {@code clearXxx()}: a request-body member the spec marks {@code nullable}, which the
     * caller may send as JSON {@code null}.
     */
    public boolean clearable;
    /** The clearing method's name, e.g. {@code clearVastUrl}. */
    public String clearer;
    /** The body member's path as sent, its parts in order: {@code "vast_url"} or {@code "player", "intro_url"}. */
    public String clearPath;
}
