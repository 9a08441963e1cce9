package io.beyondwords.it.prism;

import io.beyondwords.it.support.SpecValidatingInterceptor;
import okhttp3.OkHttpClient;

/** A raw OkHttp client for Prism with the spec validator as a network interceptor. */
final class PrismClients {

    /** Never a real key: Prism only checks that the X-Api-Key header is present. */
    static final String FAKE_KEY = "test-key-not-a-real-key";

    private PrismClients() {
    }

    static OkHttpClient validated(SpecValidatingInterceptor validator) {
        return new OkHttpClient.Builder().addNetworkInterceptor(validator).build();
    }

    static void shutdown(OkHttpClient client) {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
