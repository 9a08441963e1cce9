package io.beyondwords.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import io.beyondwords.BeyondWordsClient;
import io.beyondwords.RequestOptions;
import io.beyondwords.RetryPolicy;
import io.beyondwords.Sleeper;
import io.beyondwords.content.ContentProcessingException;
import io.beyondwords.content.ContentStatus;
import io.beyondwords.errors.ApiTimeoutException;
import io.beyondwords.errors.BeyondWordsException;
import io.beyondwords.errors.NotFoundException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code beyondwords import FILE}: creates each article of a file as content, exactly once, resumably. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Creates each article of a JSON Lines or CSV file as content in a project, exactly once by its"
                + " source_id: an item that already exists is adopted (counted as existing), never duplicated.",
                "A journal records every finished row, so running the same command again after a crash or kill -9"
                + " resumes where it stopped and creates nothing twice.",
                "Fields: source_id (required), title, body, summary, author, image_url, source_url, publish_date,"
                + " published, metadata (a JSON object), metadata.NAME, voice_id, title_voice_id, body_voice_id,"
                + " summary_voice_id, language."})
final class ImportCommand implements Callable<Integer> {
    private static final Object END = new Object();

    @ParentCommand
    BeyondWordsCommand parent;

    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "FILE", description = "The articles: JSON Lines (.jsonl, .ndjson, .json) or CSV (.csv)"
            + " with a header row.")
    Path file;

    @Option(names = "--format", paramLabel = "jsonl|csv", description = "The file's format (default: from its name).")
    String format;

    @Option(names = "--map", paramLabel = "COLUMN=FIELD",
            description = "Reads a field from a differently named column or member, e.g. --map guid=source_id"
                    + " --map section=metadata.section. Repeatable.")
    List<String> mappings = new ArrayList<>();

    @Option(names = {"-c", "--concurrency"}, paramLabel = "N", defaultValue = "8",
            description = "At most this many creates at once (default: ${DEFAULT-VALUE}); fewer while the API says"
                    + " 429 or 503.")
    int concurrency;

    @Option(names = "--journal", paramLabel = "FILE",
            description = "The journal (default: FILE.journal beside the input).")
    Path journalPath;

    @Option(names = "--max-retries", paramLabel = "N", defaultValue = "5",
            description = "Retries of each request on a transient failure (default: ${DEFAULT-VALUE}).")
    int maxRetries;

    @Option(names = "--wait", description = "Then waits until each created or existing item's audio is processed,"
            + " and counts processed, error and skipped.")
    boolean waitForAudio;

    @Option(names = "--wait-timeout", paramLabel = "DURATION", defaultValue = "PT10M",
            description = "How long --wait waits for one item, ISO-8601 (default: 10 minutes).")
    Duration waitTimeout;

    @Option(names = "--progress", paramLabel = "auto|bar|lines|none", defaultValue = "auto",
            description = "Progress on standard error: a bar on a terminal, lines otherwise (default: auto).")
    String progressMode;

    @Option(names = "--json", description = "Prints the summary as JSON on standard output.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        if (concurrency < 1 || concurrency > 256) {
            throw new CliException(ExitCodes.USAGE, "--concurrency is 1 to 256, not " + concurrency);
        }
        if (maxRetries < 0) {
            throw new CliException(ExitCodes.USAGE, "--max-retries must not be negative");
        }
        ArticleMapping mapping = ArticleMapping.of(mappings);
        boolean csv = csv();
        long project = connection.project(context);
        ImportProgress.Mode mode = progressMode(context);
        if (!Files.isReadable(file)) {
            throw new CliException(ExitCodes.FILE, "cannot read " + file);
        }
        Path journalFile = journalPath != null ? journalPath : Path.of(file + ".journal");
        try (BeyondWordsClient client = connection.client(context)) {
            checkProject(client, project);
            ImportCounts counts = new ImportCounts();
            long started = System.nanoTime();
            AdaptiveLimit limit = new AdaptiveLimit(concurrency);
            ImportJournal journal;
            try {
                journal = ImportJournal.open(journalFile, project);
            } catch (IOException e) {
                throw new CliException(ExitCodes.FILE, "cannot open the journal " + journalFile + ": " + e);
            }
            Queue<String> toWaitFor = new ConcurrentLinkedQueue<>();
            long total = mode == ImportProgress.Mode.NONE ? 0 : estimateRows(csv);
            try (journal; ImportProgress progress = new ImportProgress(context.err(), mode, counts, total)) {
                // The creates' client tells the limit each time the SDK is about to wait before a retry.
                Sleeper sleeper = client.options().sleeper();
                BeyondWordsClient creating = client.withOptions(b -> b.sleeper(delay -> {
                    limit.onCongestion();
                    sleeper.sleep(delay);
                }));
                RowCreator creator = new RowCreator(creating, project, limit, counts, journal, progress,
                        RequestOptions.builder().retryPolicy(RetryPolicy.builder().maxRetries(maxRetries).build())
                                .build(), waitForAudio ? toWaitFor : null);
                run(mapping, csv, journal, counts, progress, creator);
                journal.sync();
                if (waitForAudio) {
                    waitForAudio(client, project, toWaitFor, counts, progress);
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            report(context, project, journalFile, counts, limit, mapping, took);
            boolean allGood = counts.failed.get() == 0 && counts.malformed.get() == 0
                    && counts.processingError.get() == 0 && counts.stillProcessing.get() == 0;
            return allGood ? ExitCodes.OK : ExitCodes.ROWS_FAILED;
        }
    }

    private void run(ArticleMapping mapping, boolean csv, ImportJournal journal, ImportCounts counts,
            ImportProgress progress, RowCreator creator) throws Exception {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(concurrency * 4);
        ExecutorService workers = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "beyondwords-import");
            thread.setDaemon(true);
            return thread;
        });
        AtomicReference<Throwable> stop = new AtomicReference<>();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            running.add(workers.submit(() -> {
                while (true) {
                    Object next = queue.take();
                    if (next == END) {
                        return null;
                    }
                    try {
                        creator.create((Article) next);
                    } catch (IOException | RuntimeException e) {
                        stop.compareAndSet(null, e);
                        throw e;
                    }
                }
            }));
        }
        try (RowSource rows = open(csv)) {
            while (stop.get() == null) {
                SourceRow row;
                Article article;
                try {
                    row = rows.next();
                    if (row == null) {
                        break;
                    }
                    article = mapping.article(row);
                } catch (RowProblem problem) {
                    counts.malformed.incrementAndGet();
                    progress.message("line " + problem.line() + ": skipped, " + problem.getMessage());
                    continue;
                }
                if (journal.isDone(article.sourceId())) {
                    counts.journaled.incrementAndGet();
                    continue;
                }
                // Not put(): if every worker stopped (a refused key), nothing would ever take from a full queue.
                boolean queued = false;
                while (!queued && stop.get() == null) {
                    queued = queue.offer(article, 100, TimeUnit.MILLISECONDS);
                }
            }
        } catch (IOException e) {
            stop.compareAndSet(null, e);
        } finally {
            for (int i = 0; i < concurrency; i++) {
                while (!queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                    if (running.stream().allMatch(Future::isDone)) {
                        break;
                    }
                }
            }
            workers.shutdown();
            workers.awaitTermination(365, TimeUnit.DAYS);
        }
        Throwable failure = stop.get();
        if (failure instanceof CliException cli) {
            throw cli;
        }
        if (failure instanceof BeyondWordsException api) {
            throw api;
        }
        if (failure != null) {
            throw new CliException(ExitCodes.FILE, "stopped: " + failure.getMessage());
        }
    }

    private RowSource open(boolean csv) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return csv ? CsvSource.open(reader) : new JsonLinesSource(reader);
    }

    private boolean csv() {
        String name = format != null ? format : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("csv") || lower.endsWith(".csv")) {
            return true;
        }
        if (lower.equals("jsonl") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")
                || lower.equals("json")) {
            return false;
        }
        throw new CliException(ExitCodes.USAGE, format != null ? "--format is jsonl or csv, not " + format
                : "cannot tell the format from the name " + file.getFileName() + ": give --format jsonl or csv");
    }

    private ImportProgress.Mode progressMode(CliContext context) {
        return switch (progressMode.toLowerCase(Locale.ROOT)) {
            case "auto" -> json ? ImportProgress.Mode.NONE
                    : context.terminal() ? ImportProgress.Mode.BAR : ImportProgress.Mode.LINES;
            case "bar" -> ImportProgress.Mode.BAR;
            case "lines" -> ImportProgress.Mode.LINES;
            case "none" -> ImportProgress.Mode.NONE;
            default -> throw new CliException(ExitCodes.USAGE, "--progress is auto, bar, lines or none");
        };
    }

    /** Lines in the file (less the header), read as bytes: memory stays flat and it is quick beside the import. */
    private long estimateRows(boolean csv) {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv ? Math.max(0, lines - 1) : lines;
    }

    private static void checkProject(BeyondWordsClient client, long project) {
        try {
            client.projects().retrieve(project);
        } catch (NotFoundException e) {
            throw new CliException(ExitCodes.CONFIG, "project " + project + " not found (404)");
        }
    }

    private void waitForAudio(BeyondWordsClient client, long project, Queue<String> ids, ImportCounts counts,
            ImportProgress progress) throws InterruptedException {
        ExecutorService waiters = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "beyondwords-wait");
            thread.setDaemon(true);
            return thread;
        });
        RequestOptions options = RequestOptions.builder().deadline(waitTimeout).build();
        for (String id : ids) {
            waiters.submit(() -> {
                try {
                    client.content().waitUntilProcessed(project, id, options);
                    counts.processed.incrementAndGet();
                } catch (ContentProcessingException e) {
                    String status = e.content().status().map(ContentStatus::value).orElse("");
                    (status.equals("skipped") ? counts.skipped : counts.processingError).incrementAndGet();
                    progress.message("content " + id + ": " + (status.isEmpty() ? "error" : status));
                } catch (ApiTimeoutException e) {
                    counts.stillProcessing.incrementAndGet();
                    progress.message("content " + id + ": still processing after " + waitTimeout);
                } catch (BeyondWordsException e) {
                    counts.stillProcessing.incrementAndGet();
                    progress.message("content " + id + ": could not wait: " + ApiFailures.describe(e));
                }
            });
        }
        waiters.shutdown();
        waiters.awaitTermination(365, TimeUnit.DAYS);
    }

    private void report(CliContext context, long project, Path journalFile, ImportCounts counts, AdaptiveLimit limit,
            ArticleMapping mapping, Duration took) {
        if (!mapping.ignoredColumns().isEmpty()) {
            context.err().println("ignored columns (no field of that name; see --map): "
                    + String.join(", ", mapping.ignoredColumns()));
        }
        double seconds = took.toMillis() / 1000.0;
        if (json) {
            JsonObject summary = new JsonObject();
            summary.addProperty("file", file.toString());
            summary.addProperty("project", project);
            summary.addProperty("created", counts.created.get());
            summary.addProperty("existing", counts.existing.get());
            summary.addProperty("failed", counts.failed.get());
            summary.addProperty("malformed", counts.malformed.get());
            summary.addProperty("already_in_journal", counts.journaled.get());
            if (waitForAudio) {
                JsonObject audio = new JsonObject();
                audio.addProperty("processed", counts.processed.get());
                audio.addProperty("error", counts.processingError.get());
                audio.addProperty("skipped", counts.skipped.get());
                audio.addProperty("still_processing", counts.stillProcessing.get());
                summary.add("audio", audio);
            }
            summary.addProperty("seconds", seconds);
            summary.addProperty("concurrency_lowest", limit.lowest());
            summary.addProperty("slowdowns", limit.decreases());
            summary.addProperty("journal", journalFile.toString());
            context.out().println(new GsonBuilder().create().toJson(summary));
            return;
        }
        context.out().printf(Locale.ROOT, "Imported %s into project %d in %.1f s%n", file, project, seconds);
        context.out().printf(Locale.ROOT, "  created            %,d%n", counts.created.get());
        context.out().printf(Locale.ROOT, "  existing           %,d%n", counts.existing.get());
        context.out().printf(Locale.ROOT, "  failed             %,d%n", counts.failed.get());
        context.out().printf(Locale.ROOT, "  malformed rows     %,d%n", counts.malformed.get());
        context.out().printf(Locale.ROOT, "  already in journal %,d%n", counts.journaled.get());
        if (waitForAudio) {
            context.out().printf(Locale.ROOT, "  audio: processed %,d, error %,d, skipped %,d, still processing %,d%n",
                    counts.processed.get(), counts.processingError.get(), counts.skipped.get(),
                    counts.stillProcessing.get());
        }
        context.out().printf(Locale.ROOT, "  concurrency: up to %d, lowest %d after %d slow-downs%n", concurrency,
                limit.lowest(), limit.decreases());
        context.out().println("  journal: " + journalFile);
        context.out().flush();
    }
}
