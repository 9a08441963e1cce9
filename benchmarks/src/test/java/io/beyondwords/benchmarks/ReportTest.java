package io.beyondwords.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReportTest {

  private static String result(String method, String mode, int threads, double score, String error, String unit,
                               Double alloc) {
    String secondary = alloc == null ? "{}"
        : "{\"gc.alloc.rate.norm\":{\"score\":" + alloc + ",\"scoreError\":1.0,\"scoreUnit\":\"B/op\"}}";
    return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"io.beyondwords.benchmarks." + method + "\",\"mode\":\"" + mode
        + "\",\"threads\":" + threads + ",\"forks\":1,\"jvm\":\"/usr/bin/java\",\"jvmArgs\":[\"-Xmx64m\"],"
        + "\"jdkVersion\":\"17\",\"vmName\":\"OpenJDK 64-Bit Server VM\",\"vmVersion\":\"17.0.15\","
        + "\"warmupIterations\":2,\"warmupTime\":\"1 s\",\"warmupBatchSize\":1,\"measurementIterations\":3,"
        + "\"measurementTime\":\"1 s\",\"measurementBatchSize\":1,\"primaryMetric\":{\"score\":" + score
        + ",\"scoreError\":" + error + ",\"scoreConfidence\":[0,0],\"scoreUnit\":\"" + unit + "\","
        + "\"rawData\":[[" + score + "," + score + "]]},\"secondaryMetrics\":" + secondary + "}";
  }

  private static Report report(List<String> results, Properties runInfo, Properties threads) {
    List<Report.Row> rows = new ArrayList<>();
    rows.addAll(Report.parse("g", JsonParser.parseString("[" + String.join(",", results) + "]")));
    Map<String, String> machine = new LinkedHashMap<>();
    machine.put("CPUs (nproc)", "2");
    return new Report(rows, new Report.Context(runInfo, threads, machine));
  }

  @Test
  void baselinesOnlyRunIsLabelledQuickAndTargetsArePending() {
    Properties info = new Properties();
    info.setProperty("mode", "quick");
    String md = report(List.of(
        result("InMemoryBenchmarks.raw_retrieve", "avgt", 1, 3.0, "0.1", "us/op", 1000.0),
        result("InMemoryBenchmarks.retrofit_retrieve", "avgt", 1, 3.6, "\"NaN\"", "us/op", 1500.0),
        result("AutoPagingBenchmarks.raw_autoPage1M", "ss", 1, 0.8, "\"NaN\"", "s/op", null)),
        info, new Properties()).render();

    assertThat(md).contains("QUICK MODE").contains("PENDING (no facade variant)");
    assertThat(md).contains("| one track | bare Retrofit | 3.60 ± n/a us/op | 1.20× |");
    assertThat(md).contains("1,500 ± 1 B/op | 1.50× ± 0.00");
    assertThat(md).contains("| raw OkHttp + Gson | 0.800 ± n/a s/op | 1,250,000 |");
  }

  @Test
  void facadeTargetsPassOrFailOnTheRatio() {
    Properties threads = new Properties();
    threads.setProperty("new.threads", "0");
    String md = report(List.of(
        result("InMemoryBenchmarks.raw_retrieve", "avgt", 1, 3.0, "0.01", "us/op", 1000.0),
        result("InMemoryBenchmarks.facade_retrieve", "avgt", 1, 4.0, "0.01", "us/op", 1400.0),
        result("InMemoryBenchmarks.raw_listPage", "avgt", 1, 60.0, "0.1", "us/op", 20000.0),
        result("InMemoryBenchmarks.facade_listPage", "avgt", 1, 80.0, "0.1", "us/op", 21000.0),
        result("LoopbackBenchmarks.raw_retrieve", "thrpt", 8, 10000, "2000", "ops/s", null),
        result("LoopbackBenchmarks.facade_retrieve", "thrpt", 8, 9500, "2000", "ops/s", null)),
        new Properties(), threads).render();

    assertThat(md).doesNotContain("QUICK MODE");
    assertThat(md).contains("| In-memory time per call, one track ≤ 1.5× | 1.33× ± 0.01 | – | **PASS** |");
    assertThat(md).contains("100-track page (dates included) ≤ 1.2× | 1.33× ± 0.00 | – | **FAIL** |");
    assertThat(md).contains("allocation per call, one track ≤ 1.3× | 1.40× ± 0.00 | – | **FAIL** |");
    assertThat(md).contains("sync ≥ 0.9× | 0.95× ± 0.28 | – | **PASS** (within error of the limit) |");
    assertThat(md).contains("async ≥ 0.9× | – | – | **FAIL** (no result) |");
    assertThat(md).contains("1,000,000 auto-paged tracks complete under `-Xmx64m` | did not complete");
    assertThat(md).contains("starts no new threads | 0 new thread(s) | – | **PASS** |");
  }

  @Test
  void thePrefetchTargetComparesPrefetchWithTheSequentialPagerOfTheSameRun() {
    String md = report(List.of(
        result("PrefetchPagingBenchmarks.sequential_slowListing", "ss", 1, 860, "20", "ms/op", null),
        result("PrefetchPagingBenchmarks.prefetch_slowListing", "ss", 1, 450, "10", "ms/op", null),
        result("PrefetchPagingBenchmarks.prefetchAsync_slowListing", "ss", 1, 602, "10", "ms/op", null)),
        new Properties(), new Properties()).render();

    assertThat(md).contains("`prefetch(1)` ≤ 0.6× the sequential auto-pager (issue 14) | 0.52× ± 0.02 |"
        + " async `prefetch(1)`: 0.70× ± 0.02 | **PASS** |");
    assertThat(md).contains("| facade, `autoPager()` (sequential) | 860 ± 20 ms/op | floor |");
    assertThat(md).contains("| facade, `autoPager().prefetch(1).stream()` | 450 ± 10 ms/op | 0.52× ± 0.02 |");

    String slow = report(List.of(
        result("PrefetchPagingBenchmarks.sequential_slowListing", "ss", 1, 860, "20", "ms/op", null),
        result("PrefetchPagingBenchmarks.prefetch_slowListing", "ss", 1, 700, "10", "ms/op", null)),
        new Properties(), new Properties()).render();
    assertThat(slow).contains("| 0.81× ± 0.02 | – | **FAIL** |");
    assertThat(report(List.of(), new Properties(), new Properties()).render())
        .contains("(issue 14) | – | – | PENDING (not measured in this run) |");
  }

  @Test
  void theListenerTargetComparesEachListenerWithTheSameClientWithout() {
    String md = report(List.of(
        result("ListenerBenchmarks.facade_retrieve", "thrpt", 8, 10000, "100", "ops/s", null),
        result("ListenerBenchmarks.noopListener_retrieve", "thrpt", 8, 9900, "100", "ops/s", null)),
        new Properties(), new Properties()).render();
    assertThat(md).contains("| Loopback throughput at 8 callers with a no-op `RequestListener` ≥ 0.97× the same client"
        + " without (issue 27) | 0.99× ± 0.01 (9,900 vs 10,000 calls/s) | – | **PASS** |");
    assertThat(md).contains("| facade with a no-op `RequestListener` | 9,900 ± 100 | 0.99× ± 0.01 |");

    String slow = report(List.of(
        result("ListenerBenchmarks.facade_retrieve", "thrpt", 8, 10000, "10", "ops/s", null),
        result("ListenerBenchmarks.noopListener_retrieve", "thrpt", 8, 9000, "10", "ops/s", null)),
        new Properties(), new Properties()).render();
    assertThat(slow).contains("| 0.90× ± 0.00 (9,000 vs 10,000 calls/s) | – | **FAIL** |");
    assertThat(report(List.of(), new Properties(), new Properties()).render())
        .contains("the same client without (issue 27) | – | – | PENDING (not measured in this run) |");
  }

  @Test
  void theImportTargetsReadTheFreshJvmGroupsProperties() {
    Properties imported = new Properties();
    imported.setProperty("server.delayMs", "50");
    imported.setProperty("server.maxConcurrent", "16");
    imported.setProperty("server.limitPerSecond", "320.000");
    imported.setProperty("import.items", "10000");
    imported.setProperty("import.concurrency", "16");
    imported.setProperty("import.seconds", "33.000");
    imported.setProperty("import.itemsPerSecond", "303.030");
    imported.setProperty("import.refused429", "0");
    imported.setProperty("import.duplicates", "0");
    imported.setProperty("sequential.items", "500");
    imported.setProperty("sequential.concurrency", "1");
    imported.setProperty("sequential.seconds", "26.000");
    imported.setProperty("sequential.itemsPerSecond", "19.231");
    imported.setProperty("sequential.refused429", "0");
    imported.setProperty("sequential.duplicates", "0");
    Properties memory = new Properties();
    memory.setProperty("heap", "-Xmx128m");
    memory.setProperty("rows", "1000000");
    memory.setProperty("creates", "1000000");
    memory.setProperty("completed", "true");
    memory.setProperty("seconds", "250");
    memory.setProperty("heap.max", Long.toString(128L << 20));
    memory.setProperty("heap.peakUsed", Long.toString(90L << 20));
    memory.setProperty("heap.maxUsedAfterGc", Long.toString(8L << 20));
    memory.setProperty("gc.collections", "700");
    Map<String, String> machine = new LinkedHashMap<>();
    machine.put("CPUs (nproc)", "2");
    String md = new Report(List.of(), new Report.Context(new Properties(), new Properties(), machine,
        Map.of(Suite.IMPORT_GROUP, imported, Suite.IMPORT_MEMORY_GROUP, memory))).render();

    assertThat(md).contains("| CLI import of 10,000 articles, server 16 at once × 50 ms = 320 items/s: ≥ 0.85× the"
        + " limit (issue 28) | 303 items/s = 0.95× the limit | 0 × 429, 0 duplicates | **PASS** |");
    assertThat(md).contains("| CLI import ≥ 10.0× a sequential `content().create` loop (issue 28) | 15.8× |"
        + " sequential: 19.2 items/s | **PASS** |");
    assertThat(md).contains("| CLI import streaming 1,000,000 rows completes under `-Xmx128m` (issue 28) | completed;"
        + " peak heap used 90.0 MiB, most live after a GC 8.00 MiB | 4,000 rows/s | **PASS** |");
    assertThat(md).contains("| `content().create` in a loop | 500 | 1 | 26.0 s | 19.2 | 0.06× | 0 | 0 |");

    memory.setProperty("completed", "false");
    memory.setProperty("child.exit", "3");
    imported.setProperty("import.itemsPerSecond", "200");
    String failed = new Report(List.of(), new Report.Context(new Properties(), new Properties(), machine,
        Map.of(Suite.IMPORT_GROUP, imported, Suite.IMPORT_MEMORY_GROUP, memory))).render();
    assertThat(failed).contains("| 200 items/s = 0.63× the limit | 0 × 429, 0 duplicates | **FAIL** |");
    assertThat(failed).contains("| did not complete (child exit 3, 1000000 creates) | – | **FAIL** |");
    assertThat(report(List.of(), new Properties(), new Properties()).render())
        .contains("`-Xmx128m` (issue 28) | – | – | PENDING (not measured in this run) |");
  }
}
