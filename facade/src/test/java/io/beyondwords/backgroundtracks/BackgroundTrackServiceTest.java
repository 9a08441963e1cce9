package io.beyondwords.backgroundtracks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.JsonValue;
import io.beyondwords.RawResponse;
import io.beyondwords.TestServer;
import io.beyondwords.errors.InvalidResponseException;
import io.beyondwords.paging.Page;
import java.time.Duration;
import java.time.Instant;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundTrackServiceTest {
    private final TestServer api = new TestServer();

    @AfterEach
    void stop() {
        api.close();
    }

    private BackgroundTrackService tracks() {
        return api.client().backgroundTracks();
    }

    @Test
    void retrieveSendsKeyAndUserAgentAndMapsEveryField() {
        api.enqueueJson(200, "{\"id\":7,\"name\":\"Piano\",\"volume\":80,"
                + "\"project\":{\"id\":3,\"name\":\"News\"},"
                + "\"media\":{\"url\":\"https://cdn.example.com/piano.mp3\",\"duration\":15000},"
                + "\"created\":\"2023-01-01 00:00:00 UTC\",\"updated\":\"2023-11-07T05:31:56Z\"}");

        BackgroundTrack track = tracks().retrieve(7);

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/v1/background_tracks/7");
        assertThat(request.getHeader("X-Api-Key")).isEqualTo(TestServer.FAKE_KEY);
        assertThat(request.getHeader("User-Agent"))
                .matches("beyondwords-java/\\S+ \\(Java [^;]+; [^)]+\\)");
        assertThat(track.id()).isEqualTo(7);
        assertThat(track.name()).isEqualTo("Piano");
        assertThat(track.volume()).isEqualTo(80);
        assertThat(track.project()).contains(ProjectRef.builder().id(3).name("News").build());
        assertThat(track.media()).contains(Media.builder().url("https://cdn.example.com/piano.mp3")
                .duration(Duration.ofSeconds(15)).build());
        assertThat(track.created()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
        assertThat(track.updated()).isEqualTo(Instant.parse("2023-11-07T05:31:56Z"));
        assertThat(track.additionalProperties()).isEmpty();
    }

    @Test
    void datesWithAnOffsetAndFractionsParse() {
        api.enqueueJson(200, "{\"id\":1,\"name\":\"a\",\"volume\":1,\"created\":\"2023-01-01T01:00:00.250+01:00\","
                + "\"updated\":\"2023-01-01T00:00:00.5Z\"}");

        BackgroundTrack track = tracks().retrieve(1);

        assertThat(track.created()).isEqualTo(Instant.parse("2023-01-01T00:00:00.250Z"));
        assertThat(track.updated()).isEqualTo(Instant.parse("2023-01-01T00:00:00.500Z"));
    }

    @Test
    void anUnparseableDateFailsOnlyItsAccessorWithAnInvalidResponseNamingTrackFieldAndValue() {
        api.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setHeader("X-Request-Id", "r-9")
                .setBody("{\"id\":1,\"name\":\"a\",\"volume\":1,\"created\":\"yesterday at noon\","
                        + "\"updated\":\"2023-01-01 00:00:05 UTC\"}"));

        BackgroundTrack track = tracks().retrieve(1); // timestamps are read on first access

        assertThat(track.name()).isEqualTo("a");
        assertThat(track.updated()).isEqualTo(Instant.parse("2023-01-01T00:00:05Z"));
        for (int attempt = 0; attempt < 2; attempt++) { // not cached as a value: every call reports it
            assertThatThrownBy(track::created)
                    .isInstanceOf(InvalidResponseException.class)
                    .hasMessageContaining("GET " + api.server.url("/v1/background_tracks/1"))
                    .hasMessageContaining("HTTP 200 but background track 1's 'created' is \"yesterday at noon\"")
                    .hasNoCause()
                    .satisfies(e -> {
                        InvalidResponseException invalid = (InvalidResponseException) e;
                        assertThat(invalid.statusCode()).isEqualTo(200);
                        assertThat(invalid.requestId()).contains("r-9");
                        assertThat(invalid.isOutcomeUnknown()).as("the caller holds the track").isFalse();
                    });
        }
        // The value stays usable: compared, printed and copied by its text.
        assertThat(track.toString()).contains("created=yesterday at noon");
        assertThat(track.toBuilder().build()).isEqualTo(track).hasSameHashCodeAs(track);
        assertThatThrownBy(() -> track.toBuilder().name("b").build().created())
                .isInstanceOf(InvalidResponseException.class).hasMessageContaining("yesterday at noon");
        assertThat(track.toBuilder().created(Instant.EPOCH).build().created()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void tracksCompareTimestampsAsInstantsWhicheverFormTheyCameIn() {
        api.enqueueJson(200, "[" + TestServer.track(1, "a") + "," + TestServer.track(1, "a")
                .replace("2023-01-01 00:00:00 UTC", "2023-01-01T01:00:00+01:00") + "]");

        java.util.List<BackgroundTrack> items = tracks().list().items();

        assertThat(items.get(0)).isEqualTo(items.get(1)).hasSameHashCodeAs(items.get(1));
        assertThat(items.get(0)).isEqualTo(items.get(0).toBuilder().created(items.get(0).created())
                .updated(items.get(0).updated()).build());
    }

    @Test
    void unknownFieldsAreKeptAtEveryLevel() {
        api.enqueueJson(200, "{\"id\":1,\"name\":\"a\",\"volume\":1,\"created\":\"2023-01-01 00:00:00 UTC\","
                + "\"updated\":\"2023-01-01 00:00:00 UTC\",\"genre\":\"jazz\",\"bpm\":120,\"tags\":[\"x\"],"
                + "\"project\":{\"id\":2,\"slug\":\"news\"},"
                + "\"media\":{\"url\":\"https://e.example/a.mp3\",\"format\":{\"codec\":\"mp3\"}}}");

        BackgroundTrack track = tracks().retrieve(1);

        assertThat(track.additionalProperties())
                .containsExactly(
                        org.assertj.core.api.Assertions.entry("genre", JsonValue.of("jazz")),
                        org.assertj.core.api.Assertions.entry("bpm", JsonValue.of(120)),
                        org.assertj.core.api.Assertions.entry("tags", JsonValue.parse("[\"x\"]")));
        assertThat(track.project().orElseThrow().additionalProperties()).containsEntry("slug", JsonValue.of("news"));
        assertThat(track.media().orElseThrow().additionalProperties()).containsEntry("format", JsonValue.parse("{\"codec\":\"mp3\"}"));
        assertThat(track.toString()).contains("genre");
    }

    @Test
    void createPostsOnlyTheFieldsSetAndReturnsTheTrack() throws Exception {
        api.enqueueJson(201, TestServer.track(9, "New"));

        BackgroundTrack created = tracks().create(BackgroundTrackCreateParams.builder()
                .name("New").volume(50).projectId(4).mediaUrl("https://example.com/new.mp3").build());

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v1/background_tracks");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getBody().readUtf8()).isEqualTo(
                "{\"name\":\"New\",\"volume\":50,\"project\":{\"id\":4},\"media\":{\"url\":\"https://example.com/new.mp3\"}}");
        assertThat(created.id()).isEqualTo(9);
    }

    @Test
    void updatePutsOnlyTheChangedFields() {
        api.enqueueJson(200, TestServer.track(9, "Renamed"));

        BackgroundTrack updated = tracks().update(9, BackgroundTrackUpdateParams.builder().name("Renamed").build());

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getPath()).isEqualTo("/v1/background_tracks/9");
        assertThat(request.getBody().readUtf8()).isEqualTo("{\"name\":\"Renamed\"}");
        assertThat(updated.name()).isEqualTo("Renamed");
    }

    @Test
    void listSendsPaginationAndFiltersInTheApiSpelling() {
        api.enqueue(new MockResponse().setBody(TestServer.tracks(1, 2)).setHeader("X-Pagination-Limit", "2")
                .setHeader("X-Pagination-Total", "10"));

        Page<BackgroundTrack> page = tracks().list(BackgroundTrackListParams.builder().limit(2).offset(4)
                .name("Calm").addScope("primary").addScope("secondary").custom(true).build());

        RecordedRequest request = api.take();
        assertThat(request.getRequestUrl().queryParameter("pagination[limit]")).isEqualTo("2");
        assertThat(request.getRequestUrl().queryParameter("pagination[offset]")).isEqualTo("4");
        assertThat(request.getRequestUrl().queryParameter("filter[name]")).isEqualTo("Calm");
        assertThat(request.getRequestUrl().queryParameterValues("filter[scopes][]")).containsExactly("primary",
                "secondary");
        assertThat(request.getRequestUrl().queryParameter("filter[custom]")).isEqualTo("true");
        assertThat(page.items()).extracting(BackgroundTrack::id).containsExactly(1L, 2L);
        assertThat(page.offset()).isEqualTo(4);
        assertThat(page.limit()).hasValue(2);
        assertThat(page.total()).hasValue(10);
        assertThat(page.hasNextPage()).isTrue();
    }

    @Test
    void withRawResponseGivesStatusHeadersAndRequestId() {
        api.enqueue(new MockResponse().setResponseCode(201).setBody(TestServer.track(5, "x"))
                .setHeader("X-Request-Id", "req-123").setHeader("X-Custom", "yes"));

        RawResponse<BackgroundTrack> raw = tracks().withRawResponse()
                .create(BackgroundTrackCreateParams.builder().name("x").build());

        assertThat(raw.statusCode()).isEqualTo(201);
        assertThat(raw.requestId()).contains("req-123");
        assertThat(raw.header("x-custom")).contains("yes");
        assertThat(raw.body().id()).isEqualTo(5);
        assertThat(raw.toString()).doesNotContain(TestServer.FAKE_KEY);
    }

    @Test
    void rawListAndRetrieveAndUpdateToo() {
        api.enqueueJson(200, TestServer.tracks(1, 1));
        api.enqueueJson(200, TestServer.track(1, "a"));
        api.enqueueJson(200, TestServer.track(1, "b"));

        assertThat(tracks().withRawResponse().list(BackgroundTrackListParams.none()).body().items()).hasSize(1);
        assertThat(tracks().withRawResponse().retrieve(1).statusCode()).isEqualTo(200);
        assertThat(tracks().withRawResponse().update(1, BackgroundTrackUpdateParams.builder().volume(3).build())
                .body().name()).isEqualTo("b");
    }

    @Test
    void anEmptyCreatedBodyIsAnInvalidResponseWithUnknownOutcome() {
        api.enqueue(new MockResponse().setResponseCode(201));

        assertThatThrownBy(() -> tracks().create(BackgroundTrackCreateParams.builder().name("x").build()))
                .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
                    assertThat(e.getMessage()).endsWith("HTTP 201 but the response body is empty where a JSON object "
                            + "(a background track) was expected (no Content-Type)");
                    assertThat(e.statusCode()).isEqualTo(201);
                    assertThat(e.isOutcomeUnknown()).isTrue();
                    assertThat(e.isRetryable()).isFalse();
                });
        assertThat(api.requestCount()).isEqualTo(1);
    }

    @Test
    void aBodyThatIsNoTrackAtAllIsAnInvalidResponseOfTheCall() {
        api.enqueueJson(200, "{\"id\":1,\"name\":");
        api.enqueueJson(200, "[1,2]");
        api.enqueue(new MockResponse().setBody("<html><body>Bad gateway</body></html>"));
        api.enqueueJson(200, "null");
        api.enqueueJson(200, "42");

        // Each in the SDK's words (InvalidResponseMessageTest has every message in full), none in the parser's.
        for (String problem : new String[] {"is truncated JSON", "expected a JSON object (a background track) at $"
            + " but found a JSON array", "is not JSON", "but found null", "but found 42"}) {
            assertThatThrownBy(() -> tracks().retrieve(1)).isInstanceOf(InvalidResponseException.class)
                    .hasMessageContaining(problem).hasMessageNotContaining("\n").hasMessageNotContaining("Gson")
                    .hasMessageNotContaining("JsonReader").hasMessageNotContaining("github").hasNoCause();
        }
    }

    @Test
    void aMediaUrlThatJavaNetUriRefusesReadsAsSent() {
        api.enqueueJson(200, "{\"id\":1,\"name\":\"a\",\"volume\":1,\"created\":\"2023-01-01 00:00:00 UTC\","
                + "\"updated\":\"2023-01-01 00:00:00 UTC\",\"media\":{\"url\":\"https://exa mple.com/a b\"}}");

        Media media = tracks().retrieve(1).media().orElseThrow();

        // The reference types it as a plain string: the SDK does not second-guess what the API sends.
        assertThat(media.url()).isEqualTo("https://exa mple.com/a b");
        assertThat(media.toString()).contains("url=https://exa mple.com/a b");
        assertThat(media.toBuilder().build()).isEqualTo(media);
    }

    @Test
    void aMissingIdFailsOnlyItsAccessorAndIsNamed() {
        api.enqueueJson(200, "{\"name\":\"a\",\"volume\":1}");

        BackgroundTrack track = tracks().retrieve(1);

        assertThat(track.name()).isEqualTo("a");
        assertThatThrownBy(track::id).isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("the background track has no 'id' (required)");
    }

    @Test
    void aBadDateInsideAListFailsOnlyThatTrackNamingIt() {
        api.enqueueJson(200, "[" + TestServer.track(1, "a") + ",{\"id\":2,\"name\":\"b\",\"volume\":1,"
                + "\"created\":\"2023-02-30 00:00:00 UTC\",\"updated\":\"2023-01-01 00:00:00 UTC\"}]");

        java.util.List<BackgroundTrack> items = tracks().list().items();

        assertThat(items).hasSize(2);
        assertThat(items.get(0).created()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
        assertThatThrownBy(() -> items.get(1).created()).isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("background track 2's 'created'").hasMessageContaining("2023-02-30 00:00:00 UTC");
    }

    @Test
    void aMissingDateFailsItsAccessorAndValidate() {
        api.enqueueJson(200, "{\"id\":1,\"name\":\"a\",\"volume\":1,\"created\":\"2023-01-01 00:00:00 UTC\"}");

        BackgroundTrack track = tracks().retrieve(1);

        assertThat(track.created()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
        assertThatThrownBy(track::updated).isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("background track 1 has no 'updated' (required)");
        assertThatThrownBy(track::validate).isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("background track 1 has no 'updated' (required)");
    }

    @Test
    void invalidParamsAreRejectedBeforeAnyRequest() {
        assertThatThrownBy(() -> BackgroundTrackCreateParams.builder().name("  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> BackgroundTrackCreateParams.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("name is required");
        assertThatThrownBy(() -> BackgroundTrackCreateParams.builder().volume(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("volume");
        assertThatThrownBy(() -> BackgroundTrackCreateParams.builder().mediaUrl("ftp://example.com/a.mp3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mediaUrl");
        assertThatThrownBy(() -> BackgroundTrackCreateParams.builder().mediaUrl("/relative/a.mp3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mediaUrl");
        assertThat(BackgroundTrackCreateParams.builder().name("a").mediaUrl("https://exa mple.com/a b.mp3").build()
                .mediaUrl()).as("sent as given").contains("https://exa mple.com/a b.mp3");
        assertThatThrownBy(() -> BackgroundTrackUpdateParams.builder().volume(-5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BackgroundTrackUpdateParams.builder().name(""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BackgroundTrackListParams.builder().limit(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> BackgroundTrackListParams.builder().offset(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
        assertThat(api.requestCount()).isZero();
    }

    @Test
    void valuesAreComparableAndRebuildable() {
        BackgroundTrack a = BackgroundTrack.builder().id(1).name("a").volume(5)
                .created(Instant.EPOCH).updated(Instant.EPOCH).build();

        assertThat(a.toBuilder().build()).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(a.toBuilder().volume(6).build()).isNotEqualTo(a);
        assertThat(a.project()).isEmpty();
        assertThatThrownBy(() -> BackgroundTrack.builder().id(1).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("name");
        BackgroundTrackListParams params = BackgroundTrackListParams.builder().limit(5).addScope("s").build();
        assertThat(params.toBuilder().build()).isEqualTo(params);
    }
}
