package io.beyondwords.errors;

import java.util.Objects;

/**
 * One invalid field named in an error body's {@code errors[]}, e.g. location {@code source_id}, message
 * {@code has already been taken}.
 *
 * @param location the field's name as the server spells it; empty if the server sent none
 * @param message what is wrong with it; empty if the server sent none
 */
public record FieldError(String location, String message) {
    /**
     * Replaces {@code null} members with empty strings.
     *
     * @param location the field's name as the server spells it, or {@code null}
     * @param message what is wrong with it, or {@code null}
     */
    public FieldError {
        location = Objects.requireNonNullElse(location, "");
        message = Objects.requireNonNullElse(message, "");
    }
}
