package io.beyondwords.benchmarks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the JSON files of one {@link Suite} run into BENCHMARKS.md: machine and JVM, the targets with
 * pass/fail, and one table per measurement with score ± error (JMH's 99.9 % confidence half-width) and the ratio to
 * raw OkHttp + Gson from the same run. Regenerate from stored results with
 * {@code java -cp benchmarks/target/benchmarks.jar io.beyondwords.benchmarks.Report [--results DIR] [--report FILE]}.
 */
public final class Report {

  /** One JMH result: {@code <Class>.<variant>_<op>} in one mode and thread count. */
  record Row(String group, String clazz, String variant, String op, String mode, int threads, int forks,
             double score, double error, String unit, double alloc, double allocError, List<Double> samples,
             String plan, List<String> jvmArgs, String jmhVersion, String vm) {
  }

  /**
   * Everything the report says that is not a JMH result; a record so tests can fix it. {@code measured}: the
   * properties a fresh-JVM group wrote, by group name ({@code cli-import}, {@code cli-import-memory}).
   */
  record Context(Properties runInfo, Properties withOptions, Map<String, String> machine,
                 Map<String, Properties> measured) {
    Context(Properties runInfo, Properties withOptions, Map<String, String> machine) {
      this(runInfo, withOptions, machine, Map.of());
    }

    Properties measured(String group) {
      return measured.getOrDefault(group, new Properties());
    }
  }

  static final String RAW = "raw";
  static final String FACADE = "facade";
  static final String FACADE_NO_RETRY = "facadeNoRetry";
  static final String FACADE_READ_ALL = "facadeReadAll";
  static final String IN_MEMORY = "InMemoryBenchmarks";
  static final String LOOPBACK = "LoopbackBenchmarks";
  static final String AUTO_PAGING = "AutoPagingBenchmarks";
  static final String STARTUP = "StartupBenchmarks";
  static final String PREFETCH_PAGING = "PrefetchPagingBenchmarks";
  static final String SEQUENTIAL = "sequential";
  static final String PREFETCH = "prefetch";
  static final String PREFETCH_ASYNC = "prefetchAsync";
  /** Issue 14: a listing with prefetch(1) over a 20 ms/page server and a 20 ms/page consumer, against sequential. */
  static final double PREFETCH_LIMIT = 0.6;
  static final String LISTENER = "ListenerBenchmarks";
  /** Issue 27: loopback throughput at 8 callers with listeners, against the same client without ({@code facade}). */
  static final double LISTENER_LIMIT = 0.97;
  /**
   * The listener variants of {@link ListenerBenchmarks} held to {@link #LISTENER_LIMIT}, with their labels (a target
   * row each, by name). A variant with a benchmark but no label here is reported in the table only.
   */
  static final Map<String, String> LISTENER_VARIANTS = Map.of(
      "noopListener", "a no-op `RequestListener`",
      "micrometer", "the Micrometer observation (`ObservationRequestListener`)");
  /** Issue 28: the CLI import's share of what the server allows, and its speed-up over the sequential loop. */
  static final double IMPORT_SHARE_LIMIT = 0.85;
  static final double IMPORT_SPEEDUP_LIMIT = 10;

  private static final List<String> VARIANT_ORDER = List.of(RAW, "retrofit", FACADE, FACADE_READ_ALL, FACADE_NO_RETRY);

  private final List<Row> rows;
  private final Context context;
  private final StringBuilder md = new StringBuilder();

  Report(List<Row> rows, Context context) {
    this.rows = rows;
    this.context = context;
  }

  public static void main(String[] args) throws IOException {
    Path results = Paths.get("benchmarks", "target", "jmh-results");
    Path report = Paths.get("BENCHMARKS.md");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--results" -> results = Paths.get(args[++i]);
        case "--report" -> report = Paths.get(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    write(results, report);
    System.out.println("Wrote " + report.toAbsolutePath());
  }

  /** Reads every {@code *.json} in {@code results} and rewrites {@code report}. */
  static void write(Path results, Path report) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(results)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          String group = file.getFileName().toString().replaceAll("\\.json$", "");
          rows.addAll(parse(group, JsonParser.parseReader(reader)));
        }
      }
    }
    Map<String, String> machine = new LinkedHashMap<>();
    machine.put("CPUs (nproc)", Integer.toString(Machine.processors()));
    machine.put("CPU model", Machine.cpuModel());
    machine.put("Memory", Machine.memory());
    machine.put("OS", Machine.os());
    machine.put("java -version", Machine.javaVersion());
    Properties info = load(results.resolve("run-info.properties"));
    machine.put("Commit", info.getProperty("commit", Machine.commit()));
    Map<String, Properties> measured = new LinkedHashMap<>();
    for (String group : List.of(Suite.IMPORT_GROUP, Suite.IMPORT_MEMORY_GROUP)) {
      measured.put(group, load(results.resolve(group + ".properties")));
    }
    Context context = new Context(info, load(results.resolve("withoptions-threads.properties")), machine, measured);
    Files.writeString(report, new Report(rows, context).render(), StandardCharsets.UTF_8);
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        p.load(in);
      }
    }
    return p;
  }

  // ---- parsing ----------------------------------------------------------------------------------------------

  static List<Row> parse(String group, JsonElement json) {
    List<Row> out = new ArrayList<>();
    for (JsonElement e : json.getAsJsonArray()) {
      JsonObject o = e.getAsJsonObject();
      String benchmark = o.get("benchmark").getAsString();
      String[] parts = benchmark.split("\\.");
      String clazz = parts[parts.length - 2];
      String method = parts[parts.length - 1];
      int us = method.indexOf('_');
      String variant = us < 0 ? method : method.substring(0, us);
      String op = us < 0 ? "" : method.substring(us + 1);
      JsonObject primary = o.getAsJsonObject("primaryMetric");
      double alloc = Double.NaN;
      double allocError = Double.NaN;
      JsonObject secondary = o.getAsJsonObject("secondaryMetrics");
      if (secondary != null) {
        for (Map.Entry<String, JsonElement> m : secondary.entrySet()) {
          if (m.getKey().endsWith("gc.alloc.rate.norm")) {
            alloc = number(m.getValue().getAsJsonObject().get("score"));
            allocError = number(m.getValue().getAsJsonObject().get("scoreError"));
          }
        }
      }
      List<Double> samples = new ArrayList<>();
      JsonElement rawData = primary.get("rawData");
      if (rawData != null) {
        for (JsonElement fork : rawData.getAsJsonArray()) {
          for (JsonElement v : fork.getAsJsonArray()) {
            samples.add(number(v));
          }
        }
      }
      String plan = plan(o);
      List<String> jvmArgs = new ArrayList<>();
      if (o.has("jvmArgs")) {
        for (JsonElement a : o.getAsJsonArray("jvmArgs")) {
          jvmArgs.add(a.getAsString());
        }
      }
      out.add(new Row(group, clazz, variant, op, o.get("mode").getAsString(), o.get("threads").getAsInt(),
          o.get("forks").getAsInt(), number(primary.get("score")), number(primary.get("scoreError")),
          primary.get("scoreUnit").getAsString(), alloc, allocError, samples, plan, jvmArgs,
          string(o, "jmhVersion"), string(o, "vmName") + " " + string(o, "vmVersion")));
    }
    return out;
  }

  private static String plan(JsonObject o) {
    int wi = o.get("warmupIterations").getAsInt();
    int mi = o.get("measurementIterations").getAsInt();
    if ("ss".equals(o.get("mode").getAsString())) {
      return wi + " warmup + " + mi + " measured invocation(s) per fork";
    }
    return wi + " × " + string(o, "warmupTime") + " warmup, " + mi + " × " + string(o, "measurementTime")
        + " measured";
  }

  private static String string(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e == null || e.isJsonNull() ? "?" : e.getAsString();
  }

  private static double number(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return Double.NaN;
    }
    try {
      return e.getAsDouble();
    } catch (NumberFormatException ex) {
      return Double.NaN;
    }
  }

  // ---- lookup -----------------------------------------------------------------------------------------------

  Optional<Row> find(String clazz, String variant, String op, String mode, int threads) {
    return rows.stream()
        .filter(r -> r.clazz().equals(clazz) && r.variant().equals(variant) && r.op().equals(op)
            && r.mode().equals(mode) && r.threads() == threads)
        .findFirst();
  }

  Optional<Row> rawOf(Row r) {
    return find(r.clazz(), RAW, r.op(), r.mode(), r.threads());
  }

  boolean hasVariant(String variant) {
    return rows.stream().anyMatch(r -> r.variant().equals(variant));
  }

  List<String> variants(Stream<Row> selection) {
    Set<String> found = selection.map(Row::variant).collect(Collectors.toCollection(TreeSet::new));
    List<String> ordered = new ArrayList<>();
    for (String v : VARIANT_ORDER) {
      if (found.remove(v)) {
        ordered.add(v);
      }
    }
    ordered.addAll(found);
    return ordered;
  }

  /** {@code a / b} with the error propagated from both relative errors (NaN when either error is unknown). */
  static double[] ratio(double a, double ea, double b, double eb) {
    double r = a / b;
    double err = r * Math.sqrt(Math.pow(ea / a, 2) + Math.pow(eb / b, 2));
    return new double[] {r, err};
  }

  // ---- rendering --------------------------------------------------------------------------------------------

  String render() {
    Properties info = context.runInfo();
    boolean quick = "quick".equals(info.getProperty("mode"));
    md.append("# Benchmarks").append(quick ? " — QUICK MODE (smoke run)" : "").append("\n\n");
    md.append("<!-- Generated by benchmarks/run.sh (io.beyondwords.benchmarks.Suite + Report). Do not edit by hand:"
        + " rerun the command instead. -->\n\n");
    if (quick) {
      md.append("> **QUICK MODE.** One fork and a few 1-second iterations per benchmark (`benchmarks/run.sh --quick`)."
          + " This run proves the pipeline works end to end; its numbers are indicative only and must not be quoted"
          + " as results. Run `benchmarks/run.sh` (full mode) for the figures the issue asks for.\n\n");
    }
    md.append("Produced by `benchmarks/run.sh").append(quick ? " --quick" : "").append("` from ")
        .append(info.getProperty("started", "?")).append(" to ").append(info.getProperty("finished", "?"))
        .append(". Each figure is JMH's score ± the half-width of its 99.9 % confidence interval; ratios are to")
        .append(" raw OkHttp + Gson measured in the same run, with the errors of both propagated.")
        .append(" Raw JSON: `benchmarks/target/jmh-results/`.\n\n");
    String failed = info.getProperty("groups.failed", "");
    if (!failed.isEmpty()) {
      md.append("> **Groups that failed to run:** ").append(failed).append(" (see the run's console output).\n\n");
    }
    loadWarning(info);
    if (!hasVariant(FACADE)) {
      md.append("> **No facade variant in this run.** The `facade` benchmarks are added once the facade module"
          + " (`BeyondWordsClient`) is built; until then the targets below are PENDING and only the baselines"
          + " (raw OkHttp + Gson, bare Retrofit) are measured.\n\n");
    }
    machine();
    targets();
    perCall(IN_MEMORY, "In-memory transport: time and allocation per call (1 thread)",
        "A final application interceptor answers with fixed bytes, so only the client stack is measured.");
    perCall(LOOPBACK, "Loopback transport: time and allocation per call (1 thread)",
        "JDK `HttpServer` on 127.0.0.1 in the same JVM, TCP_NODELAY on. Allocation includes the in-process server's"
        + " share (the same for every variant).");
    throughput(IN_MEMORY, "In-memory transport: throughput");
    throughput(LOOPBACK, "Loopback transport: throughput");
    autoPaging();
    prefetchPaging();
    startup();
    listeners();
    cliImport();
    cliImportMemory();
    retryCost();
    withOptions();
    settings();
    method();
    return md.toString();
  }

  /** Says so when other processes competed for the CPUs: a 1-minute load above the CPU count at start or end. */
  private void loadWarning(Properties info) {
    double cpus = Double.parseDouble(context.machine().getOrDefault("CPUs (nproc)", "0"));
    double worst = Stream.of("loadavg.start", "loadavg.end", "loadavg.max1")
        .mapToDouble(k -> load1(info.getProperty(k))).filter(d -> !Double.isNaN(d)).max().orElse(Double.NaN);
    if (cpus > 0 && worst > cpus) {
      md.append("> **Busy machine.** The 1-minute load average, sampled between benchmark groups, reached ").append(fmt(worst))
          .append(" on ")
          .append((int) cpus).append(" CPUs during this run: other processes competed with the benchmarks, so"
          + " the error bars are wide and single figures unreliable. Rerun on an idle machine for figures to"
          + " quote.\n\n");
    }
  }

  private static double load1(String loadavg) {
    try {
      return loadavg == null ? Double.NaN : Double.parseDouble(loadavg.trim().split("\\s+")[0]);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private void machine() {
    md.append("## Machine and JVM\n\n| | |\n|---|---|\n");
    for (Map.Entry<String, String> e : context.machine().entrySet()) {
      md.append("| ").append(e.getKey()).append(" | ").append(cell(e.getValue())).append(" |\n");
    }
    String jmh = rows.stream().map(Row::jmhVersion).distinct().collect(Collectors.joining(", "));
    String vm = rows.stream().map(Row::vm).distinct().collect(Collectors.joining(", "));
    md.append("| JVM of the forks | ").append(vm.isEmpty() ? "?" : cell(vm)).append(" |\n");
    md.append("| JMH | ").append(jmh.isEmpty() ? "?" : jmh).append(" |\n");
    Properties info = context.runInfo();
    md.append("| Load average (1/5/15 min) at start / end | ").append(info.getProperty("loadavg.start", "?"))
        .append(" / ").append(info.getProperty("loadavg.end", "?")).append(" |\n\n");
  }

  // ---- targets ----

  private void targets() {
    md.append("## Targets (issues 7, 14, 15, 23, 27 and 28; ratios to raw OkHttp + Gson in this run, except"
        + " construction + first call, anchored on bare Retrofit, the listeners, on the same client without, and the"
        + " CLI's import, on the server's limit and the sequential loop)\n\n");
    md.append("| Target | Facade | Bare Retrofit (reference) | Result |\n|---|---|---|---|\n");
    ratioTarget("In-memory time per call, one track ≤ 1.5×", IN_MEMORY, "retrieve", "avgt", 1, false, 1.5, true);
    ratioTarget("In-memory time per call, 100-track page (dates included) ≤ 1.2×", IN_MEMORY, "listPage", "avgt", 1,
        false, 1.2, true);
    ratioTarget("In-memory allocation per call, one track ≤ 1.3×", IN_MEMORY, "retrieve", "avgt", 1, true, 1.3, true);
    ratioTarget("In-memory allocation per call, 100-track page ≤ 1.3×", IN_MEMORY, "listPage", "avgt", 1, true, 1.3,
        true);
    ratioTarget("In-memory time per call, 100-item content page ≤ 1.2× (issue 15)", IN_MEMORY, "contentPage", "avgt", 1,
        false, 1.2, true);
    ratioTarget("In-memory allocation per call, 100-item content page ≤ 1.3× (issue 15)", IN_MEMORY, "contentPage",
        "avgt", 1, true, 1.3, true);
    ratioTarget("In-memory throughput at 8 callers, sync ≥ 0.9× (issue 14)", IN_MEMORY, "retrieve", "thrpt", 8, false,
        0.9, false);
    ratioTarget("In-memory throughput at 64 callers, sync ≥ 0.9× (issue 14)", IN_MEMORY, "retrieve", "thrpt", 64,
        false, 0.9, false);
    firstCallTarget();
    ratioTarget("Loopback throughput at 8 callers, sync ≥ 0.9×", LOOPBACK, "retrieve", "thrpt", 8, false, 0.9, false);
    ratioTarget("Loopback throughput at 8 callers, async ≥ 0.9×", LOOPBACK, "retrieveAsync", "thrpt", 8, false, 0.9,
        false);
    // auto-paging
    Optional<Row> facadePaging = find(AUTO_PAGING, FACADE, "autoPage1M", "ss", 1);
    String result;
    String facadeCell;
    if (!hasVariant(FACADE)) {
      result = "PENDING (no facade variant)";
      facadeCell = "–";
    } else if (facadePaging.isPresent() && !Double.isNaN(facadePaging.get().score())) {
      result = "**PASS**";
      facadeCell = "completed, " + fmt(1_000_000 / facadePaging.get().score()) + " items/s";
    } else {
      result = "**FAIL** (no result: the fork failed, e.g. OutOfMemoryError — see the console output)";
      facadeCell = "did not complete";
    }
    String retrofitPaging = find(AUTO_PAGING, "retrofit", "autoPage1M", "ss", 1)
        .map(r -> "completed, " + fmt(1_000_000 / r.score()) + " items/s").orElse("–");
    md.append("| 1,000,000 auto-paged tracks complete under `-Xmx64m` | ").append(facadeCell).append(" | ")
        .append(retrofitPaging).append(" | ").append(result).append(" |\n");
    prefetchTarget();
    // withOptions threads
    Properties t = context.withOptions();
    if (t.containsKey("new.threads")) {
      int n = Integer.parseInt(t.getProperty("new.threads").trim());
      md.append("| A `withOptions` client starts no new threads | ").append(n).append(" new thread(s) | – | ")
          .append(n == 0 ? "**PASS**" : "**FAIL**").append(" |\n");
    } else {
      md.append("| A `withOptions` client starts no new threads | – | – | PENDING (not measured in this run) |\n");
    }
    listenerTargets();
    importTargets();
    md.append("\n\"Within error\" marks a result whose error bar crosses the limit: the run cannot tell PASS from FAIL"
        + " there.\n\n");
  }

  /** Not a ratio to raw: the prefetching pager against the sequential one, both the facade, in the same fork. */
  private void prefetchTarget() {
    String label = "Full listing, 20 ms/page server + 20 ms/page consumer: `prefetch(1)` ≤ " + PREFETCH_LIMIT
        + "× the sequential auto-pager (issue 14)";
    Optional<Row> sequential = find(PREFETCH_PAGING, SEQUENTIAL, "slowListing", "ss", 1);
    Optional<Row> prefetch = find(PREFETCH_PAGING, PREFETCH, "slowListing", "ss", 1);
    String reference = sequential.flatMap(q -> find(PREFETCH_PAGING, PREFETCH_ASYNC, "slowListing", "ss", 1)
        .map(a -> "async `prefetch(1)`: " + ratioText(ratio(a.score(), a.error(), q.score(), q.error()))))
        .orElse("–");
    String facadeCell;
    String result;
    if (sequential.isEmpty() && prefetch.isEmpty()) {
      facadeCell = "–";
      result = "PENDING (not measured in this run)";
    } else if (sequential.isEmpty() || prefetch.isEmpty()) {
      facadeCell = "–";
      result = "**FAIL** (no result)";
    } else {
      Row p = prefetch.get();
      Row q = sequential.get();
      double[] r = ratio(p.score(), p.error(), q.score(), q.error());
      facadeCell = ratioText(r);
      boolean crosses = !Double.isNaN(r[1]) && r[0] - r[1] <= PREFETCH_LIMIT && PREFETCH_LIMIT <= r[0] + r[1];
      result = (r[0] <= PREFETCH_LIMIT ? "**PASS**" : "**FAIL**") + (crosses ? " (within error of the limit)" : "");
    }
    md.append("| ").append(label).append(" | ").append(facadeCell).append(" | ").append(reference).append(" | ")
        .append(result).append(" |\n");
  }

  private void ratioTarget(String label, String clazz, String op, String mode, int threads, boolean alloc,
                           double limit, boolean atMost) {
    Optional<Row> raw = find(clazz, RAW, op, mode, threads);
    Optional<Row> facade = find(clazz, FACADE, op, mode, threads);
    Optional<Row> retrofit = find(clazz, "retrofit", op, mode, threads);
    String reference = raw.isPresent() && retrofit.isPresent()
        ? ratioCell(retrofit.get(), raw.get(), alloc) : "–";
    String facadeCell;
    String result;
    if (facade.isEmpty() || raw.isEmpty()) {
      facadeCell = "–";
      result = hasVariant(FACADE) ? "**FAIL** (no result)" : "PENDING (no facade variant)";
    } else {
      double[] r = alloc
          ? ratio(facade.get().alloc(), facade.get().allocError(), raw.get().alloc(), raw.get().allocError())
          : ratio(facade.get().score(), facade.get().error(), raw.get().score(), raw.get().error());
      facadeCell = ratioText(r);
      boolean pass = atMost ? r[0] <= limit : r[0] >= limit;
      boolean crosses = !Double.isNaN(r[1]) && (r[0] - r[1] <= limit && limit <= r[0] + r[1]);
      result = (pass ? "**PASS**" : "**FAIL**") + (crosses ? " (within error of the limit)" : "");
    }
    md.append("| ").append(label).append(" | ").append(facadeCell).append(" | ").append(reference).append(" | ")
        .append(result).append(" |\n");
  }

  /**
   * Construction + first call is anchored on the bare generated Retrofit client on the same OkHttp (issue 23): the
   * facade wraps that client, so what it adds is measured against it. Raw OkHttp + Gson stays in the row for reference.
   */
  private void firstCallTarget() {
    String label = "Client construction + first call in a fresh JVM ≤ 1.05× bare Retrofit (issue 23)";
    double limit = 1.05;
    Optional<Row> raw = find(STARTUP, RAW, "constructAndFirstCall", "ss", 1);
    Optional<Row> facade = find(STARTUP, FACADE, "constructAndFirstCall", "ss", 1);
    Optional<Row> retrofit = find(STARTUP, "retrofit", "constructAndFirstCall", "ss", 1);
    String reference = raw.isPresent() && retrofit.isPresent()
        ? ratioCell(retrofit.get(), raw.get(), false) + " raw" : "–";
    String facadeCell;
    String result;
    if (facade.isEmpty() || retrofit.isEmpty()) {
      facadeCell = "–";
      result = hasVariant(FACADE) ? "**FAIL** (no result)" : "PENDING (no facade variant)";
    } else {
      double[] r = ratio(facade.get().score(), facade.get().error(), retrofit.get().score(), retrofit.get().error());
      facadeCell = ratioText(r) + " Retrofit" + raw.map(b -> ", " + ratioCell(facade.get(), b, false) + " raw")
          .orElse("");
      boolean crosses = !Double.isNaN(r[1]) && (r[0] - r[1] <= limit && limit <= r[0] + r[1]);
      result = (r[0] <= limit ? "**PASS**" : "**FAIL**") + (crosses ? " (within error of the limit)" : "");
    }
    md.append("| ").append(label).append(" | ").append(facadeCell).append(" | ").append(reference).append(" | ")
        .append(result).append(" |\n");
  }

  private String ratioCell(Row row, Row raw, boolean alloc) {
    if (row == raw) {
      return "floor";
    }
    double[] r = alloc
        ? ratio(row.alloc(), row.allocError(), raw.alloc(), raw.allocError())
        : ratio(row.score(), row.error(), raw.score(), raw.error());
    return ratioText(r);
  }

  /** Issue 27: each labelled listener variant against {@code facade} (no listener), loopback, 8 callers. */
  private void listenerTargets() {
    Optional<Row> without = find(LISTENER, FACADE, "retrieve", "thrpt", 8);
    boolean any = false;
    for (String variant : listenerVariants()) {
      Optional<Row> with = find(LISTENER, variant, "retrieve", "thrpt", 8);
      if (with.isEmpty()) {
        continue;
      }
      any = true;
      listenerTarget(LISTENER_VARIANTS.get(variant), with, without);
    }
    if (!any) {
      listenerTarget(LISTENER_VARIANTS.get("noopListener"), Optional.empty(), without);
    }
  }

  private void listenerTarget(String label, Optional<Row> with, Optional<Row> without) {
    String cell = "–";
    String result;
    if (with.isEmpty() && without.isEmpty()) {
      result = "PENDING (not measured in this run)";
    } else if (with.isEmpty() || without.isEmpty()) {
      result = "**FAIL** (no result)";
    } else {
      Row w = with.get();
      Row o = without.get();
      double[] r = ratio(w.score(), w.error(), o.score(), o.error());
      cell = ratioText(r) + " (" + fmt(w.score()) + " vs " + fmt(o.score()) + " calls/s)";
      boolean crosses = !Double.isNaN(r[1]) && r[0] - r[1] <= LISTENER_LIMIT && LISTENER_LIMIT <= r[0] + r[1];
      result = (r[0] >= LISTENER_LIMIT ? "**PASS**" : "**FAIL**") + (crosses ? " (within error of the limit)" : "");
    }
    md.append("| Loopback throughput at 8 callers with ").append(label).append(" ≥ ").append(LISTENER_LIMIT)
        .append("× the same client without (issue 27) | ").append(cell).append(" | – | ").append(result)
        .append(" |\n");
  }

  /** The labelled listener variants, by name. */
  private static List<String> listenerVariants() {
    return LISTENER_VARIANTS.keySet().stream().sorted().toList();
  }

  /** Issue 28: the CLI import against the server's limit and against the sequential loop; the memory check. */
  private void importTargets() {
    Properties t = context.measured(Suite.IMPORT_GROUP);
    double limit = number(t, "server.limitPerSecond");
    double rate = number(t, "import.itemsPerSecond");
    double sequential = number(t, "sequential.itemsPerSecond");
    String server = t.containsKey("server.maxConcurrent")
        ? t.getProperty("server.maxConcurrent") + " at once × " + t.getProperty("server.delayMs") + " ms = "
        + fmt(limit) + " items/s" : "16 at once × 50 ms = 320 items/s";
    String items = t.containsKey("import.items") ? fmt(number(t, "import.items")) : "10,000";
    if (Double.isNaN(rate)) {
      md.append("| CLI import of ").append(items).append(" articles, server ").append(server).append(": ≥ ")
          .append(IMPORT_SHARE_LIMIT).append("× the limit (issue 28) | – | – | PENDING (not measured in this run) |\n");
      md.append("| CLI import ≥ ").append(fmt(IMPORT_SPEEDUP_LIMIT)).append("× a sequential `content().create` loop"
          + " (issue 28) | – | – | PENDING (not measured in this run) |\n");
    } else {
      double share = rate / limit;
      md.append("| CLI import of ").append(items).append(" articles, server ").append(server).append(": ≥ ")
          .append(IMPORT_SHARE_LIMIT).append("× the limit (issue 28) | ").append(fmt(rate)).append(" items/s = ")
          .append(String.format(Locale.ROOT, "%.2f×", share)).append(" the limit | ")
          .append(t.getProperty("import.refused429", "?")).append(" × 429, ")
          .append(t.getProperty("import.duplicates", "?")).append(" duplicates | ")
          .append(share >= IMPORT_SHARE_LIMIT ? "**PASS**" : "**FAIL**").append(" |\n");
      double speedup = rate / sequential;
      md.append("| CLI import ≥ ").append(fmt(IMPORT_SPEEDUP_LIMIT)).append("× a sequential `content().create` loop"
          + " (issue 28) | ").append(String.format(Locale.ROOT, "%.1f×", speedup)).append(" | sequential: ")
          .append(fmt(sequential)).append(" items/s | ")
          .append(speedup >= IMPORT_SPEEDUP_LIMIT ? "**PASS**" : "**FAIL**").append(" |\n");
    }
    Properties m = context.measured(Suite.IMPORT_MEMORY_GROUP);
    String rows = m.containsKey("rows") ? fmt(number(m, "rows")) : "1,000,000";
    String label = "| CLI import streaming " + rows + " rows completes under `" + m.getProperty("heap", "-Xmx128m")
        + "` (issue 28) | ";
    if (m.isEmpty()) {
      md.append(label).append("– | – | PENDING (not measured in this run) |\n");
    } else if ("true".equals(m.getProperty("completed"))) {
      md.append(label).append("completed; peak heap used ").append(mib(m, "heap.peakUsed"))
          .append(", most live after a GC ").append(mib(m, "heap.maxUsedAfterGc")).append(" | ")
          .append(fmt(number(m, "rows") / number(m, "seconds"))).append(" rows/s | **PASS** |\n");
    } else {
      md.append(label).append("did not complete (child exit ").append(m.getProperty("child.exit", "?"))
          .append(", ").append(m.getProperty("creates", "?")).append(" creates) | – | **FAIL** |\n");
    }
  }

  private static double number(Properties p, String key) {
    try {
      return Double.parseDouble(p.getProperty(key, "NaN").trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static String mib(Properties p, String key) {
    return fmt(number(p, key) / (1 << 20)) + " MiB";
  }

  // ---- tables ----

  private void perCall(String clazz, String title, String note) {
    List<Row> sel = rows.stream().filter(r -> r.clazz().equals(clazz) && r.mode().equals("avgt")
        && r.threads() == 1).toList();
    if (sel.isEmpty()) {
      return;
    }
    md.append("## ").append(title).append("\n\n").append(note).append("\n\n");
    md.append("| Operation | Variant | Time per call | × raw | Allocated per call | × raw |\n");
    md.append("|---|---|---:|---:|---:|---:|\n");
    for (String op : ops(sel)) {
      for (String v : variants(sel.stream().filter(r -> r.op().equals(op)))) {
        Row r = find(clazz, v, op, "avgt", 1).orElseThrow();
        Optional<Row> raw = rawOf(r);
        md.append("| ").append(opLabel(op)).append(" | ").append(variantLabel(v)).append(" | ")
            .append(pm(r.score(), r.error())).append(' ').append(r.unit()).append(" | ")
            .append(raw.map(b -> ratioCell(r, b, false)).orElse("–")).append(" | ")
            .append(Double.isNaN(r.alloc()) ? "–" : pm(r.alloc(), r.allocError()) + " B/op").append(" | ")
            .append(raw.filter(b -> !Double.isNaN(b.alloc())).map(b -> ratioCell(r, b, true)).orElse("–"))
            .append(" |\n");
      }
    }
    md.append('\n');
  }

  private void throughput(String clazz, String title) {
    List<Row> sel = rows.stream().filter(r -> r.clazz().equals(clazz) && r.mode().equals("thrpt")).toList();
    if (sel.isEmpty()) {
      return;
    }
    List<String> variants = variants(sel.stream());
    md.append("## ").append(title).append("\n\n");
    md.append("One track per call; callers are JMH threads sharing one client. Async: the caller starts the call"
        + " through the variant's async API and waits for its result. Cells: calls/s ± error (× raw).\n\n");
    md.append("| Callers | Call style |");
    variants.forEach(v -> md.append(' ').append(variantLabel(v)).append(" |"));
    md.append("\n|---:|---|");
    variants.forEach(v -> md.append("---:|"));
    md.append('\n');
    Set<Integer> threads = sel.stream().map(Row::threads).collect(Collectors.toCollection(TreeSet::new));
    for (int t : threads) {
      for (String op : List.of("retrieve", "retrieveAsync")) {
        if (sel.stream().noneMatch(r -> r.threads() == t && r.op().equals(op))) {
          continue;
        }
        md.append("| ").append(t).append(" | ").append(op.endsWith("Async") ? "async" : "sync").append(" |");
        for (String v : variants) {
          Optional<Row> r = find(clazz, v, op, "thrpt", t);
          md.append(' ').append(r.map(x -> pm(x.score(), x.error()) + " ("
              + rawOf(x).map(b -> ratioCell(x, b, false)).orElse("–") + ")").orElse("–")).append(" |");
        }
        md.append('\n');
      }
    }
    md.append('\n');
  }

  private void autoPaging() {
    List<Row> sel = rows.stream().filter(r -> r.clazz().equals(AUTO_PAGING)).toList();
    if (sel.isEmpty()) {
      return;
    }
    md.append("## Auto-paging 1,000,000 tracks under `-Xmx64m`\n\n");
    md.append("10,000 pages of 100 over the in-memory transport, in a fork limited to a 64 MiB heap; each invocation"
        + " checks that it saw all 1,000,000 tracks. A variant missing here did not complete.\n\n");
    md.append("| Variant | Time for 1,000,000 tracks | Items/s | × raw (items/s) |\n|---|---:|---:|---:|\n");
    for (String v : variants(sel.stream())) {
      Row r = sel.stream().filter(x -> x.variant().equals(v)).findFirst().orElseThrow();
      Optional<Row> raw = rawOf(r);
      md.append("| ").append(variantLabel(v)).append(" | ").append(pm(r.score(), r.error())).append(' ')
          .append(r.unit()).append(" | ").append(fmt(1_000_000 / r.score())).append(" | ")
          .append(raw.map(b -> ratioText(ratio(b.score(), b.error(), r.score(), r.error()))).orElse("–"))
          .append(" |\n");
    }
    md.append('\n');
  }

  private void prefetchPaging() {
    List<Row> sel = rows.stream().filter(r -> r.clazz().equals(PREFETCH_PAGING)).toList();
    if (sel.isEmpty()) {
      return;
    }
    md.append("## Prefetching auto-pager: a slow server and a slow consumer\n\n");
    md.append("A full listing of 2,000 tracks (20 pages of 100, then the empty page that ends the list) from a loopback"
        + " server that takes 20 ms per page, by a consumer that spends 20 ms per page; first page included. Each"
        + " invocation checks it saw ids 1 … 2,000 in order. The sequential pager makes server and consumer take"
        + " turns; `prefetch(1)` overlaps them (ideal: about 0.5×).\n\n");
    md.append("| Variant | Time for the listing | × sequential |\n|---|---:|---:|\n");
    Optional<Row> sequential = find(PREFETCH_PAGING, SEQUENTIAL, "slowListing", "ss", 1);
    for (String v : List.of(SEQUENTIAL, PREFETCH, PREFETCH_ASYNC)) {
      Optional<Row> row = sel.stream().filter(x -> x.variant().equals(v)).findFirst();
      if (row.isEmpty()) {
        continue;
      }
      Row r = row.get();
      md.append("| ").append(variantLabel(v)).append(" | ").append(pm(r.score(), r.error())).append(' ')
          .append(r.unit()).append(" | ")
          .append(sequential.map(q -> r == q ? "floor" : ratioText(ratio(r.score(), r.error(), q.score(), q.error())))
              .orElse("–"))
          .append(" |\n");
    }
    md.append('\n');
  }

  private void startup() {
    List<Row> sel = rows.stream().filter(r -> r.clazz().equals(STARTUP)).toList();
    if (sel.isEmpty()) {
      return;
    }
    md.append("## Client construction + first call in a fresh JVM\n\n");
    md.append("One timed invocation per fork (no warmup): class loading, building the client and one call to"
        + " the loopback server (started before the timer), TCP connect included.\n\n");
    md.append("| Variant | Forks | Mean | Median | Min – max | × bare Retrofit (mean) | × raw (mean) |\n"
        + "|---|---:|---:|---:|---:|---:|---:|\n");
    Optional<Row> retrofit = find(STARTUP, "retrofit", "constructAndFirstCall", "ss", 1);
    for (String v : variants(sel.stream())) {
      Row r = sel.stream().filter(x -> x.variant().equals(v)).findFirst().orElseThrow();
      List<Double> s = r.samples().stream().sorted().toList();
      String median = s.isEmpty() ? "–" : fmt(s.get(s.size() / 2)) + " " + r.unit();
      String range = s.isEmpty() ? "–" : fmt(s.get(0)) + " – " + fmt(s.get(s.size() - 1)) + " " + r.unit();
      md.append("| ").append(variantLabel(v)).append(" | ").append(s.size()).append(" | ")
          .append(pm(r.score(), r.error())).append(' ').append(r.unit()).append(" | ").append(median).append(" | ")
          .append(range).append(" | ").append(retrofit.map(b -> ratioCell(r, b, false)).orElse("–"))
          .append(" | ").append(rawOf(r).map(b -> ratioCell(r, b, false)).orElse("–")).append(" |\n");
    }
    md.append('\n');
  }

  private void listeners() {
    List<Row> sel = rows.stream().filter(r -> r.clazz().equals(LISTENER)).toList();
    if (sel.isEmpty()) {
      return;
    }
    md.append("## Request listeners: loopback throughput at 8 callers (issue 27)\n\n");
    md.append("One track per call, 8 JMH threads sharing one client, against the loopback server; the same facade"
        + " without listeners and with each listener registered on its builder.\n\n");
    md.append("| Client | Calls/s | × without listeners |\n|---|---:|---:|\n");
    Optional<Row> without = find(LISTENER, FACADE, "retrieve", "thrpt", 8);
    for (String v : variants(sel.stream())) {
      Row r = sel.stream().filter(x -> x.variant().equals(v)).findFirst().orElseThrow();
      String label = v.equals(FACADE) ? "facade, no listener" : "facade with " + LISTENER_VARIANTS.getOrDefault(v, v);
      md.append("| ").append(label).append(" | ").append(pm(r.score(), r.error())).append(" | ")
          .append(without.map(o -> r == o ? "baseline" : ratioText(ratio(r.score(), r.error(), o.score(),
              o.error()))).orElse("–")).append(" |\n");
    }
    md.append('\n');
  }

  private void cliImport() {
    Properties t = context.measured(Suite.IMPORT_GROUP);
    if (t.isEmpty()) {
      return;
    }
    md.append("## CLI import against a rate-limited server (issue 28)\n\n");
    md.append("The testkit's stand-in on loopback, in the same JVM as the CLI (run through `io.beyondwords.cli.Main`"
        + " in process, a fresh JVM for the group), answers each request after ")
        .append(t.getProperty("server.delayMs")).append(" ms and handles at most ")
        .append(t.getProperty("server.maxConcurrent")).append(" at once, answering 429 with `Retry-After: 1` beyond:"
        + " at most ").append(fmt(number(t, "server.limitPerSecond"))).append(" creates/s. Each run imports into its"
        + " own project and must leave exactly one item per article. A short import first warms up, untimed.\n\n");
    md.append("| Run | Items | Concurrency | Time | Items/s | × the server's limit | 429s | Duplicates |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    String[][] runs = {
        {"import", "`beyondwords import` (the target)"},
        {"sequential", "`content().create` in a loop"},
        {"overLimit", "`beyondwords import`, over the server's limit (reference)"}};
    for (String[] run : runs) {
      if (!t.containsKey(run[0] + ".items")) {
        continue;
      }
      double rate = number(t, run[0] + ".itemsPerSecond");
      double items = number(t, run[0] + ".items");
      double stored = number(t, run[0] + ".stored");
      String storedNote = Double.isNaN(stored) || stored == items ? "" : " (" + fmt(stored) + " stored)";
      md.append("| ").append(run[1]).append(" | ").append(fmt(items)).append(storedNote).append(" | ")
          .append(t.getProperty(run[0] + ".concurrency")).append(" | ")
          .append(fmt(number(t, run[0] + ".seconds"))).append(" s | ").append(fmt(rate)).append(" | ")
          .append(String.format(Locale.ROOT, "%.2f×", rate / number(t, "server.limitPerSecond"))).append(" | ")
          .append(t.getProperty(run[0] + ".refused429")).append(" | ").append(t.getProperty(run[0] + ".duplicates"))
          .append(" |\n");
    }
    md.append("\nOne timed run each (not JMH): compare with the limit, not across runs.\n\n");
  }

  private void cliImportMemory() {
    Properties m = context.measured(Suite.IMPORT_MEMORY_GROUP);
    if (m.isEmpty()) {
      return;
    }
    md.append("## CLI import streaming ").append(fmt(number(m, "rows"))).append(" rows under `")
        .append(m.getProperty("heap")).append("` (issue 28)\n\n");
    md.append("The CLI's `import` in a child JVM with `").append(m.getProperty("heap")).append("` and its default"
        + " concurrency reads a JSON Lines file row by row and creates each row's item; the journal is in a temp"
        + " directory in memory (`/dev/shm` when present). Every row is a real create over loopback, none"
        + " pre-journaled. The server, in the parent JVM, answers each create at once with the stand-in's bytes and"
        + " counts them. Heap figures from the child's memory-pool and GC MXBeans: the peak is the sum of each"
        + " pool's peak (garbage included, an upper bound); \"live after a GC\" is the most heap in use right after"
        + " any collection.\n\n");
    md.append("| | |\n|---|---:|\n");
    md.append("| Completed | ").append("true".equals(m.getProperty("completed")) ? "yes" : "**no**").append(" |\n");
    md.append("| Creates received | ").append(fmt(number(m, "creates"))).append(" |\n");
    md.append("| Time | ").append(fmt(number(m, "seconds"))).append(" s (")
        .append(fmt(number(m, "rows") / number(m, "seconds"))).append(" rows/s) |\n");
    md.append("| Peak heap used | ").append(mib(m, "heap.peakUsed")).append(" of ").append(mib(m, "heap.max"))
        .append(" |\n");
    md.append("| Most heap live after a GC | ").append(mib(m, "heap.maxUsedAfterGc")).append(" |\n");
    md.append("| Collections | ").append(m.getProperty("gc.collections", "?")).append(" |\n\n");
  }

  private void retryCost() {
    md.append("## The retry layer's cost when no retry happens\n\n");
    Optional<Row> with = find(IN_MEMORY, FACADE, "retrieve", "avgt", 1);
    Optional<Row> without = find(IN_MEMORY, FACADE_NO_RETRY, "retrieve", "avgt", 1);
    if (with.isEmpty() || without.isEmpty()) {
      md.append("PENDING: measured once the facade variants exist (the facade as built against the same"
          + " facade with its retry interceptor taken out of the chain; in-memory, one track).\n\n");
      return;
    }
    Row a = with.get();
    Row b = without.get();
    md.append("In-memory, one track, 1 thread: the facade as built (default retry policy; no call needs a retry)"
        + " against the same facade with its retry interceptor taken out of the chain.\n\n| | Time per call | Allocated per call |\n|---|---:|---:|\n");
    md.append("| With the retry layer | ").append(pm(a.score(), a.error())).append(' ').append(a.unit()).append(" | ")
        .append(pm(a.alloc(), a.allocError())).append(" B/op |\n");
    md.append("| Without it | ").append(pm(b.score(), b.error())).append(' ').append(b.unit()).append(" | ")
        .append(pm(b.alloc(), b.allocError())).append(" B/op |\n");
    md.append("| Cost of the retry layer | ").append(pm(a.score() - b.score(), Math.hypot(a.error(), b.error())))
        .append(' ').append(a.unit()).append(" (").append(ratioText(ratio(a.score(), a.error(), b.score(), b.error())))
        .append(") | ").append(pm(a.alloc() - b.alloc(), Math.hypot(a.allocError(), b.allocError())))
        .append(" B/op |\n\n");
  }

  private void withOptions() {
    md.append("## Threads of a `withOptions` client\n\n");
    Properties t = context.withOptions();
    if (t.isEmpty()) {
      md.append("PENDING: measured once the facade exists (a fresh JVM counts live threads after a first call"
          + " on a base client, then after a first call on a client derived with `withOptions`).\n\n");
      return;
    }
    md.append("A fresh JVM starts the loopback server, makes sync and async calls through a client, then through a"
        + " client derived from it with `withOptions`, counting live threads after each.\n\n");
    md.append("| | Live threads |\n|---|---:|\n");
    String[][] keys = {
        {"threads.beforeClient", "Before any client (JVM + loopback server)"},
        {"threads.afterBaseClientCalls", "After calls through the client"},
        {"threads.afterWithOptionsClientCalls", "After calls through the `withOptions` client"},
        {"new.threads", "**Started by the `withOptions` client**"}};
    for (String[] k : keys) {
      md.append("| ").append(k[1]).append(" | ").append(t.getProperty(k[0], "?")).append(" |\n");
    }
    String names = t.getProperty("new.thread.names", "").trim();
    md.append("\nNew threads by name: ").append(names.isEmpty() ? "none" : cell(names)).append(".\n\n");
  }

  private void settings() {
    md.append("## Run settings\n\n| Result file | Benchmarks | Mode | Threads | Forks | Iterations | Fork JVM options |\n"
        + "|---|---|---|---:|---:|---|---|\n");
    Map<String, List<Row>> byGroup = new LinkedHashMap<>();
    rows.stream().sorted(Comparator.comparing(Row::group)).forEach(r ->
        byGroup.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r));
    for (Map.Entry<String, List<Row>> e : byGroup.entrySet()) {
      List<Row> g = e.getValue();
      Set<String> names = new LinkedHashSet<>();
      g.forEach(r -> names.add(r.clazz() + "." + r.variant() + "_" + r.op()));
      Row first = g.get(0);
      String jvm = g.stream().map(r -> String.join(" ", r.jvmArgs())).distinct()
          .map(s -> s.isEmpty() ? "(defaults)" : "`" + s + "`").collect(Collectors.joining("; "));
      md.append("| ").append(e.getKey()).append(".json | ").append(names.size()).append(" | ").append(first.mode())
          .append(" | ").append(first.threads()).append(" | ").append(first.forks()).append(" | ")
          .append(first.plan()).append(" | ").append(jvm).append(" |\n");
    }
    md.append('\n');
  }

  private void method() {
    md.append("""
        ## What is measured

        - **Variants.** `raw`: OkHttp + Gson into a plain POJO with string dates, adapters looked up once, the key \
        set per request — the floor. `retrofit`: the bare generated Retrofit interface with the stock Gson converter \
        and one interceptor adding `X-Api-Key`. `facade`: `BeyondWordsClient` as a user builds it. Each variant has \
        its own `OkHttpClient` with OkHttp's defaults (the facade builds its own).
        - **The facade in memory.** The facade's builder takes no `OkHttpClient` or interceptor, so the benchmarks \
        append the fixed-response interceptor to the facade's own client by reflection (`FacadeClients`), after the \
        facade's application interceptors (timeouts, retry). Its network interceptors (`X-Api-Key`, sent-marker) \
        need a connection and do not run in memory; they do on loopback. "Without its retry layer" is the same \
        client with `RetryInterceptor` taken out of the chain.
        - **Transports.** In-memory: a final application interceptor returns the fixed bytes without calling \
        `proceed`, so no socket, bridge or connection code runs. Loopback: the JDK `HttpServer` on 127.0.0.1 in the \
        same JVM (MockWebServer keeps every request in an unbounded queue), `sun.net.httpserver.nodelay=true` \
        (without it, Nagle + delayed ACK cost ~40 ms per request; the setup refuses to run if the median exceeds \
        10 ms).
        - **Bytes.** One track: `{"id":1,"name":"Test track 1","volume":100,"project":{...},"media":{...},\
        "created":"2023-01-01 00:00:00 UTC","updated":"2023-01-01 00:00:05 UTC"}`; a page: 100 such tracks \
        (200 timestamps).
        - **Allocation** is JMH's GC profiler (`gc.alloc.rate.norm`, bytes per call).
        - **Noise.** The machine has few cores and may be shared: the loopback server, the client and JMH compete \
        for them, so loopback figures carry wide error bars; compare ratios within one run, never across runs.
        """);
  }

  // ---- formatting ----

  private static List<String> ops(List<Row> sel) {
    List<String> order = List.of("retrieve", "listPage", "contentPage", "retrieveAsync");
    Set<String> found = sel.stream().map(Row::op).collect(Collectors.toCollection(TreeSet::new));
    List<String> out = new ArrayList<>();
    for (String o : order) {
      if (found.remove(o)) {
        out.add(o);
      }
    }
    out.addAll(found);
    return out;
  }

  private static String opLabel(String op) {
    return switch (op) {
      case "retrieve" -> "one track";
      case "listPage" -> "100-track page";
      case "contentPage" -> "100-item content page";
      case "retrieveAsync" -> "one track, async";
      default -> op;
    };
  }

  private static String variantLabel(String v) {
    return switch (v) {
      case RAW -> "raw OkHttp + Gson";
      case "retrofit" -> "bare Retrofit";
      case FACADE -> "facade";
      case FACADE_NO_RETRY -> "facade without its retry layer";
      case FACADE_READ_ALL -> "facade, reading every timestamp and URL";
      case SEQUENTIAL -> "facade, `autoPager()` (sequential)";
      case PREFETCH -> "facade, `autoPager().prefetch(1).stream()`";
      case PREFETCH_ASYNC -> "facade, `autoPagerAsync().prefetch(1).forEach`";
      default -> v;
    };
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
  }

  private static int decimals(double v) {
    double a = Math.abs(v);
    if (a >= 100) {
      return 0;
    } else if (a >= 10) {
      return 1;
    } else if (a >= 1) {
      return 2;
    }
    return 3;
  }

  static String fmt(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%,." + decimals(v) + "f", v);
  }

  /** {@code value ± error} with both at the value's precision; "± n/a" when JMH could not compute an error. */
  static String pm(double value, double error) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    String e = Double.isNaN(error) ? "n/a"
        : String.format(Locale.ROOT, "%,." + decimals(value) + "f", error);
    return fmt(value) + " ± " + e;
  }

  static String ratioText(double[] r) {
    if (Double.isNaN(r[0]) || Double.isInfinite(r[0])) {
      return "n/a";
    }
    String s = String.format(Locale.ROOT, "%.2f×", r[0]);
    return Double.isNaN(r[1]) ? s : s + String.format(Locale.ROOT, " ± %.2f", r[1]);
  }
}
