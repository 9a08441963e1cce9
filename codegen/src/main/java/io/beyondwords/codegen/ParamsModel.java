package io.beyondwords.codegen;

import java.util.ArrayList;
import java.util.List;

/** The params type of one operation. */
public final class ParamsModel {
    public String packageName;
    public String name;
    public List<String> doc;
    public List<ParamModel> params = new ArrayList<>();
    public boolean hasRequired;
    /** Reads take a {@code none()}: params with nothing set, for the overload without params. */
    public boolean hasNone;
    /** Whether the operation sends a JSON body, so the params take {@code putAdditionalBodyProperty}. */
    public boolean hasBody;
    public List<PatternModel> patternFields = new ArrayList<>();

    /** A compiled pattern a check uses. */
    public static final class PatternModel {
        public String constant;
        public String regex;
    }

    /** The nullable flattened body objects, each cleared as a whole ({@code clearLightTheme()}). */
    public List<GroupClearModel> groupClears = new ArrayList<>();

    /** A nullable body object whose members are flattened into the params: its clearing method. */
    public static final class GroupClearModel {
        /** The clearing method's name, e.g. {@code clearLightTheme}. */
        public String clearer;
        /** The object's name as sent, e.g. {@code light_theme}. */
        public String wireName;
        /** The params members flattened from it. */
        public List<String> members = new ArrayList<>();
    }
}
