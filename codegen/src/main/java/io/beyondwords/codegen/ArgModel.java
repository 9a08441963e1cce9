package io.beyondwords.codegen;

/** A path parameter: an argument of the service method itself. */
public final class ArgModel {
    public String name;
    public String type;
    public String docClause;
    /** Text ({@code String}), checked before it goes in the path; otherwise a number, passed as its decimal text. */
    public boolean isText;
}
