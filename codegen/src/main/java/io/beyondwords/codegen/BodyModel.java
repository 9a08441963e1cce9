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
     * objects set from one list param ({@link #itemClass} the wire model of its items).
     */
    public static final class Setter {
        public String condition;
        public String statement;
        public String itemClass;
        public boolean group;
        public String groupClass;
        public String groupVar;
        public String groupSetter;
        public boolean single;
        public List<Setter> members = new ArrayList<>();
    }
}
