package io.beyondwords.backgroundtracks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.JsonValue;
import io.beyondwords.TestServer;
import io.beyondwords.errors.InvalidResponseException;
import io.beyondwords.paging.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A member the SDK cannot use fails only the accessor that reads it (and {@code validate()}); the rest of the value,
 * the rest of the page and the auto-pager carry on. {@code strictResponses(true)} fails the call instead.
 */
class UnusableMembersTest {
    /** Every way one track of a page can be odd, each in its own member. */
    private static final String ODD = "{\"id\":\"forty-two\",\"name\":5,\"volume\":1e99,\"project\":{},"
            + "\"media\":{\"url\":\"not a url\",\"duration\":-5},\"created\":true,\"updated\":\"2023-01-01 00:00:05 UTC\","
            + "\"genre\":\"jazz\"}";

    private final TestServer api = new TestServer();

    @AfterEach
    void stop() {
        api.close();
    }

    private static String pageWithOddItem(int fromId, int count, int oddIndex) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(i == oddIndex ? ODD : TestServer.track(fromId + i, "Track " + (fromId + i)));
        }
        return "[" + String.join(",", items) + "]";
    }

    @Test
    void oneOddItemInAPageOfAHundredLeavesTheOther99Readable() {
        api.enqueueJson(200, pageWithOddItem(1, 100, 49));

        List<BackgroundTrack> items = api.client().backgroundTracks()
                .list(BackgroundTrackListParams.builder().limit(100).build()).items();

        assertThat(items).hasSize(100);
        for (int i = 0; i < 100; i++) {
            if (i == 49) {
                continue;
            }
            BackgroundTrack track = items.get(i).validate();
            assertThat(track.id()).isEqualTo(i + 1);
            assertThat(track.created()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
        }
        BackgroundTrack odd = items.get(49);
        assertThat(odd.updated()).isEqualTo(Instant.parse("2023-01-01T00:00:05Z"));
        assertThat(odd.additionalProperties()).containsEntry("genre", JsonValue.of("jazz"));
        assertThatThrownBy(odd::id).isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("the background track's 'id' is \"forty-two\", not a whole number");
        assertThatThrownBy(odd::name).hasMessageContaining("'name' is 5, not a string");
        assertThatThrownBy(odd::volume).hasMessageContaining("'volume' is 1e99, not a whole number");
        assertThatThrownBy(odd::created).hasMessageContaining("'created' is true, not a timestamp");
        ProjectRef project = odd.project().orElseThrow();
        assertThatThrownBy(project::id).hasMessageContaining("the background track has no 'project.id' (required)");
        assertThat(project.name()).isEmpty();
        Media media = odd.media().orElseThrow();
        assertThat(media.url()).as("a plain string in the reference").isEqualTo("not a url");
        assertThatThrownBy(media::duration).hasMessageContaining("'media.duration' is -5, not a duration");
    }

    @Test
    void validateNamesEveryUnusableMemberAtOnceWithTheResponsesDetails() {
        api.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setHeader("X-Request-Id", "r-7")
                .setBody("[" + ODD + "]"));

        BackgroundTrack odd = api.client().backgroundTracks().list().items().get(0);

        assertThatThrownBy(odd::validate).isInstanceOfSatisfying(InvalidResponseException.class, e -> {
            assertThat(e.getMessage()).startsWith("GET " + api.server.url("/v1/background_tracks") + ": HTTP 200 but 6"
                    + " unusable members: ")
                    .contains("'id'", "'name'", "'volume'", "'project.id'", "'media.duration'", "'created'")
                    .doesNotContain("'updated'", "'media.url'");
            assertThat(e.statusCode()).isEqualTo(200);
            assertThat(e.requestId()).contains("r-7");
            assertThat(e.isOutcomeUnknown()).isFalse();
        });
    }

    @Test
    void theAutoPagerGoesOnPastAnOddItem() {
        api.enqueueJson(200, pageWithOddItem(1, 10, 3));
        api.enqueueJson(200, pageWithOddItem(11, 10, 9));
        api.enqueueJson(200, TestServer.tracks(21, 5));

        List<String> names = new ArrayList<>();
        for (BackgroundTrack track : api.client().backgroundTracks()
                .list(BackgroundTrackListParams.builder().limit(10).build()).autoPager()) {
            names.add(track.additionalProperties().containsKey("genre") ? "odd" : track.name());
        }

        assertThat(names).hasSize(25);
        assertThat(names.get(3)).isEqualTo("odd");
        assertThat(names.get(19)).isEqualTo("odd");
        assertThat(names.get(24)).isEqualTo("Track 25");
        assertThat(api.requestCount()).isEqualTo(3);
    }

    @Test
    void itemsThatAreNotObjectsAreKeptAndSaySoWhenRead() {
        api.enqueueJson(200, "[" + TestServer.track(1, "a") + ",42,null," + TestServer.track(4, "d") + "]");

        List<BackgroundTrack> items = api.client().backgroundTracks().list().items();

        assertThat(items).hasSize(4);
        assertThat(items.get(0).name()).isEqualTo("a");
        assertThat(items.get(3).name()).isEqualTo("d");
        assertThatThrownBy(() -> items.get(1).name()).isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("the background track is 42, not a JSON object");
        assertThatThrownBy(() -> items.get(2).id()).hasMessageContaining("the background track is null");
        assertThatThrownBy(() -> items.get(1).validate()).hasMessageContaining("is 42, not a JSON object");
    }

    @Test
    void aMemberOfTheWrongShapeFailsItsAccessorEvenWhenOptional() {
        api.enqueueJson(200, "{\"id\":7,\"name\":\"a\",\"volume\":1,\"project\":5,\"media\":[],"
                + "\"created\":\"2023-01-01 00:00:00 UTC\",\"updated\":\"2023-01-01 00:00:00 UTC\"}");

        BackgroundTrack track = api.client().backgroundTracks().retrieve(7);

        assertThatThrownBy(track::project).hasMessageContaining("background track 7's 'project' is 5, not a JSON object");
        assertThatThrownBy(track::media).hasMessageContaining("background track 7's 'media' is [], not a JSON object");
        assertThat(track.name()).isEqualTo("a");
        assertThat(track.toString()).contains("project=unusable 5, media=unusable []");
    }

    @Test
    void absentOptionalMembersAreEmptyNotErrors() {
        api.enqueueJson(200, "{\"id\":7,\"name\":\"a\",\"volume\":1,\"project\":null,\"media\":{\"url\":\"https://a/b\"},"
                + "\"created\":\"2023-01-01 00:00:00 UTC\",\"updated\":\"2023-01-01 00:00:00 UTC\"}");

        BackgroundTrack track = api.client().backgroundTracks().retrieve(7).validate();

        assertThat(track.project()).isEmpty();
        assertThat(track.media().orElseThrow().duration()).isEmpty();
    }

    @Test
    void strictModeFailsTheCallOnTheFirstUnusableMember() {
        api.enqueueJson(200, pageWithOddItem(1, 100, 49));
        api.enqueueJson(200, TestServer.tracks(1, 100));
        api.enqueueJson(201, "{\"id\":1,\"name\":\"a\"}");

        try (BeyondWordsClient strict = api.builder().strictResponses(true).build()) {
            BackgroundTrackService tracks = strict.backgroundTracks();
            assertThatThrownBy(() -> tracks.list()).isInstanceOfSatisfying(InvalidResponseException.class, e -> {
                assertThat(e.getMessage()).contains("HTTP 200 but 6 unusable members: the background track's 'id'");
                assertThat(e.isOutcomeUnknown()).isFalse();
            });
            Page<BackgroundTrack> good = tracks.list();
            assertThat(good.items()).hasSize(100);
            // A create answered 2xx did happen, but the caller cannot see what was made: as for an unreadable body.
            assertThatThrownBy(() -> tracks.create(BackgroundTrackCreateParams.builder().name("a").build()))
                    .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
                        assertThat(e.getMessage()).contains("has no 'volume' (required)");
                        assertThat(e.isOutcomeUnknown()).isTrue();
                    });
        }
    }

    @Test
    void strictModeAppliesToAsyncCallsToo() {
        api.enqueueJson(200, "{\"id\":1,\"name\":\"a\",\"volume\":1,\"created\":\"later\",\"updated\":\"2023-01-01 00:00:00 UTC\"}");

        try (BeyondWordsClient strict = api.builder().strictResponses(true).build()) {
            assertThat(strict.async().backgroundTracks().retrieve(1)).failsWithin(Duration.ofSeconds(10))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class).havingCause()
                    .isInstanceOf(InvalidResponseException.class)
                    .withMessageContaining("background track 1's 'created' is \"later\"");
        }
    }

    @Test
    void valuesBuiltInCodeValidateTriviallyAndCompareByContent() {
        BackgroundTrack built = BackgroundTrack.builder().id(1).name("a").volume(5)
                .created(Instant.EPOCH).updated(Instant.EPOCH).build();

        assertThat(built.validate()).isSameAs(built);
        assertThat(built.toBuilder().build()).isEqualTo(built).hasSameHashCodeAs(built);
    }
}
