package io.beyondwords.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.testkit.BeyondWordsStandIn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import benchmarks measure what they claim, on small numbers and without their delay: every article arrives
 * once, the sequential loop creates its items, the server's gate refuses what goes beyond its limit, and the request
 * listener variants read the fixture. No timing is asserted.
 */
class CliImportSanityTest {

  @TempDir
  Path dir;

  @Test
  void theImportCreatesEveryArticleOnceUnderTheGate() throws Exception {
    try (BeyondWordsStandIn standIn = ImportThroughputMain.standIn(Duration.ZERO)) {
      CliImport.Result imported = CliImport.importInto(standIn, 1, dir, "article", 300,
          ImportThroughputMain.CONCURRENCY);
      assertThat(imported.exitCode()).isZero();
      assertThat(imported.stored()).isEqualTo(300);
      assertThat(imported.duplicates()).isZero();

      long project = standIn.addProject("Sequential loop").id();
      CliImport.Result sequential = CliImport.sequentialInto(standIn, project, "sequential", 20);
      assertThat(sequential.stored()).isEqualTo(20);
      assertThat(sequential.duplicates()).isZero();
      assertThat(standIn.content(1)).hasSize(300);
    }
  }

  @Test
  void theMemoryCheckServesTheStandInsAnswers() throws Exception {
    byte[][] answers = ImportMemoryMain.standInAnswers();
    assertThat(new String(answers[0], java.nio.charset.StandardCharsets.UTF_8)).contains("\"id\":1");
    assertThat(new String(answers[1], java.nio.charset.StandardCharsets.UTF_8)).contains("\"source_id\":\"row-0\"");
  }

  @Test
  void theGateAnswers429BeyondSixteenRequestsInFlight() throws Exception {
    // 20 requests at once against a 5 s delay: the first 16 to arrive are held, the other 4 are refused at once.
    int calls = ImportThroughputMain.MAX_CONCURRENT + 4;
    OkHttpClient http = new OkHttpClient();
    ExecutorService callers = Executors.newFixedThreadPool(calls);
    try (BeyondWordsStandIn standIn = ImportThroughputMain.standIn(Duration.ofSeconds(5))) {
      List<CompletableFuture<Integer>> sent = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        sent.add(CompletableFuture.supplyAsync(() -> projectStatus(http, standIn), callers));
      }
      List<Integer> statuses = new ArrayList<>();
      for (CompletableFuture<Integer> call : sent) {
        statuses.add(call.get(60, TimeUnit.SECONDS));
      }
      assertThat(statuses).containsOnly(200, 429);
      assertThat(statuses).filteredOn(s -> s == 429)
          .hasSizeGreaterThanOrEqualTo(calls - ImportThroughputMain.MAX_CONCURRENT);
      assertThat(standIn.requests()).filteredOn(r -> r.status() == 429)
          .allSatisfy(r -> assertThat(r.header("x-api-key")).isNotNull());
    } finally {
      callers.shutdownNow();
      HttpClients.shutdown(http);
    }
  }

  @Test
  void listenerVariantsReturnTheFixture() throws Exception {
    ListenerBenchmarks b = new ListenerBenchmarks();
    b.setUp();
    try {
      assertThat(b.facade_retrieve().name()).isEqualTo("Test track 1");
      assertThat(b.noopListener_retrieve().name()).isEqualTo("Test track 1");
      assertThat(b.micrometer_retrieve().name()).isEqualTo("Test track 1");
    } finally {
      b.tearDown();
    }
  }

  private static int projectStatus(OkHttpClient http, BeyondWordsStandIn standIn) {
    // A GET of the project: the gate is in front of every request, and this one changes nothing.
    Request request = new Request.Builder().url(standIn.baseUrl() + "/projects/1")
        .header("X-Api-Key", standIn.apiKey()).build();
    try (Response response = http.newCall(request).execute()) {
      return response.code();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
