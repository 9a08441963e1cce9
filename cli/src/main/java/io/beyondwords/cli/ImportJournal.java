package io.beyondwords.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The import's journal: an append-only file of JSON Lines, one per finished row ({@code project}, {@code source_id},
 * {@code line}, {@code outcome}: created, existing or failed, and {@code content_id} or {@code error}).
 *
 * <p>Each line is handed to the operating system as soon as its row finishes, so a killed process ({@code kill -9})
 * loses none; every {@value #SYNC_EVERY} lines, every second and at the end the file is also forced to the disk
 * ({@code fsync}), so a machine that loses power loses at most the last batch. Losing lines costs nothing but time:
 * the rows they held are sent again, and a create keyed by {@code source_id} cannot make a second item. A line torn
 * by a crash is ignored when the journal is read.
 *
 * <p>A rerun skips the rows this journal holds as created or existing in the same project; failed rows are tried
 * again.
 */
final class ImportJournal implements Closeable {
    static final int SYNC_EVERY = 100;

    private final Path path;
    private final FileChannel channel;
    private final long project;
    private final Set<String> done;
    private int unsynced;

    private ImportJournal(Path path, FileChannel channel, long project, Set<String> done) {
        this.path = path;
        this.channel = channel;
        this.project = project;
        this.done = done;
    }

    /** Opens (or creates) the journal at this path and reads which rows of this project are already done. */
    static ImportJournal open(Path path, long project) throws IOException {
        Set<String> done = new HashSet<>();
        boolean endsInNewline = true;
        if (Files.exists(path)) {
            try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    read(line, project, done);
                }
            }
            try (FileChannel existing = FileChannel.open(path, StandardOpenOption.READ)) {
                if (existing.size() > 0) {
                    ByteBuffer last = ByteBuffer.allocate(1);
                    existing.read(last, existing.size() - 1);
                    endsInNewline = last.get(0) == '\n';
                }
            }
        }
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        ImportJournal journal = new ImportJournal(path, channel, project, done);
        if (!endsInNewline) {
            // A line torn by a crash: end it, so the next record starts a line of its own.
            journal.write("\n");
        }
        return journal;
    }

    private static void read(String line, long project, Set<String> done) {
        JsonObject entry;
        try {
            JsonElement parsed = JsonParser.parseString(line);
            if (!parsed.isJsonObject()) {
                return;
            }
            entry = parsed.getAsJsonObject();
            if (entry.get("project").getAsLong() != project) {
                return;
            }
            String outcome = entry.get("outcome").getAsString();
            if (outcome.equals("created") || outcome.equals("existing")) {
                done.add(entry.get("source_id").getAsString());
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException
                | NullPointerException | NumberFormatException torn) {
            // A torn or foreign line says nothing reliable; its row, if any, is simply tried again.
        }
    }

    Path path() {
        return path;
    }

    /** How many rows of this project the journal held when opened. */
    int doneCount() {
        return done.size();
    }

    /** Whether a row with this source id finished (created or existing) in an earlier run. */
    boolean isDone(String sourceId) {
        return done.contains(sourceId);
    }

    /** Records a finished row. */
    void record(Article article, String outcome, String contentId, String error) throws IOException {
        JsonObject entry = new JsonObject();
        entry.addProperty("project", project);
        entry.addProperty("source_id", article.sourceId());
        entry.addProperty("line", article.line());
        entry.addProperty("outcome", outcome);
        if (contentId != null) {
            entry.addProperty("content_id", contentId);
        }
        if (error != null) {
            entry.addProperty("error", error);
        }
        synchronized (this) {
            write(entry + "\n");
            if (++unsynced >= SYNC_EVERY) {
                sync();
            }
        }
    }

    /** Forces what was written to the disk. */
    synchronized void sync() throws IOException {
        if (unsynced > 0) {
            channel.force(false);
            unsynced = 0;
        }
    }

    private void write(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            sync();
        } finally {
            channel.close();
        }
    }
}
