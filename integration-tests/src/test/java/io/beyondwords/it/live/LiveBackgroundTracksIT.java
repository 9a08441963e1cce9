package io.beyondwords.it.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.backgroundtracks.BackgroundTrackListParams;
import io.beyondwords.backgroundtracks.BackgroundTrackUpdateParams;
import io.beyondwords.errors.NotFoundException;
import io.beyondwords.paging.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The facade against the real API. Runs only when {@code BEYONDWORDS_API_KEY} is set ({@code BEYONDWORDS_BASE_URL}
 * optional, default {@code https://api.beyondwords.io/v1}); otherwise JUnit reports every test here as skipped with
 * the reason below.
 *
 * <p>Read-only by default: list, auto-paging and retrieve. Create and update run only with
 * {@code BEYONDWORDS_LIVE_WRITE=true}, because the API has no delete for background tracks: every write run leaves
 * one track (named {@code beyondwords-java live test <timestamp>}) in the organisation, to be removed in the dashboard.
 */
@EnabledIfEnvironmentVariable(named = LiveSettings.API_KEY_ENV, matches = ".*\\S.*",
        disabledReason = "BEYONDWORDS_API_KEY is not set: live tests against the real BeyondWords API are skipped")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveBackgroundTracksIT {

    private BeyondWordsClient client;

    @BeforeAll
    void setUp() {
        client = BeyondWordsClient.fromEnv(); // BEYONDWORDS_API_KEY, BEYONDWORDS_BASE_URL
    }

    @AfterAll
    void tearDown() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void listsOnePage() {
        Page<BackgroundTrack> page = client.backgroundTracks()
                .list(BackgroundTrackListParams.builder().limit(10).build());

        assertThat(page.items()).hasSizeLessThanOrEqualTo(10);
        assertThat(page.offset()).isZero();
        page.items().forEach(LiveBackgroundTracksIT::looksValid);
    }

    @Test
    void autoPagesAcrossPagesWithoutRepeats() {
        BackgroundTrackListParams params = BackgroundTrackListParams.builder().limit(2).build();
        List<BackgroundTrack> firstPass = client.backgroundTracks().list(params).autoPager().stream()
                .limit(7).collect(Collectors.toList());

        Set<Long> ids = new HashSet<>();
        firstPass.forEach(track -> assertThat(ids.add(track.id())).as("id %s repeated", track.id()).isTrue());
        assertThat(params.limit()).hasValue(2); // the caller's params are never mutated
        if (firstPass.size() > 2) {
            List<Long> secondPass = client.backgroundTracks().list(params).autoPager().stream()
                    .limit(firstPass.size()).map(BackgroundTrack::id).collect(Collectors.toList());
            assertThat(secondPass).as("each iteration starts again at the first page")
                    .containsExactlyElementsOf(firstPass.stream().map(BackgroundTrack::id).collect(Collectors.toList()));
        }
    }

    @Test
    void retrievesWhatTheListShows() {
        List<BackgroundTrack> items = client.backgroundTracks()
                .list(BackgroundTrackListParams.builder().limit(1).build()).items();
        assumeFalse(items.isEmpty(), "this organisation has no background track to retrieve");
        BackgroundTrack listed = items.get(0);

        BackgroundTrack retrieved = client.backgroundTracks().retrieve(listed.id());

        assertThat(retrieved.id()).isEqualTo(listed.id());
        assertThat(retrieved.name()).isEqualTo(listed.name());
        looksValid(retrieved);
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThatThrownBy(() -> client.backgroundTracks().retrieve(999_999_999_999L))
                .isInstanceOf(NotFoundException.class)
                .hasMessageNotContaining(LiveSettings.apiKey());
    }

    @Test
    @EnabledIfEnvironmentVariable(named = LiveSettings.WRITE_ENV, matches = "true",
            disabledReason = "BEYONDWORDS_LIVE_WRITE is not true: create and update are skipped because the API has"
                    + " no delete for background tracks (each write run leaves one track behind)")
    void createsRetrievesAndUpdates() {
        String name = "beyondwords-java live test " + Instant.now();
        BackgroundTrackCreateParams.Builder create = BackgroundTrackCreateParams.builder().name(name).volume(30);
        String mediaUrl = System.getenv("BEYONDWORDS_LIVE_MEDIA_URL");
        if (mediaUrl != null && !mediaUrl.isBlank()) {
            create.mediaUrl(mediaUrl.trim());
        }

        BackgroundTrack created = client.backgroundTracks().create(create.build());
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.volume()).isEqualTo(30);

        BackgroundTrack retrieved = client.backgroundTracks().retrieve(created.id());
        assertThat(retrieved.id()).isEqualTo(created.id());

        BackgroundTrack updated = client.backgroundTracks()
                .update(created.id(), BackgroundTrackUpdateParams.builder().volume(60).build());
        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.volume()).isEqualTo(60);
        assertThat(updated.updated()).isAfterOrEqualTo(created.updated());
    }

    private static void looksValid(BackgroundTrack track) {
        assertThat(track.id()).isPositive();
        assertThat(track.name()).isNotNull();
        assertThat(track.created()).isNotNull();
        assertThat(track.updated()).isNotNull();
    }
}
