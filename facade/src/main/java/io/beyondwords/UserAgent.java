package io.beyondwords;

/** Builds the User-Agent header: {@code beyondwords-java/<version> (Java <version>; <os>)}, then the suffix. */
final class UserAgent {
    /** The version the build wrote into {@link SdkVersion}. */
    static final String SDK_VERSION = SdkVersion.VALUE;

    private UserAgent() {
    }

    static String of(String suffix) {
        String base = "beyondwords-java/" + SDK_VERSION + " (Java " + System.getProperty("java.version", "unknown")
                + "; " + System.getProperty("os.name", "unknown") + ")";
        return ascii(suffix == null ? base : base + " " + suffix);
    }

    /** HTTP header values must be printable ASCII; OkHttp would reject anything else at request time. */
    private static String ascii(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return sb.toString();
    }
}
