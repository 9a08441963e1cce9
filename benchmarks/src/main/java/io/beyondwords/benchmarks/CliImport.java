package io.beyondwords.benchmarks;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.cli.Main;
import io.beyondwords.content.ContentCreateParams;
import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.RecordedCall;
import io.beyondwords.testkit.StandInContent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The CLI's {@code import} (issue 28), run in this JVM through {@link Main#run(String...)}, and the loop a user writes
 * without it: the pieces {@link ImportThroughputMain} and {@link ImportMemoryMain} time, and the sanity test checks.
 */
final class CliImport {

  /** One timed run: how many items it was given and took how long, and what the server saw. */
  record Result(int items, double seconds, int exitCode, long refused429, int stored, int distinctSourceIds) {
    double itemsPerSecond() {
      return items / seconds;
    }

    /** Items stored beyond one per source id. */
    int duplicates() {
      return stored - distinctSourceIds;
    }
  }

  private CliImport() {
  }

  /**
   * A JSON Lines file of {@code count} articles, source ids {@code <prefix>-0} on, written as a stream (a million rows
   * need no memory).
   */
  static Path articles(Path dir, String prefix, long count) throws IOException {
    Path file = dir.resolve(prefix + ".jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long i = 0; i < count; i++) {
        out.write("{\"source_id\":\"" + prefix + "-" + i + "\",\"title\":\"Article " + i
            + "\",\"body\":\"<p>Body of article " + i + ".</p>\",\"author\":\"Desk\","
            + "\"publish_date\":\"2026-11-30T08:00:00Z\",\"metadata\":{\"section\":\"news\"}}\n");
      }
    }
    return file;
  }

  /** The key file the CLI reads ({@code --api-key-file}): the key is never an argument. */
  static Path keyFile(Path dir, String key) throws IOException {
    return Files.writeString(dir.resolve("api-key"), key, StandardCharsets.UTF_8);
  }

  /** The CLI's command line: import {@code file} into {@code project}, journal in {@code dir}, no progress output. */
  static String[] importArgs(Path file, String baseUrl, long project, Path keyFile, Path journal, int concurrency) {
    return new String[] {"import", file.toString(), "--project", Long.toString(project), "--base-url", baseUrl,
        "--api-key-file", keyFile.toString(), "--journal", journal.toString(), "--concurrency",
        Integer.toString(concurrency), "--progress", "none"};
  }

  /** {@code beyondwords import} of {@code items} articles into a project of the stand-in, timed. */
  static Result importInto(BeyondWordsStandIn standIn, long project, Path dir, String prefix, int items,
                           int concurrency) throws IOException {
    Path file = articles(dir, prefix, items);
    Path key = keyFile(dir, standIn.apiKey());
    long refusedBefore = refused(standIn);
    long start = System.nanoTime();
    int exit = Main.run(importArgs(file, standIn.baseUrl(), project, key, dir.resolve(prefix + ".journal"),
        concurrency));
    double seconds = (System.nanoTime() - start) / 1e9;
    return result(standIn, project, prefix, items, seconds, exit, refused(standIn) - refusedBefore);
  }

  /** The loop a user writes without the CLI: one {@code content().create} after another, timed. */
  static Result sequentialInto(BeyondWordsStandIn standIn, long project, String prefix, int items) {
    long refusedBefore = refused(standIn);
    try (BeyondWordsClient client = BeyondWordsClient.builder().apiKey(standIn.apiKey()).baseUrl(standIn.baseUrl())
        .allowInsecureHttp(true).build()) {
      long start = System.nanoTime();
      for (int i = 0; i < items; i++) {
        client.content().create(project, ContentCreateParams.builder().sourceId(prefix + "-" + i)
            .title("Article " + i).body("<p>Body of article " + i + ".</p>").build());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return result(standIn, project, prefix, items, seconds, 0, refused(standIn) - refusedBefore);
    }
  }

  private static Result result(BeyondWordsStandIn standIn, long project, String prefix, int items, double seconds,
                               int exit, long refused) {
    List<StandInContent> stored = standIn.content(project).stream()
        .filter(c -> c.sourceId() != null && c.sourceId().startsWith(prefix + "-")).toList();
    Set<String> distinct = new HashSet<>();
    stored.forEach(c -> distinct.add(c.sourceId()));
    return new Result(items, seconds, exit, refused, stored.size(), distinct.size());
  }

  private static long refused(BeyondWordsStandIn standIn) {
    return standIn.requests().stream().filter(r -> r.status() == 429).map(RecordedCall::status).count();
  }
}
