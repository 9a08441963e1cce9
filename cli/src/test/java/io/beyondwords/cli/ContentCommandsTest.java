package io.beyondwords.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.ContentSeed;
import io.beyondwords.testkit.StandInContent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}, {@code status} and {@code delete} against the stand-in. */
class ContentCommandsTest {
    private static final long PROJECT = BeyondWordsStandIn.DEFAULT_PROJECT_ID;

    @TempDir
    Path dir;

    private BeyondWordsStandIn standIn;

    @BeforeEach
    void start() {
        standIn = BeyondWordsStandIn.builder().defaultPageSize(10).build().start();
        for (int i = 0; i < 25; i++) {
            standIn.addContent(PROJECT, ContentSeed.titled("Item, " + i).sourceId(String.format("item-%02d", i))
                    .status(i < 20 ? "processed" : "error"));
        }
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void exportWritesEveryItemAcrossPagesAsJsonLines() throws Exception {
        Path out = dir.resolve("all.jsonl");

        CliRun run = CliRun.against(standIn, "export", "-p", "1", "-o", out.toString(), "--page-size", "7");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(25);
        JsonObject first = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertThat(first.keySet()).contains("id", "source_id", "title", "status", "audio_urls");
        assertThat(lines).extracting(l -> JsonParser.parseString(l).getAsJsonObject().get("source_id").getAsString())
                .doesNotHaveDuplicates().hasSize(25);
        assertThat(standIn.requestCount("GET", "/v1/projects/1/content")).isEqualTo(4);
    }

    @Test
    void exportAsCsvQuotesWhatNeedsIt() throws Exception {
        Path out = dir.resolve("all.csv");

        CliRun run = CliRun.against(standIn, "export", "-p", "1", "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(String.join(",", ExportCommand.COLUMNS));
        assertThat(lines).hasSize(26);
        assertThat(lines.get(1)).contains(",item-00,\"Item, 0\",processed,");
    }

    @Test
    void statusCountsByStatusForTheProjectAndForAFile() throws Exception {
        CliRun all = CliRun.against(standIn, "status", "-p", "1", "--json");

        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.summary().get("total").getAsLong()).isEqualTo(25);
        assertThat(all.summary().getAsJsonObject("by_status").get("processed").getAsLong()).isEqualTo(20);
        assertThat(all.summary().getAsJsonObject("by_status").get("error").getAsLong()).isEqualTo(5);

        Path ids = dir.resolve("ids.txt");
        Files.write(ids, List.of("# three of them", "item-01", "item-21", "nope"));
        CliRun some = CliRun.against(standIn, "status", "-p", "1", "--ids", ids.toString());
        assertThat(some.out()).contains("3 items", "processed    1", "error        1", "not_found    1");
    }

    @Test
    void deleteBySourceIdInChunksAndADryRunDeletesNothing() throws Exception {
        Path file = dir.resolve("gone.txt");
        List<String> sourceIds = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sourceIds.add(String.format("item-%02d", i));
        }
        sourceIds.add("never-imported");
        Files.write(file, sourceIds);

        CliRun dry = CliRun.against(standIn, "delete", file.toString(), "-p", "1", "--dry-run");
        assertThat(dry.out()).contains("dry run: would delete 20 items of project 1 (1 not found)");
        assertThat(standIn.content(PROJECT)).hasSize(25);
        assertThat(standIn.requestCount("POST", "/v1/projects/1/content/batch_delete")).isZero();

        CliRun run = CliRun.against(standIn, "delete", file.toString(), "-p", "1", "--chunk-size", "7");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("deleted 20 items of project 1 (1 not found)");
        assertThat(run.err()).contains("never-imported: not found");
        assertThat(standIn.content(PROJECT)).extracting(StandInContent::sourceId)
                .containsExactlyInAnyOrder("item-20", "item-21", "item-22", "item-23", "item-24");
        assertThat(standIn.requestCount("POST", "/v1/projects/1/content/batch_delete")).isEqualTo(3);
    }
}
