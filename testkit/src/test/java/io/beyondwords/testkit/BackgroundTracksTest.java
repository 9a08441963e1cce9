package io.beyondwords.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.beyondwords.testkit.SpecCheckedHttp.Check;
import io.beyondwords.testkit.SpecCheckedHttp.Result;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every background-track operation of the stand-in, each exchange validated against openapi.yaml. */
class BackgroundTracksTest {

    private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");

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

    private static JsonObject obj(Result result) {
        return result.json().getAsJsonObject();
    }

    private static JsonArray arr(Result result) {
        return result.json().getAsJsonArray();
    }

    // ---- basics ----

    @Test
    void baseUrlIsLoopbackWithV1PrefixAndDefaultKey() {
        assertThat(standIn.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
        assertThat(standIn.baseUrl()).endsWith(":" + standIn.port() + "/v1");
        assertThat(standIn.apiKey()).isEqualTo("test-key").isEqualTo(BeyondWordsStandIn.DEFAULT_API_KEY);
        assertThat(standIn.isRunning()).isTrue();
    }

    // ---- create ----

    @Test
    void createAssignsIdsTimestampsAndDefaultVolume() {
        Result first = http.post("/background_tracks",
                "{\"name\":\"Jingle\",\"media\":{\"url\":\"https://example.com/a.mp3\"}}");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Content-Type")).startsWith("application/json");
        JsonObject track = obj(first);
        assertThat(track.get("id").getAsLong()).isEqualTo(1);
        assertThat(track.get("name").getAsString()).isEqualTo("Jingle");
        assertThat(track.get("volume").getAsInt()).isEqualTo(100);
        assertThat(track.get("project").isJsonNull()).isTrue();
        assertThat(track.getAsJsonObject("media").get("url").getAsString()).isEqualTo("https://example.com/a.mp3");
        assertThat(track.getAsJsonObject("media").has("duration")).isFalse();
        assertThat(track.get("created").getAsString()).isEqualTo("2023-01-01 00:00:00 UTC");
        assertThat(track.get("updated").getAsString()).isEqualTo("2023-01-01 00:00:00 UTC");

        clock.advance(Duration.ofSeconds(5));
        Result second = http.post("/background_tracks", "{\"name\":\"Bed\"}");
        assertThat(obj(second).get("id").getAsLong()).isEqualTo(2);
        assertThat(obj(second).get("created").getAsString()).isEqualTo("2023-01-01 00:00:05 UTC");
        assertThat(obj(second).get("media").isJsonNull()).isTrue();
        assertThat(standIn.tracks()).extracting(StandInTrack::id).containsExactly(1L, 2L);
    }

    @Test
    void createKeepsProjectVolumeAndMediaAsGiven() {
        Result result = http.post("/background_tracks",
                "{\"project\":{\"id\":7},\"name\":\"Test track 1\",\"volume\":35,"
                        + "\"media\":{\"url\":\"http://example.com/transcoded.mp3\"}}");
        assertThat(result.status()).isEqualTo(201);
        JsonObject track = obj(result);
        assertThat(track.getAsJsonObject("project").get("id").getAsLong()).isEqualTo(7);
        assertThat(track.get("volume").getAsInt()).isEqualTo(35);
        assertThat(track.getAsJsonObject("media").get("url").getAsString())
                .isEqualTo("http://example.com/transcoded.mp3");
        StandInTrack stored = standIn.track(1).orElseThrow();
        assertThat(stored.projectId()).isEqualTo(7L);
        assertThat(stored.volume()).isEqualTo(35);
        assertThat(stored.created()).isEqualTo(START);
    }

    @Test
    void unknownBodyFieldsAreIgnored() {
        // The spec's request schema does not allow them, so only the response is validated.
        Result result = sendRaw("POST", "/background_tracks", "{\"name\":\"A\",\"colour\":\"blue\"}");
        assertThat(result.status()).isEqualTo(201);
        assertThat(obj(result).has("colour")).isFalse();
    }

    @Test
    void timestampsUseTheApiFormatWithTheSystemClock() {
        try (BeyondWordsStandIn real = BeyondWordsStandIn.startDefault()) {
            Result result = new SpecCheckedHttp(real).post("/background_tracks", "{\"name\":\"Now\"}");
            assertThat(obj(result).get("created").getAsString())
                    .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC");
        }
    }

    // ---- retrieve ----

    @Test
    void retrieveReturnsTheStoredTrack() {
        http.post("/background_tracks", "{\"name\":\"A\",\"volume\":50}");
        Result created = http.post("/background_tracks", "{\"name\":\"B\"}");
        Result got = http.get("/background_tracks/2");
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json()).isEqualTo(created.json());
    }

    @ParameterizedTest
    @ValueSource(strings = {"99", "0", "abc", "1.0", "-1", "99999999999999999999"})
    void retrieveOfUnknownOrNonNumericIdIs404(String id) {
        http.post("/background_tracks", "{\"name\":\"A\"}");
        Result result = http.get("/background_tracks/" + id);
        assertThat(result.status()).isEqualTo(404);
        assertThat(obj(result).get("message").getAsString()).isNotBlank();
    }

    // ---- update ----

    @Test
    void updateChangesOnlyTheGivenFieldsAndTheUpdatedTimestamp() {
        http.post("/background_tracks",
                "{\"name\":\"A\",\"volume\":40,\"project\":{\"id\":3},\"media\":{\"url\":\"https://x.test/a.mp3\"}}");
        clock.advance(Duration.ofMinutes(1));
        Result result = http.put("/background_tracks/1", "{\"volume\":80}");
        assertThat(result.status()).isEqualTo(200);
        JsonObject track = obj(result);
        assertThat(track.get("name").getAsString()).isEqualTo("A");
        assertThat(track.get("volume").getAsInt()).isEqualTo(80);
        assertThat(track.getAsJsonObject("project").get("id").getAsLong()).isEqualTo(3);
        assertThat(track.getAsJsonObject("media").get("url").getAsString()).isEqualTo("https://x.test/a.mp3");
        assertThat(track.get("created").getAsString()).isEqualTo("2023-01-01 00:00:00 UTC");
        assertThat(track.get("updated").getAsString()).isEqualTo("2023-01-01 00:01:00 UTC");

        clock.advance(Duration.ofSeconds(1));
        Result renamed = http.put("/background_tracks/1",
                "{\"name\":\"B\",\"project\":null,\"media\":{\"url\":\"https://x.test/b.mp3\"}}");
        JsonObject after = obj(renamed);
        assertThat(after.get("name").getAsString()).isEqualTo("B");
        assertThat(after.get("volume").getAsInt()).isEqualTo(80);
        assertThat(after.get("project").isJsonNull()).isTrue();
        assertThat(after.getAsJsonObject("media").get("url").getAsString()).isEqualTo("https://x.test/b.mp3");
        assertThat(after.get("updated").getAsString()).isEqualTo("2023-01-01 00:01:01 UTC");
        assertThat(http.get("/background_tracks/1").json()).isEqualTo(renamed.json());
    }

    @Test
    void updateOfUnknownIdIs404() {
        Result result = http.put("/background_tracks/5", "{\"volume\":80}");
        assertThat(result.status()).isEqualTo(404);
        Result nonNumeric = http.put("/background_tracks/five", "{\"volume\":80}");
        assertThat(nonNumeric.status()).isEqualTo(404);
    }

    @Test
    void invalidUpdateIs422AndChangesNothing() {
        http.post("/background_tracks", "{\"name\":\"A\"}");
        clock.advance(Duration.ofSeconds(9));
        Result result = sendRaw("PUT", "/background_tracks/1", "{\"name\":\" \",\"volume\":-3}");
        assertThat(result.status()).isEqualTo(422);
        assertThat(locations(result)).containsExactly("name", "volume");
        StandInTrack track = standIn.track(1).orElseThrow();
        assertThat(track.name()).isEqualTo("A");
        assertThat(track.updated()).isEqualTo(START);
    }

    // ---- 422 on create ----

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"name\":\"A\",\"volume\":\"100\"}                    | volume",
        "{\"name\":\"A\",\"volume\":1.5}                        | volume",
        "{\"name\":\"A\",\"volume\":-1}                         | volume",
        "{\"name\":\"A\",\"volume\":null}                       | volume",
        "{\"name\":\"\"}                                        | name",
        "{\"name\":\"   \"}                                     | name",
        "{\"name\":5}                                           | name",
        "{\"name\":\"A\",\"media\":{\"url\":\"ftp://x.test/a.mp3\"}} | media.url",
        "{\"name\":\"A\",\"media\":{\"url\":\"/a.mp3\"}}        | media.url",
        "{\"name\":\"A\",\"media\":{\"url\":7}}                 | media.url",
        "{\"name\":\"A\",\"media\":\"https://x.test/a.mp3\"}    | media",
        "{\"name\":\"A\",\"project\":{\"id\":\"1\"}}            | project.id",
        "{\"name\":\"A\",\"project\":5}                         | project",
        "[]                                                     | body",
        "{\"name\":                                             | body",
        "not json                                               | body",
    })
    void invalidCreateIs422WithErrorsAndCreatesNothing(String body, String location) {
        Result result = sendRaw("POST", "/background_tracks", body);
        assertThat(result.status()).isEqualTo(422);
        JsonObject error = obj(result);
        assertThat(error.get("code").getAsInt()).isEqualTo(422);
        assertThat(error.get("message").getAsString()).isEqualTo("Invalid request body");
        assertThat(locations(result)).containsExactly(location);
        assertThat(error.getAsJsonArray("errors").get(0).getAsJsonObject().get("message").getAsString())
                .isNotBlank();
        assertThat(standIn.tracks()).isEmpty();
    }

    @Test
    void emptyCreateBodyIs422() {
        Result result = sendRaw("POST", "/background_tracks", "");
        assertThat(result.status()).isEqualTo(422);
        assertThat(locations(result)).containsExactly("body");
    }

    @Test
    void severalInvalidFieldsAreAllReported() {
        Result result = sendRaw("POST", "/background_tracks",
                "{\"name\":\"\",\"volume\":\"loud\",\"media\":{\"url\":\"file:///etc/passwd\"}}");
        assertThat(locations(result)).containsExactlyInAnyOrder("name", "volume", "media.url");
    }

    // ---- list ----

    @Test
    void listIsABareArrayPagedByDefaultTenWithTheLimitHeader() {
        standIn.seed(12);
        Result result = http.get("/background_tracks");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().isJsonArray()).isTrue();
        assertThat(arr(result)).hasSize(10);
        assertThat(result.header("X-Pagination-Limit")).isEqualTo("10");
        assertThat(ids(result)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(result.headers().names()).noneMatch(name -> name.toLowerCase().startsWith("x-")
                && !name.equalsIgnoreCase("X-Pagination-Limit"));
    }

    @Test
    void listHonoursLimitAndOffset() {
        standIn.seed(7);
        Result page = http.get("/background_tracks?pagination[limit]=3&pagination[offset]=2");
        assertThat(ids(page)).containsExactly(3L, 4L, 5L);
        assertThat(page.header("X-Pagination-Limit")).isEqualTo("3");

        Result last = http.get("/background_tracks?pagination%5Blimit%5D=3&pagination%5Boffset%5D=6");
        assertThat(ids(last)).containsExactly(7L);
        Result beyond = http.get("/background_tracks?pagination[limit]=3&pagination[offset]=7");
        assertThat(arr(beyond)).isEmpty();
        assertThat(beyond.header("X-Pagination-Limit")).isEqualTo("3");

        Result all = http.get("/background_tracks?pagination[limit]=100");
        assertThat(arr(all)).hasSize(7);
    }

    @Test
    void pagingWalksEveryTrackExactlyOnce() {
        standIn.seed(23);
        List<Long> seen = new ArrayList<>();
        for (int offset = 0; ; offset += 5) {
            Result page = http.get("/background_tracks?pagination[limit]=5&pagination[offset]=" + offset);
            seen.addAll(ids(page));
            if (arr(page).size() < 5) {
                break;
            }
        }
        assertThat(seen).hasSize(23).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void defaultPageSizeIsConfigurable() {
        try (BeyondWordsStandIn small = BeyondWordsStandIn.builder().defaultPageSize(2).build().start()) {
            small.seed(3);
            Result result = new SpecCheckedHttp(small).get("/background_tracks");
            assertThat(arr(result)).hasSize(2);
            assertThat(result.header("X-Pagination-Limit")).isEqualTo("2");
        }
    }

    @Test
    void listFiltersByExactName() {
        standIn.addTrack("Jingle", "https://example.com/1.mp3");
        standIn.addTrack("jingle", "https://example.com/2.mp3");
        standIn.addTrack("Jingle bells", "https://example.com/3.mp3");
        standIn.addTrack("Jingle", "https://example.com/4.mp3");
        Result result = http.get("/background_tracks?filter[name]=Jingle");
        assertThat(ids(result)).containsExactly(1L, 4L);
        Result spaced = http.get("/background_tracks?filter%5Bname%5D=Jingle%20bells");
        assertThat(ids(spaced)).containsExactly(3L);
        Result paged = http.get("/background_tracks?filter[name]=Jingle&pagination[limit]=1&pagination[offset]=1");
        assertThat(ids(paged)).containsExactly(4L);
        assertThat(arr(http.get("/background_tracks?filter[name]=nothing"))).isEmpty();
    }

    @Test
    void otherDocumentedFiltersAreAcceptedAndIgnored() {
        standIn.seed(2);
        Result result = http.get("/background_tracks?filter[custom]=true&filter[scopes][primary]=x");
        assertThat(ids(result)).containsExactly(1L, 2L);
    }

    @ParameterizedTest
    @CsvSource({
        "pagination[limit]=abc, pagination[limit]",
        "pagination[limit]=0, pagination[limit]",
        "pagination[limit]=-5, pagination[limit]",
        "pagination[offset]=-1, pagination[offset]",
        "pagination[offset]=x, pagination[offset]",
    })
    void invalidPagingIs422(String query, String location) {
        okhttp3.Request request = http.request("/background_tracks?" + query).get().build();
        Result result = http.send(request, Check.RESPONSE);
        assertThat(result.status()).isEqualTo(422);
        assertThat(locations(result)).containsExactly(location);
    }

    @Test
    void seededTracksCarryProjectNamesAndDurationsThatPassTheSpec() {
        standIn.addTrack(TrackSeed.named("News bed").volume(60).project(4, "News").media("https://e.x/n.mp3", 15_000L));
        JsonObject track = obj(http.get("/background_tracks/1"));
        assertThat(track.getAsJsonObject("project").get("name").getAsString()).isEqualTo("News");
        assertThat(track.getAsJsonObject("media").get("duration").getAsLong()).isEqualTo(15_000L);
        assertThat(arr(http.get("/background_tracks"))).hasSize(1);
        assertThat(standIn.seed(2)).extracting(StandInTrack::name).containsExactly("Track 2", "Track 3");
    }

    // ---- auth ----

    @Test
    void everyOperationWithoutTheKeyIs401() {
        standIn.seed(1);
        List<okhttp3.Request> requests = List.of(
                unauthenticated("/background_tracks").get().build(),
                unauthenticated("/background_tracks").post(RequestBody.create("{\"name\":\"A\"}", SpecCheckedHttp.JSON))
                        .build(),
                unauthenticated("/background_tracks/1").get().build(),
                unauthenticated("/background_tracks/1").put(RequestBody.create("{\"volume\":1}", SpecCheckedHttp.JSON))
                        .build(),
                unauthenticated("/background_tracks/1").header("X-Api-Key", "wrong-key").get().build());
        for (okhttp3.Request request : requests) {
            Result result = http.send(request, Check.RESPONSE);
            assertThat(result.status()).as("%s %s", request.method(), request.url()).isEqualTo(401);
            assertThat(result.body()).isEqualTo(
                    "{\"type\":\"permission_error\",\"message\":\"Authentication token was not recognized.\","
                            + "\"context\":{}}");
        }
        assertThat(standIn.tracks()).hasSize(1);
        assertThat(standIn.track(1).orElseThrow().volume()).isEqualTo(100);
    }

    @Test
    void aConfiguredKeyIsTheOnlyKeyAccepted() {
        try (BeyondWordsStandIn custom = BeyondWordsStandIn.builder().apiKey("s3cret").build().start()) {
            SpecCheckedHttp other = new SpecCheckedHttp(custom);
            assertThat(other.get("/background_tracks").status()).isEqualTo(200);
            Result wrong = other.send(other.request("/background_tracks").header("X-Api-Key", "test-key").get().build(),
                    Check.RESPONSE);
            assertThat(wrong.status()).isEqualTo(401);
        }
    }

    // ---- unknown routes ----

    @Test
    void unknownRoutesAre404AndUnsupportedMethods405() throws Exception {
        assertThat(unchecked("GET", "/v1/playlists", null).code()).isEqualTo(404);
        assertThat(unchecked("GET", "/background_tracks", null).code()).isEqualTo(404);
        assertThat(unchecked("GET", "/v1/background_tracks/1/extra", null).code()).isEqualTo(404);
        okhttp3.Response delete = unchecked("DELETE", "/v1/background_tracks/1", null);
        assertThat(delete.code()).isEqualTo(405);
        assertThat(delete.header("Allow")).isEqualTo("GET, PUT");
        okhttp3.Response patch = unchecked("PATCH", "/v1/background_tracks", "{}");
        assertThat(patch.code()).isEqualTo(405);
        assertThat(patch.header("Allow")).isEqualTo("GET, POST");
    }

    // ---- recording and reset ----

    @Test
    void recordsEveryRequestAndResetForgetsEverything() {
        http.post("/background_tracks", "{\"name\":\"A\"}");
        http.get("/background_tracks/1");
        http.get("/background_tracks?pagination[limit]=2");
        http.send(unauthenticated("/background_tracks").get().build(), Check.RESPONSE);

        assertThat(standIn.requestCount()).isEqualTo(4);
        assertThat(standIn.requestCount("POST", "/v1/background_tracks")).isEqualTo(1);
        assertThat(standIn.requestCount("get", "/v1/background_tracks")).isEqualTo(2);
        assertThat(standIn.requestCount("GET", "/v1/background_tracks?pagination[limit]=2")).isEqualTo(1);
        assertThat(standIn.requestCount("PUT", "/v1/background_tracks/1")).isZero();

        List<RecordedCall> calls = standIn.requests();
        assertThat(calls).extracting(RecordedCall::sequence).containsExactly(0L, 1L, 2L, 3L);
        assertThat(calls).extracting(RecordedCall::status).containsExactly(201, 200, 200, 401);
        RecordedCall create = calls.get(0);
        assertThat(create.method()).isEqualTo("POST");
        assertThat(create.path()).isEqualTo("/v1/background_tracks");
        assertThat(create.query()).isNull();
        assertThat(create.body()).isEqualTo("{\"name\":\"A\"}");
        assertThat(create.header("x-api-key")).isEqualTo("test-key");
        assertThat(create.header("Content-Type")).startsWith("application/json");
        assertThat(calls.get(2).target()).isEqualTo("/v1/background_tracks?pagination[limit]=2");
        assertThat(calls.get(3).header("X-Api-Key")).isNull();

        standIn.faults().failNext(500);
        standIn.reset();
        assertThat(standIn.requests()).isEmpty();
        assertThat(standIn.tracks()).isEmpty();
        assertThat(standIn.faults().pending()).isZero();
        assertThat(obj(http.post("/background_tracks", "{\"name\":\"B\"}")).get("id").getAsLong()).isEqualTo(1);
        assertThat(standIn.requests().get(0).sequence()).isZero();
    }

    @Test
    void lifecycleMisuseIsReported() {
        BeyondWordsStandIn notStarted = BeyondWordsStandIn.builder().build();
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(notStarted::baseUrl);
        notStarted.close();
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(notStarted::start);
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(standIn::start);
        standIn.close();
        standIn.close();
        assertThat(standIn.isRunning()).isFalse();
    }

    @Test
    void concurrentCreatesGetDistinctIds() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Result>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String body = "{\"name\":\"T" + i + "\"}";
                futures.add(pool.submit(() -> http.post("/background_tracks", body)));
            }
            List<Long> ids = new ArrayList<>();
            for (java.util.concurrent.Future<Result> future : futures) {
                ids.add(obj(future.get()).get("id").getAsLong());
            }
            assertThat(ids).doesNotHaveDuplicates().hasSize(40).allMatch(id -> id >= 1 && id <= 40);
            assertThat(standIn.requestCount("POST", "/v1/background_tracks")).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void acceptedSocketsSendAtOnce() throws IOException {
        // Without TCP_NODELAY on accepted sockets every small response waits ~40 ms for a delayed ACK. The option is
        // checked, not the latency: a wall-clock bound would flake on a busy machine.
        try (ServerSocket server = new BeyondWordsStandIn.NoDelayServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                Socket accepted = server.accept()) {
            assertThat(client.isConnected()).isTrue();
            assertThat(accepted.getTcpNoDelay()).isTrue();
        }
    }

    // ---- helpers ----

    private okhttp3.Request.Builder unauthenticated(String path) {
        return new okhttp3.Request.Builder().url(http.url(path));
    }

    private Result sendRaw(String method, String path, String body) {
        okhttp3.Request request = http.request(path)
                .method(method, RequestBody.create(body, SpecCheckedHttp.JSON)).build();
        return http.send(request, Check.RESPONSE);
    }

    private okhttp3.Response unchecked(String method, String path, String body) throws Exception {
        okhttp3.Request request = new okhttp3.Request.Builder()
                .url("http://127.0.0.1:" + standIn.port() + path)
                .header("X-Api-Key", standIn.apiKey())
                .method(method, body == null ? null : RequestBody.create(body, SpecCheckedHttp.JSON))
                .build();
        try (okhttp3.Response response = http.http.newCall(request).execute()) {
            response.body().string();
            return response;
        }
    }

    private static List<String> locations(Result result) {
        List<String> locations = new ArrayList<>();
        obj(result).getAsJsonArray("errors")
                .forEach(e -> locations.add(e.getAsJsonObject().get("location").getAsString()));
        return locations;
    }

    private static List<Long> ids(Result result) {
        List<Long> ids = new ArrayList<>();
        arr(result).forEach(e -> ids.add(e.getAsJsonObject().get("id").getAsLong()));
        return ids;
    }
}
