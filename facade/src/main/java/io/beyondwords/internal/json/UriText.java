package io.beyondwords.internal.json;

/**
 * A fast check that a text is an absolute http(s) URL of a shape {@link java.net.URI} certainly accepts:
 * {@code http(s)://host[:port][/path][?query][#fragment]} with a plain host name or IPv4 address, only unreserved,
 * sub-delimiter, {@code :}, {@code @}, {@code /} and {@code ?} characters after it, and well-formed {@code %XX}
 * escapes. Anything else (IPv6 literals, user info, unusual characters) answers false and gets the full parse.
 */
public final class UriText {
    private UriText() {
    }

    /**
     * @param s a URL as text
     * @return whether {@link java.net.URI} certainly accepts it, so parsing it can wait until it is needed
     */
    public static boolean certainlyValid(String s) {
        int i;
        if (s.startsWith("https://")) {
            i = 8;
        } else if (s.startsWith("http://")) {
            i = 7;
        } else {
            return false;
        }
        int n = s.length();
        int hostStart = i;
        while (i < n && isHostChar(s.charAt(i))) {
            i++;
        }
        if (i == hostStart) {
            return false;
        }
        if (i < n && s.charAt(i) == ':') {
            int portStart = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == portStart || i - portStart > 5) {
                return false;
            }
        }
        if (i < n && s.charAt(i) != '/' && s.charAt(i) != '?' && s.charAt(i) != '#') {
            return false;
        }
        boolean inFragment = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '#') {
                if (inFragment) {
                    return false;
                }
                inFragment = true;
            } else if (c == '%') {
                if (i + 2 >= n || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!isPathChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** ASCII characters allowed in a host name; a table because this runs for every character of every URL. */
    private static final boolean[] HOST = table("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");
    /** RFC 3986 unreserved, sub-delims, ':', '@', '/', '?'. */
    private static final boolean[] PATH = table(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?");

    private static boolean[] table(String chars) {
        boolean[] table = new boolean[128];
        for (int i = 0; i < chars.length(); i++) {
            table[chars.charAt(i)] = true;
        }
        return table;
    }

    private static boolean isHostChar(char c) {
        return c < 128 && HOST[c];
    }

    private static boolean isPathChar(char c) {
        return c < 128 && PATH[c];
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
