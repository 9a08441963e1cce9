package io.beyondwords.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.beyondwords.testkit.SpecCheckedHttp.Check;
import io.beyondwords.testkit.SpecCheckedHttp.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every content operation of the stand-in and its processing statuses; each exchange checked against openapi.yaml. */
class ContentTest {

    private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    private static final String CONTENT = "/projects/1/content";
    private static final String ARTICLE = "{\"type\":\"auto_segment\","
            + "\"title\":\"<h1 data-beyondwords-marker=\\\"h1-title\\\">Rain on Tuesday</h1>\","
            + "\"body\":\"<p>Bring an umbrella and a coat.</p>\",\"source_id\":\"weather-1\","
            + "\"source_url\":\"https://example.com/weather/1\",\"author\":\"Sam\","
            + "\"metadata\":{\"section\":\"weather\"},"
            + "\"published\":true,\"body_voice_id\":1002}";
    private static final String DUPLICATE = "{\"code\":422,\"message\":\"Invalid request body\","
            + "\"errors\":[{\"location\":\"source_id\",\"message\":\"has already been taken\"}]}";

    private MutableClock clock;
    private BeyondWordsStandIn standIn;
    private SpecCheckedHttp http;

    @BeforeEach
    void start() {
        clock = new MutableClock(START);
        standIn = BeyondWordsStandIn.builder().clock(clock).build().start();
        http = new SpecCheckedHttp(standIn);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    // ---- create ----

    @Test
    void createAnswers200WithADraftThatKeepsWhatWasSent() {
        Result result = http.post(CONTENT, ARTICLE);

        assertThat(result.status()).isEqualTo(200);
        JsonObject item = obj(result);
        assertThat(item.get("id").getAsString())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(item.get("status").getAsString()).isEqualTo("draft");
        assertThat(item.get("type").getAsString()).isEqualTo("auto_segment");
        assertThat(item.get("source_id").getAsString()).isEqualTo("weather-1");
        assertThat(item.getAsJsonObject("metadata").get("section").getAsString()).isEqualTo("weather");
        assertThat(item.get("body_voice_id").getAsLong()).isEqualTo(1002);
        assertThat(item.get("language").getAsString()).as("the project's").isEqualTo("en_US");
        assertThat(item.getAsJsonArray("audio")).isEmpty();
        assertThat(item.get("preview_token").getAsString()).hasSize(36);
        assertThat(item.get("created").getAsString()).isEqualTo("2023-01-01 00:00:00 UTC");

        StandInContent held = standIn.content(1).get(0);
        assertThat(held.id()).isEqualTo(item.get("id").getAsString());
        assertThat(held.projectId()).isEqualTo(1);
        assertThat(held.status()).isEqualTo("draft");
        assertThat(held.sourceId()).isEqualTo("weather-1");
        assertThat(held.created()).isEqualTo(START);
    }

    @Test
    void aSecondCreateWithTheSameSourceIdIs422AtSourceId() {
        http.post(CONTENT, ARTICLE);

        Result again = http.post(CONTENT, ARTICLE);

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).isEqualTo(DUPLICATE);
        assertThat(standIn.content(1)).hasSize(1);
        int other = (int) standIn.addProject("Other").id();
        assertThat(http.post("/projects/" + other + "/content", ARTICLE).status())
                .as("source_id is unique per project only").isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"podcast\"}                       | type",
        "{\"title\":5}                                | title",
        "{\"metadata\":\"section\"}                   | metadata",
        "{\"published\":\"yes\"}                      | published",
        "{\"title_voice_id\":0}                       | title_voice_id",
        "{\"body_voice_id\":1.5}                      | body_voice_id",
        "[]                                           | body",
    })
    void invalidCreateIs422AndCreatesNothing(String body, String location) {
        Result result = http.sendRaw("POST", CONTENT, body);
        assertThat(result.status()).isEqualTo(422);
        assertThat(locations(result)).containsExactly(location);
        assertThat(standIn.content(1)).isEmpty();
    }

    // ---- processing ----

    @Test
    void eachRetrieveIsAPollThatMovesTheStatusUntilProcessedWithAudio() {
        String id = id(http.post(CONTENT, ARTICLE));
        List<String> seen = new ArrayList<>();
        for (int poll = 1; poll <= 4; poll++) {
            clock.advance(Duration.ofSeconds(1));
            seen.add(status(http.get(CONTENT + "/" + id)));
        }

        assertThat(seen).containsExactly("queued", "processing", "processed", "processed");
        JsonObject processed = obj(http.get(CONTENT + "/" + id));
        assertThat(processed.get("updated").getAsString()).as("the last change of status")
                .isEqualTo("2023-01-01 00:00:03 UTC");
        JsonArray audio = processed.getAsJsonArray("audio");
        assertThat(audio).hasSize(2);
        JsonObject mp3 = audio.get(0).getAsJsonObject();
        assertThat(mp3.get("content_type").getAsString()).isEqualTo("audio/mpeg");
        assertThat(mp3.get("url").getAsString()).isEqualTo("https://example.com/audio/" + id + ".mp3");
        assertThat(mp3.get("duration").getAsLong()).as("400 ms for each of the 9 words").isEqualTo(3600);
        assertThat(audio.get(1).getAsJsonObject().get("content_type").getAsString())
                .isEqualTo("application/vnd.apple.mpegurl");
        assertThat(standIn.requestCount("GET", "/v1/projects/1/content/" + id)).isEqualTo(5);
    }

    @Test
    void pollsBySourceIdCountAndSnapshotsDoNot() {
        http.post(CONTENT, ARTICLE);
        assertThat(standIn.content(1, "weather-1").orElseThrow().status()).isEqualTo("draft");
        assertThat(standIn.content(1, "weather-1").orElseThrow().status()).as("reading the stand-in is no poll")
                .isEqualTo("draft");

        assertThat(status(http.get(CONTENT + "/weather-1"))).isEqualTo("queued");
        assertThat(standIn.content(1, "weather-1").orElseThrow().status()).isEqualTo("queued");
    }

    @Test
    void thePollsAreConfigurableAndSpreadOverTheStages() {
        try (BeyondWordsStandIn slow = BeyondWordsStandIn.builder().pollsUntilProcessed(6).build().start()) {
            SpecCheckedHttp slowHttp = new SpecCheckedHttp(slow);
            String id = id(slowHttp.post(CONTENT, "{\"title\":\"Slow\"}"));
            List<String> seen = new ArrayList<>();
            for (int poll = 1; poll <= 6; poll++) {
                seen.add(status(slowHttp.get(CONTENT + "/" + id)));
            }
            assertThat(seen).containsExactly("draft", "queued", "queued", "processing", "processing", "processed");
        }
    }

    @Test
    void withNoPollsTheCreateAnswersProcessed() {
        standIn.contentProcessing(0, false);
        JsonObject item = obj(http.post(CONTENT, "{\"title\":\"Quick\"}"));
        assertThat(item.get("status").getAsString()).isEqualTo("processed");
        assertThat(item.getAsJsonArray("audio")).hasSize(2);
    }

    @Test
    void theErrorSwitchEndsProcessingInErrorWithoutAudio() {
        try (BeyondWordsStandIn failing = BeyondWordsStandIn.builder().pollsUntilProcessed(2)
                .processingEndsInError(true).build().start()) {
            SpecCheckedHttp failingHttp = new SpecCheckedHttp(failing);
            String id = id(failingHttp.post(CONTENT, "{\"title\":\"Doomed\"}"));
            assertThat(status(failingHttp.get(CONTENT + "/" + id))).isEqualTo("queued");
            JsonObject last = obj(failingHttp.get(CONTENT + "/" + id));
            assertThat(last.get("status").getAsString()).isEqualTo("error");
            assertThat(last.getAsJsonArray("audio")).isEmpty();
            assertThat(status(failingHttp.get(CONTENT + "/" + id))).isEqualTo("error");
        }
    }

    @Test
    void changingTheRuleLeavesItemsInFlightAloneAndResetRestoresTheBuilders() {
        String before = id(http.post(CONTENT, "{\"title\":\"Before\"}"));
        standIn.contentProcessing(1, true);
        String after = id(http.post(CONTENT, "{\"title\":\"After\"}"));

        assertThat(status(http.get(CONTENT + "/" + after))).isEqualTo("error");
        assertThat(status(http.get(CONTENT + "/" + before))).isEqualTo("queued");

        standIn.reset();
        String fresh = id(http.post(CONTENT, "{\"title\":\"Fresh\"}"));
        assertThat(status(http.get(CONTENT + "/" + fresh))).isEqualTo("queued");
    }

    @Test
    void negativePollsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> BeyondWordsStandIn.builder().pollsUntilProcessed(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> standIn.contentProcessing(-1, false));
    }

    // ---- retrieve, update, delete ----

    @Test
    void retrieveByIdOrSourceIdAnd404Otherwise() {
        Result created = http.post(CONTENT, ARTICLE);

        Result byId = http.get(CONTENT + "/" + id(created));
        Result bySourceId = http.get(CONTENT + "/weather-1");

        assertThat(obj(bySourceId).get("id").getAsString()).isEqualTo(id(created));
        assertThat(obj(byId).get("title")).isEqualTo(obj(created).get("title"));
        assertThat(http.get(CONTENT + "/00000000-0000-4000-8000-000000000999").status()).isEqualTo(404);
        assertThat(http.get(CONTENT + "/no-such-source").status()).isEqualTo(404);
        assertThat(obj(http.get("/projects/99/content/" + id(created))).get("message").getAsString())
                .isEqualTo("Project not found.");
    }

    @Test
    void updateChangesOnlyWhatIsSentAndKeepsTheStatus() {
        String id = id(http.post(CONTENT, ARTICLE));
        http.get(CONTENT + "/" + id);
        clock.advance(Duration.ofMinutes(2));

        Result result = http.put(CONTENT + "/weather-1", "{\"author\":\"Alex\",\"summary_enabled\":false}");

        assertThat(result.status()).isEqualTo(200);
        JsonObject item = obj(result);
        assertThat(item.get("author").getAsString()).isEqualTo("Alex");
        assertThat(item.get("summary_enabled").getAsBoolean()).isFalse();
        assertThat(item.get("source_id").getAsString()).isEqualTo("weather-1");
        assertThat(item.get("status").getAsString()).isEqualTo("queued");
        assertThat(item.get("updated").getAsString()).isEqualTo("2023-01-01 00:02:00 UTC");
        assertThat(http.put(CONTENT + "/" + id, "{\"source_id\":\"weather-1\"}").status())
                .as("an item keeps its own source_id").isEqualTo(200);
    }

    @Test
    void updateToAnotherItemsSourceIdIs422AndChangesNothing() {
        http.post(CONTENT, ARTICLE);
        String other = id(http.post(CONTENT, "{\"title\":\"Other\",\"source_id\":\"other\"}"));

        Result result = http.put(CONTENT + "/" + other, "{\"source_id\":\"weather-1\",\"author\":\"X\"}");

        assertThat(result.body()).isEqualTo(DUPLICATE);
        assertThat(standIn.content(1, other).orElseThrow().json()).doesNotContain("\"author\"");
        assertThat(http.put(CONTENT + "/missing", "{\"author\":\"X\"}").status()).isEqualTo(404);
    }

    @Test
    void deleteAnswers204AndTheItemIsGone() {
        String id = id(http.post(CONTENT, ARTICLE));

        Result deleted = http.delete(CONTENT + "/" + id);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(http.get(CONTENT + "/" + id).status()).isEqualTo(404);
        assertThat(http.delete(CONTENT + "/" + id).status()).isEqualTo(404);
        assertThat(http.post(CONTENT, ARTICLE).status()).as("its source_id is free again").isEqualTo(200);
    }

    @Test
    void batchDeleteForgetsTheListedIdsAndIgnoresUnknownOnes() {
        String first = id(http.post(CONTENT, "{\"title\":\"1\"}"));
        String second = id(http.post(CONTENT, "{\"title\":\"2\"}"));
        String kept = id(http.post(CONTENT, "{\"title\":\"3\"}"));

        Result result = http.post(CONTENT + "/batch_delete",
                "{\"ids\":[\"" + first + "\",\"" + second + "\",\"00000000-0000-4000-8000-0000000000ff\"]}");

        assertThat(result.status()).isEqualTo(204);
        assertThat(standIn.content(1)).extracting(StandInContent::id).containsExactly(kept);
        Result invalid = http.sendRaw("POST", CONTENT + "/batch_delete", "{\"ids\":\"" + kept + "\"}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(locations(invalid)).containsExactly("ids");
        assertThat(http.sendRaw("POST", CONTENT + "/batch_delete", "{}").status())
                .as("openapi.yaml requires no ids on the wire").isEqualTo(204);
        assertThat(standIn.content(1)).hasSize(1);
    }

    // ---- list ----

    @Test
    void listIsPagedInCreationOrderPerProject() {
        for (int i = 1; i <= 12; i++) {
            standIn.addContent(1, "Item " + i);
        }
        long other = standIn.addProject("Other").id();
        standIn.addContent(other, "Elsewhere");

        Result first = http.get(CONTENT);
        Result page = http.get(CONTENT + "?pagination[limit]=5&pagination[offset]=10");

        assertThat(titles(first)).hasSize(10).startsWith("Item 1", "Item 2");
        assertThat(first.header("X-Pagination-Limit")).isEqualTo("10");
        assertThat(titles(page)).containsExactly("Item 11", "Item 12");
        assertThat(titles(http.get("/projects/" + other + "/content"))).containsExactly("Elsewhere");
        assertThat(http.get("/projects/99/content").status()).isEqualTo(404);
    }

    // ---- seeds and auth ----

    @Test
    void seededContentKeepsItsStatusAndProcessedSeedsHaveAudio() {
        StandInContent processed = standIn.addContent(1, ContentSeed.titled("Ready").sourceId("ready")
                .sourceUrl("https://example.com/ready").author("Kim").body("<p>One two three</p>"));
        StandInContent queued = standIn.addContent(1, ContentSeed.titled("Waiting").status("queued"));

        JsonObject ready = obj(http.get(CONTENT + "/ready"));
        assertThat(ready.get("status").getAsString()).isEqualTo("processed");
        assertThat(ready.getAsJsonArray("audio")).hasSize(2);
        assertThat(ready.get("author").getAsString()).isEqualTo("Kim");
        assertThat(processed.status()).isEqualTo("processed");
        assertThat(status(http.get(CONTENT + "/" + queued.id()))).isEqualTo("queued");
        assertThat(status(http.get(CONTENT + "/" + queued.id()))).as("seeds do not move").isEqualTo("queued");

        assertThatIllegalArgumentException().isThrownBy(() -> standIn.addContent(1, ContentSeed.titled("Again")
                .sourceId("ready")));
        assertThatIllegalArgumentException().isThrownBy(() -> standIn.addContent(42, "Nowhere"));
        assertThatIllegalArgumentException().isThrownBy(() -> ContentSeed.titled("X").status("done"));
    }

    @Test
    void everyContentOperationNeedsTheKey() {
        standIn.addContent(1, ContentSeed.titled("A").sourceId("a"));
        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
            String path = method.equals("POST") ? CONTENT : CONTENT + "/a";
            okhttp3.Request.Builder request = new okhttp3.Request.Builder().url(http.url(path));
            request.method(method, method.equals("GET") ? null
                    : okhttp3.RequestBody.create("{\"title\":\"B\"}", SpecCheckedHttp.JSON));
            assertThat(http.send(request.build(), Check.RESPONSE).status()).as(method).isEqualTo(401);
        }
        assertThat(standIn.content(1)).extracting(StandInContent::title).containsExactly("A");
    }

    @Test
    void faultsApplyToContentToo() {
        standIn.faults().failNext(503).disconnectNextAfterProcessing();
        assertThat(http.post(CONTENT, ARTICLE).status()).isEqualTo(503);
        assertThat(standIn.content(1)).isEmpty();
        try {
            http.http.newCall(http.request(CONTENT).post(okhttp3.RequestBody.create(ARTICLE, SpecCheckedHttp.JSON))
                    .build()).execute().close();
        } catch (java.io.IOException expected) {
            // the connection closed without an answer
        }
        assertThat(standIn.content(1)).as("created all the same").hasSize(1);
        assertThat(http.post(CONTENT, ARTICLE).body()).as("the retry learns it exists").isEqualTo(DUPLICATE);
    }

    // ---- helpers ----

    private static JsonObject obj(Result result) {
        return result.json().getAsJsonObject();
    }

    private static String id(Result result) {
        return obj(result).get("id").getAsString();
    }

    private static String status(Result result) {
        assertThat(result.status()).isEqualTo(200);
        return obj(result).get("status").getAsString();
    }

    private static List<String> titles(Result result) {
        List<String> titles = new ArrayList<>();
        result.json().getAsJsonArray().forEach(item -> titles.add(item.getAsJsonObject().get("title").getAsString()));
        return titles;
    }

    private static List<String> locations(Result result) {
        List<String> locations = new ArrayList<>();
        obj(result).getAsJsonArray("errors")
                .forEach(e -> locations.add(e.getAsJsonObject().get("location").getAsString()));
        return locations;
    }
}
