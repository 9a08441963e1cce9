package io.beyondwords.cli;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.content.ContentBatchDeleteParams;
import io.beyondwords.errors.NotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code beyondwords delete FILE}: deletes the items a file names, in chunks, through {@code batch_delete}. */
@Command(name = "delete", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Deletes the content items a file names by source_id (an import's JSON Lines or CSV file) or by"
                + " content id or source id (one per line): each is looked up, then the found ones are deleted"
                + " through the batch delete operation, a chunk at a time. --dry-run deletes nothing.")
final class DeleteCommand implements Callable<Integer> {
    @ParentCommand
    BeyondWordsCommand parent;

    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "FILE", description = "The items to delete.")
    Path file;

    @Option(names = "--map", paramLabel = "COLUMN=FIELD", description = "As for import, when FILE is an import file.")
    List<String> mappings = new ArrayList<>();

    @Option(names = "--chunk-size", paramLabel = "N", defaultValue = "100",
            description = "Ids per batch delete (default: ${DEFAULT-VALUE}).")
    int chunkSize;

    @Option(names = "--dry-run", description = "Looks the items up and says what would be deleted; deletes nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        CliContext context = parent.context();
        long project = connection.project(context);
        if (chunkSize < 1) {
            throw new CliException(ExitCodes.USAGE, "--chunk-size must be positive");
        }
        List<String> wanted = IdFile.read(file, mappings, context);
        long found = 0;
        long missing = 0;
        long deleted = 0;
        try (BeyondWordsClient client = connection.client(context)) {
            List<String> chunk = new ArrayList<>();
            for (String id : wanted) {
                try {
                    chunk.add(client.content().retrieve(project, id).id());
                    found++;
                } catch (NotFoundException e) {
                    missing++;
                    context.err().println(id + ": not found");
                }
                if (chunk.size() == chunkSize) {
                    deleted += delete(client, project, chunk);
                }
            }
            deleted += delete(client, project, chunk);
        }
        if (dryRun) {
            context.out().printf("dry run: would delete %d items of project %d (%d not found)%n", found, project,
                    missing);
        } else {
            context.out().printf("deleted %d items of project %d (%d not found)%n", deleted, project, missing);
        }
        return ExitCodes.OK;
    }

    private int delete(BeyondWordsClient client, long project, List<String> chunk) {
        int size = chunk.size();
        if (size > 0 && !dryRun) {
            client.content().batchDelete(project, ContentBatchDeleteParams.builder().ids(List.copyOf(chunk)).build());
        }
        chunk.clear();
        return dryRun ? 0 : size;
    }
}
