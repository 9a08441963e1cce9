package io.beyondwords.codegen;

/** A path parameter: an argument of the service method itself. */
public final class ArgModel {
    public String name;
    public String type;
    public String docClause;
    /** The text the wire interface takes for it. */
    public String toWire;
    /** A statement rejecting a null argument, or empty for a primitive. */
    public String nullCheck;
}
