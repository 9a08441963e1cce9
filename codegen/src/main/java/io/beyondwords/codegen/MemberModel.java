package io.beyondwords.codegen;

import java.util.List;

/** One member of a value type, as the value template needs it. */
public final class MemberModel {
    public String jsonName;
    public String name;
    public List<String> doc;
    public boolean required;
    /** The field holding it: its name (the member's, or {@code <name>Text} for text read on first access). */
    public String storage;
    public String storedType;
    /** Its type in the accessor's signature, e.g. {@code long}, {@code Optional<ProjectRef>}. */
    public String accessorType;
    /** Its type when present, e.g. {@code long}, {@code ProjectRef}. */
    public String presentType;
    /** Converts a present stored {@code value} to {@link #presentType}. */
    public String present;
    /** For an optional member: the empty answer, and the prefix wrapping a present one (closed by {@code )}). */
    public String empty;
    public String wrap;
    /** A condition on a present stored {@code value} under which it is still unusable (a negative duration). */
    public String guard;
    /** Java expression: what the member should have been. */
    public String expected;
    /** For lazily read text: the cached value's type and the reading. */
    public boolean lazy;
    public String cacheType;
    public String reading;
    public boolean isUri;
    public boolean isDuration;
    public boolean isEnum;
    public boolean isValue;
    public boolean isListOfValues;
    public boolean isList;
    public boolean isMap;
    /** Builder: the setter's parameter type; {@code unboxed} for a required primitive. */
    public String setterType;
    public boolean setterNullable;
    /** Builder: converts the setter's parameter (named as the member) to the stored form. */
    public String toStored;
    /** What equality, hash code and toString use. */
    public String comparable;
    /** The wire mapping: the expression reading it from wire model {@code m}. */
    public String fromWire;
    /** For a member holding values: the statement converting them into a local named as the member. */
    public String wireLocal;
    /** For a value or list of values: the element's value type. */
    public String valueType;
    /** Laid out by ValueLayout: the accessor's {@code @return} lines and the setter's doc. */
    public List<String> accessorDoc;
    public String setterDoc;
    public boolean requiredObject;
}
