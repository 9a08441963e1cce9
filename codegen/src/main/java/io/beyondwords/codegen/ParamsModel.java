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
    public List<PatternModel> patternFields = new ArrayList<>();

    /** A compiled pattern a check uses. */
    public static final class PatternModel {
        public String constant;
        public String regex;
    }
}
