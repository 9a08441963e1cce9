package io.beyondwords.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.content.ContentCreateParams;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's file: what a rerun skips, and a line torn by a crash. */
class ImportJournalTest {
    @TempDir
    Path dir;

    @Test
    void aRerunSkipsCreatedAndExistingRowsOfThisProjectAndSurvivesATornLastLine() throws Exception {
        Path file = dir.resolve("a.journal");
        Files.writeString(file, String.join("\n",
                "{\"project\":1,\"source_id\":\"a\",\"line\":1,\"outcome\":\"created\",\"content_id\":\"c1\"}",
                "{\"project\":1,\"source_id\":\"b\",\"line\":2,\"outcome\":\"existing\",\"content_id\":\"c2\"}",
                "{\"project\":1,\"source_id\":\"c\",\"line\":3,\"outcome\":\"failed\",\"error\":\"500\"}",
                "{\"project\":2,\"source_id\":\"d\",\"line\":4,\"outcome\":\"created\",\"content_id\":\"c4\"}",
                "{\"project\":1,\"source_id\":\"e\",\"li"), StandardCharsets.UTF_8);

        try (ImportJournal journal = ImportJournal.open(file, 1)) {
            assertThat(journal.isDone("a")).isTrue();
            assertThat(journal.isDone("b")).isTrue();
            assertThat(journal.isDone("c")).as("failed rows are tried again").isFalse();
            assertThat(journal.isDone("d")).as("another project's").isFalse();
            assertThat(journal.isDone("e")).as("torn").isFalse();
            journal.record(new Article(5, "e", ContentCreateParams.builder().sourceId("e").build()), "created",
                    "c5", null);
        }

        try (ImportJournal again = ImportJournal.open(file, 1)) {
            assertThat(again.isDone("e")).isTrue();
            assertThat(again.doneCount()).isEqualTo(3);
        }
        assertThat(Files.readAllLines(file)).last().isEqualTo(
                "{\"project\":1,\"source_id\":\"e\",\"line\":5,\"outcome\":\"created\",\"content_id\":\"c5\"}");
    }
}
