package io.beyondwords.codegen;

import java.util.ArrayList;
import java.util.List;

/** An open enumeration: the values the spec lists, and any other kept as text. */
public final class EnumModel {
    public String packageName;
    public String name;
    public List<String> doc;
    public List<Constant> constants = new ArrayList<>();

    /** One listed value. */
    public static final class Constant {
        public String name;
        /** The value as a Java string literal's content. */
        public String value;
        /** The value itself. */
        public String text;
    }
}
