package io.beyondwords.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.Sleeper;
import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.ContentSeed;
import io.beyondwords.testkit.RecordedCall;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Runs the quickstart the way the README's first command does, and reads what it prints and returns. */
class QuickstartTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void withoutAKeyItRunsTheWholeTourAgainstTheStandIn() {
        int exit = run(List.of(), Map.of());

        String output = stdout();
        assertThat(exit).as("exit code; stderr: %s", stderr()).isZero();
        assertThat(output)
                .contains("talking to a local stand-in of the BeyondWords API at http://127.0.0.1:")
                .contains("Project   #1 \"Default project\" (en_US)")
                .containsPattern("Voices    \\d+ in this project, e\\.g\\. #\\d+ ")
                .contains("Turning the article \"Rain clears by evening\" into audio:")
                .containsPattern("Created   content [0-9a-f-]{36} \\(source_id quickstart-article-1\\)")
                .containsPattern("  poll 1: queued\\R  poll 2: processing\\R  poll 3: processed\\R")
                .doesNotContain("poll 4")
                .containsPattern("Audio     audio/mpeg  https://example\\.com/audio/[0-9a-f-]{36}\\.mp3")
                .containsPattern("Player    1 item.*\\R  plays   https://example\\.com/audio/[0-9a-f-]{36}\\.mp3")
                .contains("Playlist  #1 \"Morning briefing\" in project #1, which now has 1 playlist(s)")
                .contains("Background tracks:")
                .contains("Created   #1 \"Morning news bed\" at volume 80 %")
                .contains("Retrieved #1 \"Morning news bed\" at volume 80 %")
                .contains("Updated   #1 \"Morning news bed\" at volume 60 %")
                .contains("Seeded 24 more tracks")
                .contains("fetched page 1")
                .contains("fetched page 3")
                .doesNotContain("fetched page 4")
                .containsPattern("ID  NAME +VOLUME  DURATION  CREATED \\(local\\)")
                .containsPattern("\\s+1  Morning news bed\\s+60 %\\s+-\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d")
                .containsPattern("\\s+25  Track 25\\s+\\d+ %\\s+0:10")
                .contains("25 tracks.")
                .containsPattern("Error: NotFoundException \\(HTTP 404\\): (?!HTTP 404).+")
                .contains("./beyondwords import articles.jsonl --project 1");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void withAKeyItIsReadOnlyAndTakesTheFirstProject() {
        try (BeyondWordsStandIn api = BeyondWordsStandIn.builder().build().start()) {
            api.addContent(BeyondWordsStandIn.DEFAULT_PROJECT_ID, ContentSeed.titled("Already here"));

            int exit = run(List.of(), Map.of(Quickstart.API_KEY_ENV, api.apiKey(),
                    Quickstart.BASE_URL_ENV, api.baseUrl()));

            assertThat(exit).as("exit code; stderr: %s", stderr()).isZero();
            assertThat(stdout()).contains("(read-only; pass --write to create content and a track)")
                    .contains("Project   #1 \"Default project\" (en_US)")
                    .contains("Content   the first 1:")
                    .contains("  Already here  [processed]")
                    .doesNotContain("Turning the article");
            assertThat(api.requests()).extracting(RecordedCall::method).containsOnly("GET");
        }
    }

    @Test
    void withAKeyAndWriteItTurnsTheArticleIntoAudioInTheProjectAsked() {
        // Processed at once: the wait's first read is its answer, so the test never sleeps.
        try (BeyondWordsStandIn api = BeyondWordsStandIn.builder().pollsUntilProcessed(0).build().start()) {
            long desk = api.addProject("Weather desk", "en_GB").id();

            int exit = run(List.of("--write", "--project", Long.toString(desk)), Map.of(
                    Quickstart.API_KEY_ENV, api.apiKey(), Quickstart.BASE_URL_ENV, api.baseUrl()));

            assertThat(exit).as("exit code; stderr: %s", stderr()).isZero();
            assertThat(stdout()).contains("Project   #" + desk + " \"Weather desk\" (en_GB)")
                    .contains("Content   none yet")
                    .containsPattern("Created   content \\S+ \\(source_id beyondwords-java-quickstart-\\d+\\)")
                    .containsPattern("  poll 1: processed\\R")
                    .doesNotContain("poll 2")
                    .contains("Audio     audio/mpeg  https://example.com/audio/");
            assertThat(api.content(BeyondWordsStandIn.DEFAULT_PROJECT_ID)).isEmpty();
            assertThat(api.content(desk)).singleElement().satisfies(item -> {
                assertThat(item.sourceId()).startsWith("beyondwords-java-quickstart-");
                assertThat(item.status()).isEqualTo("processed");
            });
        }
    }

    @Test
    void anItemStillProcessingAtTheWaitLimitIsSaidAndTheTourGoesOn() {
        // The client's clock is moved by its sleeper: five minutes of polls take no time.
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T09:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        List<Duration> waits = new ArrayList<>();
        Sleeper sleeper = wait -> {
            waits.add(wait);
            now.updateAndGet(t -> t.plus(wait));
        };
        try (BeyondWordsStandIn api = BeyondWordsStandIn.builder().pollsUntilProcessed(1_000).build().start()) {
            int exit = Quickstart.run(List.of("--write"), Map.of(Quickstart.API_KEY_ENV, api.apiKey(),
                    Quickstart.BASE_URL_ENV, api.baseUrl()), print(out), print(err),
                    builder -> builder.clock(clock).sleeper(sleeper));

            assertThat(exit).as("exit code; stderr: %s", stderr()).isZero();
            assertThat(stdout()).containsPattern("Still draft after 5 minutes: the item stays in the project, and "
                            + "client\\.content\\(\\)\\.waitUntilProcessed\\(1, \"beyondwords-java-quickstart-\\d+\"\\) "
                            + "picks up from here\\.")
                    .doesNotContain("Processed content")
                    .contains("Background tracks:")
                    .contains("Updated   #1");
            assertThat(waits.stream().reduce(Duration.ZERO, Duration::plus))
                    .isLessThanOrEqualTo(ArticleToAudio.WAIT_LIMIT);
            assertThat(api.content(BeyondWordsStandIn.DEFAULT_PROJECT_ID)).singleElement()
                    .satisfies(item -> assertThat(item.status()).isEqualTo("draft"));
        }
    }

    @Test
    void projectNeedsANumericId() {
        assertThat(run(List.of("--project", "weather"), Map.of())).isEqualTo(2);
        assertThat(stderr()).contains("--project needs a numeric project id, not weather");
        assertThat(QuickstartArguments.parse(List.of("--project", "42")).project()).hasValue(42);
        assertThat(QuickstartArguments.parse(List.of()).project()).isEmpty();
        assertThatThrownBy(() -> QuickstartArguments.parse(List.of("--project")))
                .hasMessage("--project needs a project id");
    }

    @Test
    void aRejectedKeyIsOneAuthenticationLineAndANonZeroExit() throws IOException {
        String dummyKey = "dummy-key-0123456789abcdef";
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse().setResponseCode(401)
                            .setHeader("Content-Type", "application/json")
                            .setBody("{\"type\":\"permission_error\",\"message\":\"Authentication token was not "
                                    + "recognized.\",\"context\":{}}");
                }
            });
            server.start();

            int exit = run(List.of(), Map.of(
                    Quickstart.API_KEY_ENV, dummyKey,
                    Quickstart.BASE_URL_ENV, server.url("/v1").toString()));

            assertThat(exit).isEqualTo(1);
            assertThat(stderr().lines()).singleElement().asString()
                    .isEqualTo("Error: AuthenticationException (HTTP 401): Authentication token was not recognized.");
            assertThat(stdout()).contains("Talking to the BeyondWords API at " + server.url("/v1"))
                    .contains("read-only");
            assertThat(stdout() + stderr()).doesNotContain(dummyKey).doesNotContain("at io.beyondwords");
            assertThat(server.getRequestCount()).as("a 401 is not retried").isEqualTo(1);
        }
    }

    /**
     * An API that answers like a mock of the docs' own description: members the docs left out or cut off come back
     * empty, odd or missing. The tour goes on; what it cannot read shows as "?", with one warning line per member.
     */
    @Test
    void oddValuesShowAsQuestionMarksWithOneWarningPerMemberAndTheTourEndsWell() throws IOException {
        String track = "{\"id\":1,\"name\":\"Test track 1\",\"volume\":100,\"project\":{},\"media\":{},"
                + "\"created\":\"2023-01-01 00:00:00 UTC\",\"updated\":\"2023-01-01 00:00:05 UTC\"}";
        String page = "[" + track.replace("\"2023-01-01 00:00:00 UTC\"", "\"yesterday\"") + ","
                + "{\"name\":\"No id\",\"volume\":\"loud\",\"created\":\"2023-01-01 00:00:00 UTC\"},"
                + "{\"name\":\"Also no id\",\"volume\":5,\"created\":\"2023-01-01 00:00:00 UTC\"}]";
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    if (request.getPath().startsWith("/v1/projects")) { // no project: the article part is skipped
                        return new MockResponse().setHeader("Content-Type", "application/json").setBody("[]");
                    }
                    String body = "GET".equals(request.getMethod()) && request.getPath().startsWith("/v1/background_tracks?")
                            ? page : track;
                    return new MockResponse().setResponseCode("POST".equals(request.getMethod()) ? 201 : 200)
                            .setHeader("Content-Type", "application/json").setBody(body);
                }
            });
            server.start();

            int exit = run(List.of("--write"), Map.of(
                    Quickstart.API_KEY_ENV, "dummy-key-for-odd-values",
                    Quickstart.BASE_URL_ENV, server.url("/v1").toString()));

            assertThat(exit).as("exit code; stderr: %s", stderr()).isZero();
            assertThat(stdout())
                    .contains("This organisation has no projects yet")
                    .contains("Created   #1 \"Test track 1\" at volume 100 %")
                    .containsPattern("\\s+1  Test track 1\\s+100 %\\s+-\\s+\\?")
                    .containsPattern("\\s+\\?  No id\\s+\\?\\s+-\\s+\\d{4}-")
                    .contains("3 tracks.")
                    .contains("Warning: 1 value of 'created' could not be read and show as ?: GET ")
                    .contains("background track 1's 'created' is \"yesterday\"")
                    .contains("Warning: 2 values of 'id' could not be read and show as ?: ")
                    .contains("Warning: 1 value of 'volume' could not be read");
            assertThat(stdout().lines().filter(line -> line.startsWith("Warning: ")).count()).isEqualTo(3);
            assertThat(stderr()).isEmpty();
        }
    }

    @Test
    void debugAddsTheStackTrace() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"message\":\"nope\"}"));
            server.start();

            int exit = run(List.of("--debug"), Map.of(
                    Quickstart.API_KEY_ENV, "dummy-key-for-debug",
                    Quickstart.BASE_URL_ENV, server.url("/v1").toString()));

            assertThat(exit).isEqualTo(1);
            assertThat(stderr()).startsWith("Error: AuthenticationException (HTTP 401)")
                    .contains("\tat io.beyondwords").doesNotContain("dummy-key-for-debug");
        }
    }

    @Test
    void aMalformedKeyIsAConfigurationErrorBeforeAnyRequest() {
        int exit = run(List.of(), Map.of(Quickstart.API_KEY_ENV, "has a space",
                Quickstart.BASE_URL_ENV, "http://127.0.0.1:9/v1"));

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).startsWith("Configuration error: ").doesNotContain("has a space");
    }

    @Test
    void anUnknownArgumentPrintsUsage() {
        assertThat(run(List.of("--frobnicate"), Map.of())).isEqualTo(2);
        assertThat(stderr()).contains("unknown argument --frobnicate").contains("usage: ./quickstart.sh");
    }

    private int run(List<String> args, Map<String, String> env) {
        return Quickstart.run(args, env, print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
