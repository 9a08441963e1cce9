package io.beyondwords.benchmarks;

import io.beyondwords.testkit.BeyondWordsStandIn;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Issue 28's memory check, in a fresh JVM: the CLI's {@code import} streams N rows (1,000,000 in the full run) from a
 * JSON Lines file in a child JVM limited to {@value #HEAP}, at the CLI's default concurrency, journal in a temp
 * directory; the child ({@link ImportMemoryChild}) reports its peak heap. Every row is a real create over loopback,
 * none pre-journaled (a journal read at start holds its finished rows in memory, so pre-journaling would measure that
 * instead of the streaming).
 *
 * <p>The server is this JVM's {@link LoopbackServer}, answering the bytes the stand-in answers to a project's
 * retrieve and to a content create, with no delay and no other work: the stand-in keeps every item and every request,
 * and checks each against the spec, which for a million creates would cost minutes the import does not. It counts
 * the creates; a run passes when the child exits 0 having sent one create per row.
 *
 * <pre>java -cp benchmarks.jar io.beyondwords.benchmarks.ImportMemoryMain OUT.properties ROWS</pre>
 */
public final class ImportMemoryMain {
  static final String HEAP = "-Xmx128m";

  private ImportMemoryMain() {
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    long rows = Long.parseLong(args[1]);
    Path dir = tempDir();
    Properties p = new Properties();
    try {
      byte[][] answers = standInAnswers();
      AtomicLong creates = new AtomicLong();
      try (LoopbackServer server = new LoopbackServer((path, query, headers) -> {
        if (path.endsWith("/content")) {
          creates.incrementAndGet();
          return answers[1];
        }
        return answers[0];
      })) {
        long writing = System.nanoTime();
        Path file = CliImport.articles(dir, "row", rows);
        System.out.printf(Locale.ROOT, "wrote %,d rows (%,d MB) in %.1f s%n", rows, Files.size(file) >> 20,
            (System.nanoTime() - writing) / 1e9);
        Path key = CliImport.keyFile(dir, HttpClients.API_KEY);
        String baseUrl = server.baseUrl().substring(0, server.baseUrl().length() - 1);
        Path childOut = dir.resolve("child.properties");
        List<String> command = new ArrayList<>(List.of(
            Paths.get(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
            "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
            ImportMemoryChild.class.getName(), childOut.toString()));
        // The CLI's default concurrency: no --concurrency.
        String[] cli = CliImport.importArgs(file, baseUrl, 1, key, dir.resolve("row.journal"), 0);
        for (int i = 0; i < cli.length; i++) {
          if (cli[i].equals("--concurrency")) {
            i++;
          } else {
            command.add(cli[i]);
          }
        }
        System.out.println("child JVM: " + HEAP + ", import of " + rows + " rows");
        Process child = new ProcessBuilder(command).inheritIO().start();
        int exit = child.waitFor();
        Properties c = new Properties();
        if (Files.exists(childOut)) {
          try (var in = Files.newInputStream(childOut)) {
            c.load(in);
          }
        }
        p.putAll(c);
        p.setProperty("heap", HEAP);
        p.setProperty("rows", Long.toString(rows));
        p.setProperty("creates", Long.toString(creates.get()));
        p.setProperty("child.exit", Integer.toString(exit));
        p.setProperty("completed", Boolean.toString(exit == 0 && "0".equals(c.getProperty("cli.exit"))
            && creates.get() == rows));
      }
    } finally {
      ImportThroughputMain.deleteTree(dir);
    }
    try (OutputStream stream = Files.newOutputStream(out)) {
      p.store(stream, "written by io.beyondwords.benchmarks.ImportMemoryMain");
    }
    p.forEach((k, v) -> System.out.println(k + "=" + v));
    System.exit(0);
  }

  /**
   * A temp directory in memory ({@code /dev/shm}) when there is one: the journal's fsync every 100 rows then costs
   * nothing, so the run's time goes to the import itself (this measures memory, not the disk).
   */
  static Path tempDir() throws IOException {
    Path shm = Path.of("/dev/shm");
    return Files.isDirectory(shm) && Files.isWritable(shm)
        ? Files.createTempDirectory(shm, "beyondwords-import-memory")
        : Files.createTempDirectory("beyondwords-import-memory");
  }

  /** What the stand-in answers to {@code GET /projects/1} and to a content create: bytes the SDK reads as the API's. */
  static byte[][] standInAnswers() throws IOException {
    OkHttpClient http = new OkHttpClient();
    try (BeyondWordsStandIn standIn = BeyondWordsStandIn.startDefault()) {
      String base = standIn.baseUrl() + "/projects/" + BeyondWordsStandIn.DEFAULT_PROJECT_ID;
      byte[] project = body(http, new Request.Builder().url(base).header("X-Api-Key", standIn.apiKey()).build());
      byte[] content = body(http, new Request.Builder().url(base + "/content").header("X-Api-Key", standIn.apiKey())
          .post(RequestBody.create("{\"source_id\":\"row-0\",\"title\":\"Article 0\",\"body\":\"<p>Body.</p>\"}",
              MediaType.get("application/json"))).build());
      return new byte[][] {project, content};
    } finally {
      HttpClients.shutdown(http);
    }
  }

  private static byte[] body(OkHttpClient http, Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException(request.method() + " " + request.url() + ": " + response.code());
      }
      return response.body().string().getBytes(StandardCharsets.UTF_8);
    }
  }
}
