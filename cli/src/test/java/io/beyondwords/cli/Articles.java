package io.beyondwords.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes test input files. */
final class Articles {
    private Articles() {
    }

    /** A JSON Lines file of {@code count} well-formed articles, source ids {@code article-00000} on. */
    static Path jsonLines(Path dir, int count) throws IOException {
        Path file = dir.resolve("articles.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write(String.format("{\"source_id\":\"article-%05d\",\"title\":\"Article %d\","
                        + "\"body\":\"<p>Body of article %d.</p>\",\"author\":\"Desk\","
                        + "\"publish_date\":\"2026-11-30T08:00:00Z\",\"metadata\":{\"section\":\"news\"}}%n",
                        i, i, i));
            }
        }
        return file;
    }
}
