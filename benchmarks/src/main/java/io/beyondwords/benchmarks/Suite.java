package io.beyondwords.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole suite, group by group, each group writing JMH's JSON to {@code <results>/<group>.json}, then
 * rewrites BENCHMARKS.md through {@link Report}. Started by {@code benchmarks/run.sh}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.beyondwords.benchmarks.Suite [--quick] [--only REGEX]
 *     [--results DIR] [--report FILE] [--no-report]
 * </pre>
 * {@code --quick}: one fork, few short iterations — a smoke run whose report is labelled as such.
 * {@code --only}: run only the groups whose name matches (the report then covers only those).
 */
public final class Suite {

  /** One JMH invocation: a benchmark selection with its mode, thread count and iteration plan. */
  record Group(String name, String include, Mode mode, TimeUnit unit, int threads, int forks,
               int warmups, int warmupSeconds, int measurements, int measurementSeconds, boolean gcProfiler) {
  }

  private static final String PKG = "^io\\.beyondwords\\.benchmarks\\.";
  private static final String PER_CALL = "[A-Za-z0-9]+_(retrieve|listPage|contentPage)$";
  private static final String THROUGHPUT = "(raw|retrofit|facade)_(retrieve|retrieveAsync)$";
  static final int[] CALLERS = {1, 8, 64};
  static final String THREADS_GROUP = "withoptions-threads";
  static final String PREFETCH_GROUP = "prefetch-paging";
  static final String LISTENER_GROUP = "listener-thrpt-t8";
  static final String IMPORT_GROUP = "cli-import";
  static final String IMPORT_MEMORY_GROUP = "cli-import-memory";
  /** Issue 28: articles imported, the sequential loop's items, the over-the-limit import's items; full and quick. */
  static final int[] IMPORT_ITEMS = {10_000, 500, 3_000};
  static final int[] IMPORT_ITEMS_QUICK = {2_000, 100, 500};
  /** Issue 28: rows the memory check streams under -Xmx128m; full and quick. */
  static final long IMPORT_MEMORY_ROWS = 1_000_000;
  static final long IMPORT_MEMORY_ROWS_QUICK = 50_000;

  private Suite() {
  }

  static List<Group> groups(boolean quick) {
    List<Group> groups = new ArrayList<>();
    Mode avgt = Mode.AverageTime;
    Mode thrpt = Mode.Throughput;
    TimeUnit us = TimeUnit.MICROSECONDS;
    TimeUnit s = TimeUnit.SECONDS;
    if (quick) {
      groups.add(new Group("inmemory-time", PKG + "InMemoryBenchmarks\\." + PER_CALL, avgt, us, 1, 1, 2, 1, 3, 1, true));
      groups.add(new Group("loopback-time", PKG + "LoopbackBenchmarks\\." + PER_CALL, avgt, us, 1, 1, 3, 1, 3, 1, true));
      for (int t : CALLERS) {
        groups.add(new Group("inmemory-thrpt-t" + t, PKG + "InMemoryBenchmarks\\." + THROUGHPUT, thrpt, s, t, 1,
            1, 1, 2, 1, false));
        groups.add(new Group("loopback-thrpt-t" + t, PKG + "LoopbackBenchmarks\\." + THROUGHPUT, thrpt, s, t, 1,
            2, 1, 2, 1, false));
      }
      groups.add(new Group("autopaging", PKG + "AutoPagingBenchmarks\\.", Mode.SingleShotTime, s, 1, 1,
          0, 0, 1, 0, false));
      groups.add(new Group("startup", PKG + "StartupBenchmarks\\.", Mode.SingleShotTime, TimeUnit.MILLISECONDS, 1,
          3, 0, 0, 1, 0, false));
      groups.add(new Group(PREFETCH_GROUP, PKG + "PrefetchPagingBenchmarks\\.", Mode.SingleShotTime,
          TimeUnit.MILLISECONDS, 1, 1, 1, 0, 3, 0, false));
      groups.add(new Group(LISTENER_GROUP, PKG + "ListenerBenchmarks\\.", thrpt, s, 8, 1, 2, 1, 2, 1, false));
    } else {
      // Why the targets' groups run several forks: on 2 shared cores each fork settles at its own level, for raw
      // OkHttp as for the facade, so one fork per variant compares levels, not variants. Seen: time per call, 100-track
      // page, the facade's forks at 204 and 329 us/op, raw's at 191 and 171; in-memory throughput at 8 callers, forks
      // at 250,000 and 430,000 calls/s; loopback at 8 callers, two levels ~25 % apart, switching within a fork. In
      // memory, many callers also compete with the JIT: throughput still climbs for ~10 s (30,000 to 300,000 calls/s
      // at 8 callers), hence ten warmup seconds there.
      groups.add(new Group("inmemory-time", PKG + "InMemoryBenchmarks\\." + PER_CALL, avgt, us, 1, 4, 5, 1, 5, 1,
          true));
      groups.add(new Group("loopback-time", PKG + "LoopbackBenchmarks\\." + PER_CALL, avgt, us, 1, 1, 10, 2, 10, 2,
          true));
      for (int t : CALLERS) {
        // Targets: in memory 8 and 64 callers, on loopback 8 callers.
        int inMemoryForks = t == 1 ? 1 : 3;
        groups.add(new Group("inmemory-thrpt-t" + t, PKG + "InMemoryBenchmarks\\." + THROUGHPUT, thrpt, s, t,
            inMemoryForks, 10, 1, 5, 1, false));
        int forks = t == 8 ? 2 : 1;
        groups.add(new Group("loopback-thrpt-t" + t, PKG + "LoopbackBenchmarks\\." + THROUGHPUT, thrpt, s, t, forks,
            10, 2, t == 8 ? 8 : 10, 2, false));
      }
      groups.add(new Group("autopaging", PKG + "AutoPagingBenchmarks\\.", Mode.SingleShotTime, s, 1, 1,
          1, 0, 5, 0, false));
      // Construction + first call: one fresh JVM differs from the next by up to a fifth, and the target (≤ 1.05× bare
      // Retrofit) is narrow, so 40 forks per variant keep the mean's error near 3 %.
      groups.add(new Group("startup", PKG + "StartupBenchmarks\\.", Mode.SingleShotTime, TimeUnit.MILLISECONDS, 1,
          40, 0, 0, 1, 0, false));
      // Each invocation is a whole listing (~0.4–0.9 s); sleeps dominate it, so few invocations settle the mean.
      groups.add(new Group(PREFETCH_GROUP, PKG + "PrefetchPagingBenchmarks\\.", Mode.SingleShotTime,
          TimeUnit.MILLISECONDS, 1, 1, 2, 0, 8, 0, false));
      // Issue 27: a listener's cost at 8 callers on loopback (≥ 0.97×, a narrow target: each variant's error must
      // stay near 2 % for the ratio's to stay within 3 %). Each fork settles at its own level, so forks, not longer
      // iterations, narrow the error: 2 forks × 5 iterations gave ±0.37 on the ratio. Eight forks of 3 × 2 s warmup
      // (the observation's code is compiled within it) and 8 × 1 s measured, 64 samples a variant: ~2 minutes a
      // variant, ~6 minutes for the group.
      groups.add(new Group(LISTENER_GROUP, PKG + "ListenerBenchmarks\\.", thrpt, s, 8, 8, 3, 2, 8, 1, false));
    }
    return groups;
  }

  private static double load1() {
    try {
      return Double.parseDouble(Machine.loadAverage().split(" ")[0]);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Runs {@link ThreadCountMain} in a fresh JVM with this classpath; its stdout becomes {@code out}. */
  private static boolean threadCount(Path out) throws IOException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ThreadCountMain.class.getName())
        .redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    try {
      if (p.waitFor() == 0) {
        System.out.print(Files.readString(out));
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Files.deleteIfExists(out);
    return false;
  }

  /**
   * Runs {@code main} in a fresh JVM with this classpath as group {@code name}, when {@code only} selects it: the
   * program writes {@code <results>/<name>.properties} (its first argument) and exits 0, or the group failed.
   */
  private static void freshJvmGroup(String name, Pattern only, Path results, List<String> ran, List<String> failed,
                                    Class<?> main, String... args) throws IOException {
    if (only != null && !only.matcher(name).find()) {
      return;
    }
    System.out.printf("%n===== %s (fresh JVM) =====%n", name);
    Path out = results.resolve(name + ".properties");
    List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), main.getName(), out.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).inheritIO().start();
    try {
      if (p.waitFor() == 0 && Files.exists(out)) {
        ran.add(name);
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Files.deleteIfExists(out);
    failed.add(name);
  }

  public static void main(String[] args) throws IOException {
    boolean quick = false;
    boolean report = true;
    Pattern only = null;
    Path results = Paths.get("benchmarks", "target", "jmh-results");
    Path reportFile = Paths.get("BENCHMARKS.md");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--no-report" -> report = false;
        case "--only" -> only = Pattern.compile(args[++i]);
        case "--results" -> results = Paths.get(args[++i]);
        case "--report" -> reportFile = Paths.get(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + " (expected --quick, --only REGEX, --results DIR, --report FILE, --no-report)");
      }
    }

    Files.createDirectories(results);
    try (Stream<Path> old = Files.list(results)) {
      for (Path p : (Iterable<Path>) old::iterator) {
        Files.delete(p);
      }
    }

    Properties info = new Properties();
    info.setProperty("mode", quick ? "quick" : "full");
    info.setProperty("arguments", String.join(" ", args));
    info.setProperty("started", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    info.setProperty("loadavg.start", Machine.loadAverage());
    info.setProperty("commit", Machine.commit()); // what is measured; regenerating the report later keeps it

    double maxLoad = load1();
    List<String> failed = new ArrayList<>();
    List<String> ran = new ArrayList<>();
    for (Group g : groups(quick)) {
      if (only != null && !only.matcher(g.name()).find()) {
        continue;
      }
      System.out.printf("%n===== %s (%s, %d thread(s), %d fork(s)) =====%n", g.name(), g.mode().shortLabel(),
          g.threads(), g.forks());
      ChainedOptionsBuilder opts = new OptionsBuilder()
          .include(g.include())
          .mode(g.mode())
          .timeUnit(g.unit())
          .threads(g.threads())
          .forks(g.forks())
          .warmupIterations(g.warmups())
          .measurementIterations(g.measurements())
          .shouldFailOnError(false)
          .resultFormat(ResultFormatType.JSON)
          .result(results.resolve(g.name() + ".json").toString());
      if (g.mode() != Mode.SingleShotTime) {
        opts.warmupTime(TimeValue.seconds(g.warmupSeconds())).measurementTime(TimeValue.seconds(g.measurementSeconds()));
      }
      if (g.gcProfiler()) {
        opts.addProfiler(GCProfiler.class);
      }
      try {
        new Runner(opts.build()).run();
        ran.add(g.name());
      } catch (RunnerException | RuntimeException e) {
        System.err.println("group " + g.name() + " failed: " + e);
        failed.add(g.name());
      }
      maxLoad = Math.max(maxLoad, load1());
    }
    int[] importItems = quick ? IMPORT_ITEMS_QUICK : IMPORT_ITEMS;
    freshJvmGroup(IMPORT_GROUP, only, results, ran, failed, ImportThroughputMain.class,
        Integer.toString(importItems[0]), Integer.toString(importItems[1]), Integer.toString(importItems[2]));
    freshJvmGroup(IMPORT_MEMORY_GROUP, only, results, ran, failed, ImportMemoryMain.class,
        Long.toString(quick ? IMPORT_MEMORY_ROWS_QUICK : IMPORT_MEMORY_ROWS));
    if (only == null || only.matcher(THREADS_GROUP).find()) {
      System.out.printf("%n===== %s (fresh JVM) =====%n", THREADS_GROUP);
      if (threadCount(results.resolve(THREADS_GROUP + ".properties"))) {
        ran.add(THREADS_GROUP);
      } else {
        failed.add(THREADS_GROUP);
      }
    }

    info.setProperty("groups", String.join(",", ran));
    info.setProperty("groups.failed", String.join(",", failed));
    info.setProperty("finished", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    info.setProperty("loadavg.end", Machine.loadAverage());
    info.setProperty("loadavg.max1", Double.toString(maxLoad));
    try (OutputStream out = Files.newOutputStream(results.resolve("run-info.properties"))) {
      info.store(out, "written by io.beyondwords.benchmarks.Suite");
    }
    if (report) {
      Report.write(results, reportFile);
      System.out.println("\nWrote " + reportFile.toAbsolutePath());
    }
  }
}
