package io.beyondwords.benchmarks;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;

/**
 * Construction plus the first call of one variant ({@code raw}, {@code retrofit} or {@code facade}) in this fresh
 * JVM, exactly as {@link StartupBenchmarks} times it, printing the time and how many classes it loaded. The benchmark
 * gives the ratio to quote; this shows where a first call's time goes, for example with
 * {@code -Xlog:class+load=info:file=classes.log} to list the classes in load order. Run the variants in alternation,
 * many times each: one fresh JVM varies by a fifth from the next.
 */
public final class FirstCallMain {
  private FirstCallMain() {
  }

  public static void main(String[] args) throws Exception {
    String variant = args.length == 1 ? args[0] : "";
    StartupBenchmarks benchmark = new StartupBenchmarks();
    benchmark.setUp(); // the loopback server: not part of what is timed, as in the benchmark
    ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    try {
      int before = classes.getLoadedClassCount();
      long start = System.nanoTime();
      switch (variant) {
        case "raw" -> benchmark.raw_constructAndFirstCall();
        case "retrofit" -> benchmark.retrofit_constructAndFirstCall();
        case "facade" -> benchmark.facade_constructAndFirstCall();
        default -> throw new IllegalArgumentException("usage: FirstCallMain raw|retrofit|facade");
      }
      long nanos = System.nanoTime() - start;
      System.out.printf("%s %.1f ms, %d classes loaded%n", variant, nanos / 1e6,
          classes.getLoadedClassCount() - before);
    } finally {
      benchmark.tearDown();
    }
    System.exit(0); // the clients' dispatcher and pool threads would keep the JVM up for a minute
  }
}
