package io.beyondwords.internal.json;

/**
 * A response body that cannot be turned into what the call returns. Internal: the transport turns it into a public
 * {@code InvalidResponseException} once it knows the status and request id.
 */
public final class UnreadableBodyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one line naming the field and value where there is one */
    public UnreadableBodyException(String message) {
        super(message, null, false, false);
    }

    /**
     * For a member whose value cannot be used.
     *
     * @param field the member's path, e.g. {@code media.url}
     * @param value the value as received, or {@code null} when absent
     * @param expected what was expected instead
     * @return the exception
     */
    public static UnreadableBodyException badField(String field, String value, String expected) {
        return badField("the response", field, value, expected);
    }

    /**
     * For a member whose value cannot be used, found after the call returned (so its item is named, not indexed).
     *
     * @param owner what the member belongs to, e.g. {@code background track 42}
     * @param field the member's path within it, e.g. {@code media.url}
     * @param value the value as received, or {@code null} when absent
     * @param expected what was expected instead
     * @return the exception
     */
    public static UnreadableBodyException badField(String owner, String field, String value, String expected) {
        if (value == null) {
            return new UnreadableBodyException(owner + " has no '" + field + "' (required)");
        }
        return new UnreadableBodyException(owner + "'s '" + field + "' is \"" + shown(value) + "\", not " + expected);
    }

    /**
     * @param text text from the server
     * @return the text as it may appear in a one-line message: at most 100 characters, line breaks as spaces
     */
    static String shown(String text) {
        String bounded = text.length() > 100 ? text.substring(0, 100) + "…" : text;
        return bounded.replaceAll("[\\r\\n]", " ");
    }
}
