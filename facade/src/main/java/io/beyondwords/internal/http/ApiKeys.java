package io.beyondwords.internal.http;

/** The one check of an API key, wherever one is given: the client's, or one call's. */
public final class ApiKeys {
    private ApiKeys() {
    }

    /**
     * @param key the key
     * @param where how to set one, for the message
     * @return the key
     * @throws IllegalArgumentException if it is missing, blank, or has whitespace, control or non-ASCII characters;
     *     the message never contains the key
     */
    public static String check(String key, String where) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("The BeyondWords API key is missing: " + where);
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                // Never echo the key: the message must be safe to log. The index is enough to find a stray newline.
                throw new IllegalArgumentException("The BeyondWords API key must be printable ASCII without"
                        + " whitespace, but has a bad character at index " + i + " (a stray space or newline?): "
                        + where);
            }
        }
        return key;
    }
}
