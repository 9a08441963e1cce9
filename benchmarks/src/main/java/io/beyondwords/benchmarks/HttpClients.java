package io.beyondwords.benchmarks;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/** The OkHttp configuration every variant starts from, so the variants differ only in the layers above it. */
final class HttpClients {
  /** A base URL for the in-memory transport; nothing listens there, so a request that escapes the interceptor fails. */
  static final String IN_MEMORY_BASE_URL = "http://127.0.0.1:9/v1/";

  static final String API_KEY = "bench-key";

  private HttpClients() {
  }

  /**
   * OkHttp's defaults (connection pool of 5 idle connections, 5 async calls per host), plus the fixed-response
   * interceptor last when {@code transport} is non-null.
   */
  static OkHttpClient okHttp(Interceptor transport) {
    OkHttpClient.Builder builder = new OkHttpClient.Builder();
    if (transport != null) {
      builder.addInterceptor(transport);
    }
    return builder.build();
  }

  /** Releases the dispatcher's threads and the pooled connections. */
  static void shutdown(OkHttpClient client) {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
