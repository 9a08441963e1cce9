package io.beyondwords.benchmarks;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.observability.RequestListener;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.UnaryOperator;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * Builds the facade variant exactly as a user does, and — for the in-memory transport only — re-plumbs it.
 *
 * <p>STOPGAP: {@code BeyondWordsClient.Builder} offers no way to supply an {@code OkHttpClient} or an interceptor
 * (and its transport clears the interceptors of the client it derives from). So {@link #inMemory} walks the built
 * client's own objects ({@code io.beyondwords.*}) and replaces every {@code OkHttpClient} it holds with the same
 * client plus the fixed-response interceptor appended last — after the facade's own application interceptors, so
 * they all run and only the socket is skipped. Network interceptors (the facade sets the key there) do not run in
 * memory, as for every variant. If the facade gains a supported hook, use it here instead.
 */
final class FacadeClients {
  private FacadeClients() {
  }

  /**
   * The facade against a real server: {@code baseUrl} as the loopback server gives it (trailing slash dropped), with
   * these request listeners registered.
   */
  static BeyondWordsClient loopback(String baseUrl, RequestListener... listeners) {
    BeyondWordsClient.Builder builder = BeyondWordsClient.builder()
        .apiKey(HttpClients.API_KEY)
        .baseUrl(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl)
        .allowInsecureHttp(true);
    for (RequestListener listener : listeners) {
      builder.addRequestListener(listener);
    }
    return builder.build();
  }

  /**
   * The facade over the in-memory transport; with {@code retryLayer} false, its retry interceptor is taken out of
   * the chain (to measure what that layer costs when no retry happens).
   */
  static BeyondWordsClient inMemory(Interceptor transport, boolean retryLayer) {
    BeyondWordsClient client = loopback(HttpClients.IN_MEMORY_BASE_URL);
    int[] removed = {0};
    int replaced = rewriteHttpClients(client, http -> {
      OkHttpClient.Builder b = http.newBuilder();
      if (!retryLayer) {
        int before = b.interceptors().size();
        b.interceptors().removeIf(i -> i.getClass().getSimpleName().equals("RetryInterceptor"));
        removed[0] += before - b.interceptors().size();
      }
      return b.addInterceptor(transport).build();
    });
    if (replaced == 0) {
      throw new IllegalStateException("found no OkHttpClient inside BeyondWordsClient: update FacadeClients");
    }
    if (!retryLayer && removed[0] == 0) {
      throw new IllegalStateException("found no RetryInterceptor in the facade's chain: update FacadeClients");
    }
    return client;
  }

  /** Replaces every {@code OkHttpClient} field reachable from {@code root} through {@code io.beyondwords.*} objects. */
  static int rewriteHttpClients(Object root, UnaryOperator<OkHttpClient> rewrite) {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object> todo = new ArrayDeque<>();
    todo.add(root);
    int replaced = 0;
    while (!todo.isEmpty()) {
      Object o = todo.poll();
      if (!seen.add(o)) {
        continue;
      }
      for (Class<?> c = o.getClass(); c != null && isSdk(c); c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
            continue;
          }
          try {
            f.setAccessible(true);
            Object v = f.get(o);
            if (v instanceof OkHttpClient http) {
              f.set(o, rewrite.apply(http));
              replaced++;
            } else if (v != null && isSdk(v.getClass())) {
              todo.add(v);
            }
          } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot re-plumb " + c.getName() + "." + f.getName(), e);
          }
        }
      }
    }
    return replaced;
  }

  private static boolean isSdk(Class<?> c) {
    return c.getName().startsWith("io.beyondwords.") && !c.getName().startsWith("io.beyondwords.benchmarks.");
  }
}
