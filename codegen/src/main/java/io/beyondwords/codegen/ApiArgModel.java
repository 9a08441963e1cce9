package io.beyondwords.codegen;

/**
 * One argument of a generated Retrofit interface's method, in the interface's order: exactly one of a path argument,
 * a query parameter of the params, the request body, or an input the facade never sends ({@code null}).
 */
public final class ApiArgModel {
    /** The path argument it passes on, or {@code null}. */
    public ArgModel pathArg;
    /** The query parameter it passes on, or {@code null}. */
    public ParamModel queryParam;
    /** The request body, made from the params by the resource's wire class. */
    public boolean isBody;
    /** The name of the wire class's method making the body from the params, for {@link #isBody}. */
    public String bodyMethod;
    /** An input of the wire method the facade leaves out (an optional header or cookie). */
    public boolean isAbsent;
    /** The last argument: no separator follows it. */
    public boolean last;
}
