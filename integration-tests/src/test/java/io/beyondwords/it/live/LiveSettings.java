package io.beyondwords.it.live;

import okhttp3.HttpUrl;

/**
 * The environment the live tests read. The key is only ever read from the environment (never from the repository)
 * and never printed.
 */
final class LiveSettings {

    static final String API_KEY_ENV = "BEYONDWORDS_API_KEY";
    static final String BASE_URL_ENV = "BEYONDWORDS_BASE_URL";
    static final String WRITE_ENV = "BEYONDWORDS_LIVE_WRITE";
    static final String DEFAULT_BASE_URL = "https://api.beyondwords.io/v1";

    private LiveSettings() {
    }

    static String apiKey() {
        String key = System.getenv(API_KEY_ENV);
        if (key == null || key.isBlank()) {
            throw new IllegalStateException(API_KEY_ENV + " is not set"); // guarded by @EnabledIfEnvironmentVariable
        }
        return key.trim();
    }

    /** {@code BEYONDWORDS_BASE_URL}, or the production API; no trailing slash. */
    static HttpUrl baseUrl() {
        String configured = System.getenv(BASE_URL_ENV);
        String url = configured == null || configured.isBlank() ? DEFAULT_BASE_URL : configured.trim();
        HttpUrl parsed = HttpUrl.get(url);
        String path = parsed.encodedPath();
        return path.endsWith("/") && path.length() > 1
                ? parsed.newBuilder().encodedPath(path.substring(0, path.length() - 1)).build() : parsed;
    }
}
