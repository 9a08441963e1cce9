package io.beyondwords.codegen;

/**
 * One rule a params builder applies before any request, as the spec states it: a bound, a length or a pattern. The
 * template {@code check.mustache} writes the test and the message of each kind.
 */
public final class CheckModel {
    /** The variable checked: the param, or one item of a list param. */
    public String value;
    /** What the message calls it, e.g. {@code summary} or {@code a segment of segments}. */
    public String subject;
    /** A URI, whose length and pattern are those of its text. */
    public boolean uri;
    /** A {@code minimum} or {@code maximum} of {@link #bound}, a number as the message says it. */
    public boolean minimum;
    public boolean maximum;
    /** Whether the bound itself is ruled out ({@code exclusiveMinimum}, {@code exclusiveMaximum}). */
    public boolean exclusive;
    public String bound;
    /** A {@code long} param: its bound is written with the suffix {@code L}. */
    public boolean longBound;
    /** A {@code BigDecimal}, compared with {@code compareTo} (it has no operators). */
    public boolean decimal;
    /** A {@code minLength} or {@code maxLength} of {@link #length} characters. */
    public boolean minLength;
    public boolean maxLength;
    public int length;
    /** A {@code minLength} of 1: the message says "must not be empty". */
    public boolean nonEmpty;
    /** A {@code pattern}: the params type's compiled constant of it, and the message's words for it. */
    public boolean pattern;
    public String patternConstant;
    /** The message's words for the pattern, as the inside of a Java string literal. */
    public String patternWords;

    CheckModel(String value, String subject, boolean uri) {
        this.value = value;
        this.subject = subject;
        this.uri = uri;
    }
}
