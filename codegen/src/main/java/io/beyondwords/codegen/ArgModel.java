package io.beyondwords.codegen;

/** A path parameter: an argument of the service method itself. */
public final class ArgModel {
    public String name;
    public String type;
    public String docClause;
    /** The expression giving its value as the text that goes in the path. */
    public String text;
    /** A statement rejecting a null argument, or empty for a primitive. */
    public String nullCheck;
}
