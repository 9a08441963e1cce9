package io.beyondwords;

/**
 * Text given to {@link JsonValue#parse(String)} that is not one JSON value. The message says where the text goes
 * wrong (a path such as {@code $.media[1]} and a character offset) but does not repeat the text.
 */
public final class InvalidJsonException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Where the text goes wrong, as a JSON path. */
    private final String path;

    /**
     * @param message one readable line
     * @param path where the text goes wrong, e.g. {@code $.media[1]}
     */
    public InvalidJsonException(String message, String path) {
        super(message);
        this.path = path;
    }

    /** @return where the text goes wrong, as a JSON path such as {@code $} or {@code $.media[1].url} */
    public String path() {
        return path;
    }
}
