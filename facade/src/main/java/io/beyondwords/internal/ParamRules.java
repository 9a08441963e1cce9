package io.beyondwords.internal;

import java.net.URI;
import java.net.URISyntaxException;

/** The checks generated params builders share for what the API description rules out. */
public final class ParamRules {
    private ParamRules() {
    }

    /**
     * @param text a URL as text
     * @param owner the params type, for the message
     * @param name the param's name, for the message
     * @return the URL
     * @throws IllegalArgumentException naming the param if the text is not a URI, or not an absolute one
     */
    public static URI uri(String text, String owner, String name) {
        try {
            return absolute(new URI(text), owner, name);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(owner + ": " + name + " is not a valid URL (" + e.getReason() + ")");
        }
    }

    /**
     * @param uri a URL
     * @param owner the params type, for the message
     * @param name the param's name, for the message
     * @return the URL
     * @throws IllegalArgumentException naming the param if the URL is not absolute
     */
    public static URI absolute(URI uri, String owner, String name) {
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException(owner + ": " + name + " must be an absolute URL, was \"" + uri + "\"");
        }
        return uri;
    }
}
