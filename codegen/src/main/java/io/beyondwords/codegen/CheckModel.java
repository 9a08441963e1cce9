package io.beyondwords.codegen;

/** One rule a params builder applies before any request: a condition that rejects, and what it says. */
public final class CheckModel {
    /** Java condition, true when the value (named as the param) is invalid. */
    public String condition;
    /** Java expression appended to the params type's name: the message. */
    public String message;

    CheckModel(String condition, String message) {
        this.condition = condition;
        this.message = message;
    }
}
