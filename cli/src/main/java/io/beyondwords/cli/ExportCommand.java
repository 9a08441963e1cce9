package io.beyondwords.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.beyondwords.BeyondWordsClient;
import io.beyondwords.content.Content;
import io.beyondwords.content.ContentListParams;
import io.beyondwords.content.ContentMedia;
import io.beyondwords.content.ContentStatus;
import io.beyondwords.paging.CloseableIterator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code beyondwords export}: every content item of a project, with its status and audio URLs. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes every content item of a project as JSON Lines or CSV: id, source_id, title, status,"
                + " published, publish_date, created, updated, audio_url (the first) and audio_urls (all). Pages are"
                + " fetched ahead while earlier ones are written.")
final class ExportCommand implements Callable<Integer> {
    static final List<String> COLUMNS = List.of("id", "source_id", "title", "status", "published", "publish_date",
            "created", "updated", "audio_url", "audio_urls");

    @ParentCommand
    BeyondWordsCommand parent;

    @Mixin
    ConnectionOptions connection;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path output;

    @Option(names = "--format", paramLabel = "jsonl|csv",
            description = "jsonl or csv (default: from the output's name, else jsonl).")
    String format;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "100",
            description = "Items per page (default: ${DEFAULT-VALUE}).")
    int pageSize;

    @Option(names = "--prefetch", paramLabel = "PAGES", defaultValue = "2",
            description = "Pages fetched ahead (default: ${DEFAULT-VALUE}).")
    int prefetch;

    @Override
    public Integer call() throws IOException {
        CliContext context = parent.context();
        long project = connection.project(context);
        boolean csv = csv();
        if (pageSize < 1 || prefetch < 0) {
            throw new CliException(ExitCodes.USAGE, "--page-size must be positive and --prefetch not negative");
        }
        long count = 0;
        try (BeyondWordsClient client = connection.client(context); PrintWriter out = writer(context)) {
            if (csv) {
                out.print(String.join(",", COLUMNS) + "\r\n");
            }
            ContentListParams params = ContentListParams.builder().limit(pageSize).build();
            try (CloseableIterator<Content> items = client.content().list(project, params).autoPager()
                    .prefetch(prefetch).iterator()) {
                while (items.hasNext()) {
                    Content item = items.next();
                    out.print(csv ? csvLine(item) : json(item) + "\n");
                    count++;
                }
            }
            out.flush();
            if (out.checkError() && output != null) {
                throw new CliException(ExitCodes.FILE, "cannot write " + output);
            }
        }
        context.err().println("exported " + count + " items" + (output != null ? " to " + output : ""));
        return ExitCodes.OK;
    }

    private PrintWriter writer(CliContext context) {
        if (output == null) {
            return new PrintWriter(new Writer() {
                @Override
                public void write(char[] chars, int offset, int length) {
                    context.out().write(chars, offset, length);
                }

                @Override
                public void flush() {
                    context.out().flush();
                }

                @Override
                public void close() {
                    context.out().flush();
                }
            });
        }
        try {
            return new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CliException(ExitCodes.FILE, "cannot write " + output + ": " + e.getClass().getSimpleName());
        }
    }

    private boolean csv() {
        String name = format != null ? format : output != null ? output.getFileName().toString() : "jsonl";
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("csv") || lower.endsWith(".csv")) {
            return true;
        }
        if (format != null && !lower.equals("jsonl")) {
            throw new CliException(ExitCodes.USAGE, "--format is jsonl or csv, not " + format);
        }
        return false;
    }

    private static String status(Content item) {
        return item.status().map(ContentStatus::value).orElse("");
    }

    private static List<String> audioUrls(Content item) {
        return item.audio().orElse(List.of()).stream().map(ContentMedia::url).map(Object::toString).toList();
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse("");
    }

    static JsonObject json(Content item) {
        JsonObject row = new JsonObject();
        row.addProperty("id", item.id());
        item.sourceId().ifPresent(v -> row.addProperty("source_id", v));
        item.title().ifPresent(v -> row.addProperty("title", v));
        item.status().ifPresent(v -> row.addProperty("status", v.value()));
        item.published().ifPresent(v -> row.addProperty("published", v));
        item.publishDate().map(Instant::toString).ifPresent(v -> row.addProperty("publish_date", v));
        item.created().map(Instant::toString).ifPresent(v -> row.addProperty("created", v));
        item.updated().map(Instant::toString).ifPresent(v -> row.addProperty("updated", v));
        List<String> urls = audioUrls(item);
        if (!urls.isEmpty()) {
            row.addProperty("audio_url", urls.get(0));
        }
        JsonArray all = new JsonArray();
        urls.forEach(all::add);
        row.add("audio_urls", all);
        return row;
    }

    private static String csvLine(Content item) {
        List<String> urls = audioUrls(item);
        List<String> fields = List.of(item.id(), text(item.sourceId()), text(item.title()), status(item),
                text(item.published()), text(item.publishDate()), text(item.created()), text(item.updated()),
                urls.isEmpty() ? "" : urls.get(0), String.join(" ", urls));
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(csvField(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
    static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
