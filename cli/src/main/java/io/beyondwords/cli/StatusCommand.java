package io.beyondwords.cli;

import com.google.gson.JsonObject;
import io.beyondwords.BeyondWordsClient;
import io.beyondwords.content.Content;
import io.beyondwords.content.ContentListParams;
import io.beyondwords.content.ContentStatus;
import io.beyondwords.errors.NotFoundException;
import io.beyondwords.paging.CloseableIterator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code beyondwords status}: how many items are in each status, for a project or for the ids in a file. */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Counts content items by status (draft, queued, processing, processed, error, skipped, ...):"
                + " every item of the project, or the items a file names (--ids).")
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    BeyondWordsCommand parent;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--ids", paramLabel = "FILE", description = "Only these items: an import's JSON Lines or CSV file"
            + " (its source_ids), or one content id or source id per line.")
    Path ids;

    @Option(names = "--map", paramLabel = "COLUMN=FIELD", description = "As for import, when --ids is an import file.")
    List<String> mappings = new ArrayList<>();

    @Option(names = "--json", description = "Prints the counts as JSON.")
    boolean json;

    @Override
    public Integer call() {
        CliContext context = parent.context();
        long project = connection.project(context);
        List<String> wanted = ids != null ? IdFile.read(ids, mappings, context) : null;
        Map<String, Long> counts = new TreeMap<>();
        long total = 0;
        try (BeyondWordsClient client = connection.client(context)) {
            if (wanted == null) {
                ContentListParams params = ContentListParams.builder().limit(100).build();
                try (CloseableIterator<Content> items = client.content().list(project, params).autoPager()
                        .prefetch(2).iterator()) {
                    while (items.hasNext()) {
                        counts.merge(status(items.next()), 1L, Long::sum);
                        total++;
                    }
                }
            } else {
                for (String id : wanted) {
                    String status;
                    try {
                        status = status(client.content().retrieve(project, id));
                    } catch (NotFoundException e) {
                        status = "not_found";
                    }
                    counts.merge(status, 1L, Long::sum);
                    total++;
                }
            }
        }
        if (json) {
            JsonObject summary = new JsonObject();
            summary.addProperty("project", project);
            summary.addProperty("total", total);
            JsonObject byStatus = new JsonObject();
            counts.forEach(byStatus::addProperty);
            summary.add("by_status", byStatus);
            context.out().println(summary);
        } else {
            context.out().println("project " + project + ": " + total + " items");
            counts.forEach((status, n) -> context.out().printf("  %-12s %,d%n", status, n));
        }
        return ExitCodes.OK;
    }

    private static String status(Content item) {
        return item.status().map(ContentStatus::value).orElse("(none)");
    }
}
