package io.beyondwords.internal.json;

import java.net.URI;
import java.net.URISyntaxException;

/** Reads the URLs the server sends (a track's {@code media.url}) into {@link URI}s. */
public final class ApiUrls {
    /** Reads a URL on first access; see {@link TextReading}. Any text {@link URI} accepts is read. */
    public static final TextReading<URI> READING = new TextReading<>() {
        @Override
        public URI read(String text) {
            try {
                return new URI(text);
            } catch (URISyntaxException e) {
                return null;
            }
        }

        @Override
        public String expected() {
            return "a URL";
        }
    };

    private ApiUrls() {
    }
}
