package io.beyondwords.benchmarks;

import io.beyondwords.BeyondWordsClient;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Counts the live threads a {@code withOptions} client adds, in a fresh JVM: start the loopback server, build a
 * client and make sync and async calls through it (so its dispatcher and pool threads exist), count; derive a client
 * with {@code withOptions}, make the same calls through it, count again. Prints a properties file to stdout;
 * {@link Suite} stores it as {@code withoptions-threads.properties} for the report.
 */
public final class ThreadCountMain {
  private ThreadCountMain() {
  }

  public static void main(String[] args) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    try (LoopbackServer server = new LoopbackServer()) {
      int beforeClient = mx.getThreadCount();
      try (BeyondWordsClient base = FacadeClients.loopback(server.baseUrl())) {
        exercise(base);
        int afterBase = mx.getThreadCount();
        Map<String, Integer> baseThreads = names(mx);
        BeyondWordsClient derived = base.withOptions(o -> o.readTimeout(Duration.ofSeconds(5)).maxRetries(5));
        exercise(derived);
        int afterDerived = mx.getThreadCount();
        StringJoiner added = new StringJoiner(", ");
        names(mx).forEach((name, n) -> {
          int extra = n - baseThreads.getOrDefault(name, 0);
          if (extra > 0) {
            added.add(extra + " × " + name);
          }
        });
        System.out.println("threads.beforeClient=" + beforeClient);
        System.out.println("threads.afterBaseClientCalls=" + afterBase);
        System.out.println("threads.afterWithOptionsClientCalls=" + afterDerived);
        System.out.println("new.threads=" + Math.max(0, afterDerived - afterBase));
        System.out.println("new.thread.names=" + added);
      }
    }
  }

  private static void exercise(BeyondWordsClient client) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      client.backgroundTracks().retrieve(1);
      client.async().backgroundTracks().retrieve(1).join();
    }
    Thread.sleep(300);
  }

  private static Map<String, Integer> names(ThreadMXBean mx) {
    Map<String, Integer> names = new TreeMap<>();
    for (ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (t != null) {
        names.merge(t.getThreadName(), 1, Integer::sum);
      }
    }
    return names;
  }
}
