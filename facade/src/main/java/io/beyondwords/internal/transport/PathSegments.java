package io.beyondwords.internal.transport;

/**
 * The check the generated resource layer makes on a text path value before Retrofit puts it in the request's path.
 * Retrofit encodes any text as one segment ({@code /} included) and refuses {@code .} and {@code ..}, but an empty
 * value would silently drop its segment and name another resource (a list instead of an item).
 */
public final class PathSegments {
    private PathSegments() {
    }

    /**
     * @param name the path parameter's name, for the message
     * @param value its value
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if the value is empty, {@code .} or {@code ..}: it would change which path the
     *     request names (dropped, or read as "this" or "the parent" segment) rather than name an item
     */
    public static void require(String name, String value) {
        if (value == null) {
            throw new NullPointerException(name);
        }
        if (value.isEmpty() || value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException("the " + name + " path parameter must not be "
                    + (value.isEmpty() ? "empty" : "\"" + value + "\"") + ": it would change the request's path");
        }
    }
}
