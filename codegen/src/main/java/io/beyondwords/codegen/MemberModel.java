package io.beyondwords.codegen;

import java.util.List;

/**
 * One member of a value type, as the value template needs it: its names, its Java types and what kind of member it is.
 * The template writes the code of each kind.
 */
public final class MemberModel {
    public String jsonName;
    public String name;
    public List<String> doc;
    public boolean required;
    /** The type its {@code Field} holds, e.g. {@code Long}, {@code Instant}, {@code ProjectRef}. */
    public String storedType;
    /** Its type in the accessor's signature, e.g. {@code long}, {@code Optional<ProjectRef>}. */
    public String accessorType;
    /** Its type when present, e.g. {@code long}, {@code ProjectRef}. */
    public String presentType;
    /** For an optional member: the class of the accessor's answer, e.g. {@code Optional}, {@code OptionalLong}. */
    public String optionalType;
    /** What the member should have been, in words for a message, e.g. {@code a whole number}. */
    public String expectedText;
    /** Text read on first access (a timestamp or a URI), its reading held by its {@code Field}. */
    public boolean lazy;
    public boolean isUri;
    public boolean isDuration;
    /** A duration the wire model holds as an {@code Integer}, widened to the stored {@code Long}. */
    public boolean wireInteger;
    public boolean isEnum;
    /** For an enum, or a list of enums: the enum's type. */
    public String enumType;
    public boolean isValue;
    public boolean isListOfValues;
    public boolean isList;
    /** A list of enums, of JSON values, or of plain values (text, numbers, booleans). */
    public boolean listOfEnums;
    public boolean listOfJson;
    public boolean listOfPlain;
    public boolean isMap;
    /** Any JSON, as a {@code JsonValue}. */
    public boolean isJson;
    /** Builder: the setter's parameter type; {@code unboxed} for a required primitive. */
    public String setterType;
    public boolean setterNullable;
    /** The wire model's getter of it, e.g. {@code getVoice}. */
    public String wireGetter;
    /** For a member holding values: the method of the package's wire conversions that reads them. */
    public String valueMethod;
    /** For a value or list of values: the element's value type. */
    public String valueType;
    /** Derived by ValueLayout: the accessor's {@code @return} lines and the setter's doc. */
    public List<String> accessorDoc;
    public String setterDoc;
    public boolean requiredObject;
}
