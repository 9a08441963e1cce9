package io.beyondwords.benchmarks;

import io.beyondwords.testkit.BeyondWordsStandIn;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * Issue 28's import throughput, in a fresh JVM: the stand-in (in this JVM, on loopback) takes
 * {@value #DELAY_MS} ms per request and handles at most {@value #MAX_CONCURRENT} at once (429 with
 * {@code Retry-After: 1} beyond), so it allows at most 16 / 50 ms = 320 creates/s. Measured, each into its own
 * project: the CLI's {@code import} of N articles at {@code --concurrency 16} (the target: ≥ 0.85 × 320 items/s and
 * ≥ 10 × the sequential loop); the loop a user writes without it, {@code content().create} one after another, on
 * fewer items (its rate does not depend on how many); and, for reference, the import at {@code --concurrency 32},
 * twice what the server allows, where the CLI's adaptive limit meets 429s. A short import first loads and compiles
 * the code paths, untimed. Each run must leave exactly one item per article, or this exits non-zero; the reference
 * run only no duplicates (a row whose retries all met 429 fails, and shows as fewer items stored).
 *
 * <pre>java -cp benchmarks.jar io.beyondwords.benchmarks.ImportThroughputMain OUT.properties ITEMS SEQUENTIAL OVER</pre>
 */
public final class ImportThroughputMain {
  static final int DELAY_MS = 50;
  static final int MAX_CONCURRENT = 16;
  /** The CLI's concurrency for the target run: what the server allows. */
  static final int CONCURRENCY = 16;
  static final int OVER_LIMIT_CONCURRENCY = 32;

  private ImportThroughputMain() {
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int items = Integer.parseInt(args[1]);
    int sequentialItems = Integer.parseInt(args[2]);
    int overLimitItems = Integer.parseInt(args[3]);
    Path dir = Files.createTempDirectory("beyondwords-import-bench");
    Properties p = new Properties();
    try (BeyondWordsStandIn standIn = standIn(Duration.ofMillis(DELAY_MS))) {
      long target = BeyondWordsStandIn.DEFAULT_PROJECT_ID;
      long sequential = standIn.addProject("Sequential loop").id();
      long warmup = standIn.addProject("Warm-up").id();
      long overLimit = standIn.addProject("Over the limit").id();
      p.setProperty("server.delayMs", Integer.toString(DELAY_MS));
      p.setProperty("server.maxConcurrent", Integer.toString(MAX_CONCURRENT));
      p.setProperty("server.limitPerSecond", fmt(MAX_CONCURRENT * 1000.0 / DELAY_MS));

      System.out.println("warm-up: import of " + 2 * CONCURRENCY * 10 + " items (untimed)");
      check("warm-up", CliImport.importInto(standIn, warmup, dir, "warmup", 2 * CONCURRENCY * 10, CONCURRENCY));

      System.out.println("import of " + items + " items at --concurrency " + CONCURRENCY);
      put(p, "import", CONCURRENCY, check("import", CliImport.importInto(standIn, target, dir, "article", items,
          CONCURRENCY)));
      System.out.println("sequential content().create loop of " + sequentialItems + " items");
      put(p, "sequential", 1, check("sequential", CliImport.sequentialInto(standIn, sequential, "sequential",
          sequentialItems)));
      if (overLimitItems > 0) {
        System.out.println("import of " + overLimitItems + " items at --concurrency " + OVER_LIMIT_CONCURRENCY);
        // A reference run: rows whose retries ran out on 429s are reported (stored < items), not a failure.
        CliImport.Result over = CliImport.importInto(standIn, overLimit, dir, "over", overLimitItems,
            OVER_LIMIT_CONCURRENCY);
        if (over.duplicates() != 0) {
          throw new IllegalStateException("overLimit: " + over.duplicates() + " duplicates");
        }
        put(p, "overLimit", OVER_LIMIT_CONCURRENCY, over);
      }
    } finally {
      deleteTree(dir);
    }
    try (OutputStream stream = Files.newOutputStream(out)) {
      p.store(stream, "written by io.beyondwords.benchmarks.ImportThroughputMain");
    }
    p.forEach((k, v) -> System.out.println(k + "=" + v));
    System.exit(0); // the clients' pool threads would keep the JVM up for a minute
  }

  /** The rate-limited stand-in: {@code delay} per request, at most {@value #MAX_CONCURRENT} at once. */
  static BeyondWordsStandIn standIn(Duration delay) {
    return BeyondWordsStandIn.builder()
        .requestDelay(delay)
        .maxConcurrentRequests(MAX_CONCURRENT, Duration.ofSeconds(1))
        .build()
        .start();
  }

  private static CliImport.Result check(String run, CliImport.Result r) {
    if (r.exitCode() != 0 || r.stored() != r.items() || r.duplicates() != 0) {
      throw new IllegalStateException(run + ": exit " + r.exitCode() + ", " + r.stored() + " items stored for "
          + r.items() + " articles, " + r.duplicates() + " duplicates");
    }
    return r;
  }

  private static void put(Properties p, String run, int concurrency, CliImport.Result r) {
    p.setProperty(run + ".items", Integer.toString(r.items()));
    p.setProperty(run + ".concurrency", Integer.toString(concurrency));
    p.setProperty(run + ".seconds", fmt(r.seconds()));
    p.setProperty(run + ".itemsPerSecond", fmt(r.itemsPerSecond()));
    p.setProperty(run + ".refused429", Long.toString(r.refused429()));
    p.setProperty(run + ".duplicates", Integer.toString(r.duplicates()));
    p.setProperty(run + ".stored", Integer.toString(r.stored()));
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
