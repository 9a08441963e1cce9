package io.beyondwords.backgroundtracks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The checks create and update share. Only what is certainly invalid is rejected, so a rule the server relaxes
 * later never blocks a valid request; everything else is left to the server's 422.
 */
final class TrackFieldRules {
    private TrackFieldRules() {
    }

    static String name(String name, String owner) {
        Objects.requireNonNull(name, owner + ": name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException(owner + ": name must not be blank");
        }
        return name;
    }

    static int volume(int volume, String owner) {
        if (volume < 0) {
            throw new IllegalArgumentException(owner + ": volume is a percentage and must not be negative, was "
                    + volume);
        }
        return volume;
    }

    static URI mediaUrl(String url, String owner) {
        Objects.requireNonNull(url, owner + ": mediaUrl must not be null");
        try {
            return mediaUrl(new URI(url.trim()), owner);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(owner + ": mediaUrl is not a valid URL: " + e.getReason());
        }
    }

    static URI mediaUrl(URI url, String owner) {
        Objects.requireNonNull(url, owner + ": mediaUrl must not be null");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException(owner
                    + ": mediaUrl must be an absolute http(s) URL the API can download from, e.g."
                    + " https://example.com/track.mp3");
        }
        return url;
    }
}
