package io.beyondwords.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ids a command works on, from a file: the {@code source_id}s of an import's JSON Lines or CSV file (its
 * {@code --map} applies), or any other file with one content id or source id per line ({@code #} starts a comment).
 */
final class IdFile {
    private IdFile() {
    }

    static List<String> read(Path file, List<String> mappings, CliContext context) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        boolean jsonLines = name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
        List<String> ids = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!csv && !jsonLines) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String id = line.strip();
                    if (!id.isEmpty() && !id.startsWith("#")) {
                        ids.add(id);
                    }
                }
                return ids;
            }
            ArticleMapping mapping = ArticleMapping.of(mappings);
            try (RowSource rows = csv ? CsvSource.open(reader) : new JsonLinesSource(reader)) {
                while (true) {
                    try {
                        SourceRow row = rows.next();
                        if (row == null) {
                            return ids;
                        }
                        ids.add(mapping.article(row).sourceId());
                    } catch (RowProblem problem) {
                        context.err().println("line " + problem.line() + ": skipped, " + problem.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            throw new CliException(ExitCodes.FILE, "cannot read " + file + ": " + e.getMessage());
        }
    }
}
