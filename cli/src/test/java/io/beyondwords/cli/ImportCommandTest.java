package io.beyondwords.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.BeyondWordsStandInExtension;
import io.beyondwords.testkit.ContentSeed;
import io.beyondwords.testkit.StandInContent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code beyondwords import} in process against the testkit's stand-in, faults injected. */
class ImportCommandTest {
    private static final long PROJECT = BeyondWordsStandIn.DEFAULT_PROJECT_ID;

    @TempDir
    Path dir;

    /** An instance field: a fresh stand-in for each test, started before it and closed after it. */
    @RegisterExtension
    final BeyondWordsStandInExtension standInExtension = new BeyondWordsStandInExtension();

    private BeyondWordsStandIn standIn;

    @BeforeEach
    void bind() {
        standIn = standInExtension.standIn();
    }

    @Test
    void tenThousandArticlesThroughFivePercentTransientFaultsAreTenThousandItemsAndNoDuplicates() throws Exception {
        Path file = Articles.jsonLines(dir, 10_000);
        // About one request in twenty meets a fault: a 503, a connection reset after the create was done, a body
        // cut short after the create was done, or a 429 with Retry-After. The rest are served normally.
        Random random = new Random(28);
        int faults = 0;
        for (int i = 0; i < 11_000; i++) {
            if (random.nextInt(100) < 5) {
                faults++;
                switch (random.nextInt(4)) {
                    case 0 -> standIn.faults().failNext(503);
                    case 1 -> standIn.faults().disconnectNextAfterProcessing();
                    case 2 -> standIn.faults().truncateNext();
                    default -> standIn.faults().failNextWithRetryAfter(Duration.ofSeconds(1), 429);
                }
            } else {
                standIn.faults().delayNext(Duration.ZERO);
            }
        }

        CliRun run = CliRun.against(standIn, "import", file.toString(), "--project", "1", "--concurrency", "16",
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(standIn.content(PROJECT)).hasSize(10_000);
        assertThat(CliRun.duplicates(standIn, PROJECT)).isEmpty();
        assertThat(run.count("created") + run.count("existing")).isEqualTo(10_000);
        assertThat(run.count("failed")).isZero();
        assertThat(faults).isGreaterThan(400);
        assertThat(run.count("slowdowns")).as("the limit halved under 429s and 503s").isPositive();
        assertThat(Files.readAllLines(dir.resolve("articles.jsonl.journal"))).hasSize(10_000);
    }

    @Test
    void anItemThatExistedBeforeTheRunIsAdoptedNotDuplicated() throws Exception {
        Path file = Articles.jsonLines(dir, 20);
        StandInContent before = standIn.addContent(PROJECT, ContentSeed.titled("Old").sourceId("article-00007"));

        CliRun run = CliRun.against(standIn, "import", file.toString(), "--project", "1", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.count("created")).isEqualTo(19);
        assertThat(run.count("existing")).isEqualTo(1);
        assertThat(standIn.content(PROJECT)).hasSize(20);
        assertThat(CliRun.duplicates(standIn, PROJECT)).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("articles.jsonl.journal")))
                .anySatisfy(line -> assertThat(line).contains("\"source_id\":\"article-00007\"",
                        "\"outcome\":\"existing\"", "\"content_id\":\"" + before.id() + "\""));
    }

    @Test
    void aRerunSkipsWhatTheJournalHoldsAndSendsNoCreate() throws Exception {
        Path file = Articles.jsonLines(dir, 50);
        assertThat(CliRun.against(standIn, "import", file.toString(), "--project", "1", "--json").exitCode())
                .isZero();
        int postsBefore = standIn.requestCount("POST", "/v1/projects/1/content");

        CliRun again = CliRun.against(standIn, "import", file.toString(), "--project", "1", "--json");

        assertThat(again.exitCode()).isZero();
        assertThat(again.count("already_in_journal")).isEqualTo(50);
        assertThat(again.count("created") + again.count("existing")).isZero();
        assertThat(standIn.requestCount("POST", "/v1/projects/1/content")).isEqualTo(postsBefore);
    }

    @Test
    void malformedRowsAreReportedByLineAndTheRestImported() throws Exception {
        Path file = dir.resolve("mixed.jsonl");
        Files.write(file, List.of(
                "{\"source_id\":\"good-1\",\"title\":\"One\"}",
                "{\"source_id\":\"broken\",\"title\":",
                "{\"title\":\"No key\"}",
                "{\"source_id\":\"bad-date\",\"publish_date\":\"yesterday\"}",
                "",
                "[1,2,3]",
                "{\"source_id\":\"good-2\",\"title\":\"Two\",\"title_voice_id\":\"x\"}",
                "{\"source_id\":\"good-3\",\"title\":\"Three\",\"voice_id\":42}"), StandardCharsets.UTF_8);

        CliRun run = CliRun.against(standIn, "import", file.toString(), "--project", "1", "--progress", "none");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ROWS_FAILED);
        assertThat(run.err()).contains("line 2: skipped, not valid JSON", "line 3: skipped, no source_id",
                "line 4: skipped, publish_date: not a date", "line 6: skipped, not a JSON object",
                "line 7: skipped, title_voice_id: not a voice id");
        assertThat(run.out()).contains("created            2", "malformed rows     5");
        assertThat(standIn.content(PROJECT)).extracting(StandInContent::sourceId)
                .containsExactlyInAnyOrder("good-1", "good-3");
    }

    @Test
    void csvWithAColumnMappingQuotedCommasAndLineBreaks() throws Exception {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, "\uFEFFguid,headline,text,section,extra\r\n"
                + "a-1,\"Rain, then sun\",\"<p>Line one\nline two</p>\",weather,x\r\n"
                + "a-2,\"Say \"\"hello\"\"\",<p>Hi</p>,news,y\r\n"
                + "a-3,too,few\r\n"
                + "a-4,Four,<p>4</p>,sport,z\r\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.against(standIn, "import", file.toString(), "--project", "1", "--progress", "none",
                "--map", "guid=source_id", "--map", "headline=title", "--map", "text=body",
                "--map", "section=metadata.section");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ROWS_FAILED);
        assertThat(run.err()).contains("line 5: skipped, has 3 fields, the header has 5",
                "ignored columns (no field of that name; see --map): extra");
        assertThat(standIn.content(PROJECT)).extracting(StandInContent::sourceId, StandInContent::title)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a-1", "Rain, then sun"),
                        org.assertj.core.groups.Tuple.tuple("a-2", "Say \"hello\""),
                        org.assertj.core.groups.Tuple.tuple("a-4", "Four"));
        assertThat(standIn.content(PROJECT, "a-1").orElseThrow().json())
                .contains("Line one\\nline two", "\"section\":\"weather\"");
    }

    @Test
    void waitCountsProcessedItems() throws Exception {
        Path file = Articles.jsonLines(dir, 5);

        CliRun run = CliRun.against(standIn, "import", file.toString(), "--project", "1", "--wait", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.summary().getAsJsonObject("audio").get("processed").getAsLong()).isEqualTo(5);
    }

    @Test
    void theKeyIsNeverAnArgumentAndAMissingKeyIsAConfigurationError() throws Exception {
        Path file = Articles.jsonLines(dir, 1);

        CliRun withArgument = CliRun.against(standIn, "import", file.toString(), "-p", "1", "--api-key", "k");
        assertThat(withArgument.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(withArgument.err()).contains("never given as an argument").doesNotContain(" k ");

        Path keyFile = dir.resolve("key");
        Files.writeString(keyFile, "wrong-key\n");
        CliRun refused = CliRun.against(standIn, "import", file.toString(), "-p", "1", "--api-key-file",
                keyFile.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(refused.err()).contains("refused the key (401)").doesNotContain("wrong-key");

        CliRun unknownProject = CliRun.against(standIn, "import", file.toString(), "-p", "999");
        assertThat(unknownProject.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(unknownProject.err()).contains("project 999 not found");
        assertThat(standIn.content(PROJECT)).isEmpty();
    }

    @Test
    void helpListsTheExitCodes() {
        CliRun help = CliRun.against(standIn, "import", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Exit codes:", "3     Configuration", "--concurrency", "--journal");
        assertThat(CliRun.against(standIn, "import").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
