package io.beyondwords.codegen;

import java.util.ArrayList;
import java.util.List;

/** How one params type becomes its operation's request body (a wire model). */
public final class BodyModel {
    public String method;
    public String paramsType;
    public String wireClass;
    public List<Setter> setters = new ArrayList<>();

    /**
     * One member of the body: set from a param, or a flattened object set from several, or a list of one-member
     * objects set from one list param ({@link #itemClass} the wire model of its items). The template
     * {@code wire.mustache} writes the code of each.
     */
    public static final class Setter {
        /** The params member it is set from. */
        public String param;
        /** The wire model's setter of it, e.g. {@code setTitle}. */
        public String setter;
        /** A list or map param, sent when not empty (others are sent when not null). */
        public boolean collection;
        /** How the value becomes the wire's: its text, an enum's text, milliseconds, a JSON object, or as is. */
        public boolean text;
        public boolean enumValue;
        public boolean millis;
        public boolean jsonObject;
        public boolean asIs;
        /** A list of one-member objects: each item a new {@link #itemClass} holding it through {@link #itemMember}. */
        public boolean flattenedList;
        public String itemClass;
        public String itemMember;
        /** A flattened object: a new {@link #groupClass} in {@link #groupVar}, set from its {@link #members}. */
        public boolean group;
        public String groupClass;
        /** The object's local variable; its members carry it too, as the variable they set. */
        public String groupVar;
        public String groupSetter;
        public boolean single;
        public List<Setter> members = new ArrayList<>();

        /** @return a setter of {@code setter} from the param {@code param}, its value converted as its type needs */
        static Setter of(String param, String setter, TypeRef t) {
            Setter s = new Setter();
            s.param = param;
            s.setter = setter;
            s.collection = t.kind == Kind.LIST || t.kind == Kind.MAP;
            s.text = t.kind == Kind.URI || t.kind == Kind.TIMESTAMP;
            s.enumValue = t.kind == Kind.ENUM;
            s.millis = t.kind == Kind.DURATION;
            s.jsonObject = t.kind == Kind.MAP;
            s.asIs = !s.text && !s.enumValue && !s.millis && !s.jsonObject;
            return s;
        }
    }
}
