package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.beyondwords.RawResponse;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.backgroundtracks.BackgroundTrackListParams;
import io.beyondwords.backgroundtracks.BackgroundTrackUpdateParams;
import io.beyondwords.backgroundtracks.Media;
import io.beyondwords.backgroundtracks.ProjectRef;
import io.beyondwords.paging.Page;
import io.beyondwords.testkit.RecordedCall;
import io.beyondwords.testkit.StandInTrack;
import io.beyondwords.testkit.TrackSeed;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Every operation in openapi.yaml driven through the facade (sync and async) against the testkit's stateful
 * stand-in, with a {@code ValidatingProxy} in between so swagger-request-validator checks every request the facade
 * sends and every response the stand-in returns (base path {@code /v1}). Unlike Prism, the stand-in keeps state, so
 * these are round trips: what was created is retrieved, changed, and found again by the auto-pager and by the name
 * filter. The request bodies the facade put on the wire are read back from the stand-in's recorded requests.
 * The last test fails if an operation of the spec was not exercised through both the sync and async API.
 */
class FacadeAgainstStandInIT extends ResourceAgainstStandIn {

    private static final String MEDIA = "https://example.com/jingle.mp3";

    FacadeAgainstStandInIT() {
        super("Background tracks");
    }

    // ---------------------------------------------------------------- round trips

    @Test
    void createRetrieveUpdateAndFindItAgain() {
        standIn.seed(12); // ids 1..12, so the new track lands on the third page of 5
        var tracks = sync.client.backgroundTracks();

        BackgroundTrack created = tracks.create(BackgroundTrackCreateParams.builder()
                .name("Jingle").volume(40).projectId(7).mediaUrl(MEDIA).build());

        assertThat(created.id()).isEqualTo(13);
        assertThat(created.name()).isEqualTo("Jingle");
        assertThat(created.volume()).isEqualTo(40);
        assertThat(created.project()).contains(ProjectRef.builder().id(7).build());
        assertThat(created.media()).contains(Media.builder().url(MEDIA).build());
        assertThat(created.created()).isEqualTo(T0);
        assertThat(created.updated()).isEqualTo(T0);
        assertThat(created.additionalProperties()).isEmpty();
        assertThat(lastBody("POST")).isEqualTo(json(
                "{\"name\":\"Jingle\",\"volume\":40,\"project\":{\"id\":7},\"media\":{\"url\":\"" + MEDIA + "\"}}"));

        assertThat(tracks.retrieve(13)).isEqualTo(created);

        Instant later = clock.advance(Duration.ofSeconds(90));
        BackgroundTrack updated = tracks.update(13, BackgroundTrackUpdateParams.builder()
                .name("Jingle v2").volume(55).build());

        assertThat(updated).isEqualTo(created.toBuilder().name("Jingle v2").volume(55).updated(later).build());
        assertThat(lastBody("PUT")).as("update sends only what was set")
                .isEqualTo(json("{\"name\":\"Jingle v2\",\"volume\":55}"));
        assertThat(tracks.retrieve(13)).isEqualTo(updated);
        StandInTrack held = standIn.track(13).orElseThrow();
        assertThat(held.name()).isEqualTo("Jingle v2");
        assertThat(held.projectId()).isEqualTo(7L);
        assertThat(held.updated()).isEqualTo(later);

        int before = sync.exchanges().size(); // from here on: only the paging requests
        List<BackgroundTrack> all = tracks.list(BackgroundTrackListParams.builder().limit(5).build())
                .autoPager().stream().collect(Collectors.toList());

        assertThat(all).extracting(BackgroundTrack::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L,
                11L, 12L, 13L);
        assertThat(all.get(12)).isEqualTo(updated);
        assertThat(sync.exchanges().subList(before, sync.exchanges().size()))
                .extracting(e -> e.url().queryParameter("pagination[offset]"))
                .as("5 + 5 + 3: the short third page ends the walk; offset 0 is the default and not sent")
                .containsExactly(null, "5", "10");

        Page<BackgroundTrack> byName = tracks.list(BackgroundTrackListParams.builder().name("Jingle v2").build());
        assertThat(byName.items()).containsExactly(updated);
        assertThat(byName.hasNextPage()).isFalse();
        assertThat(tracks.list(BackgroundTrackListParams.builder().name("Jingle").build()).items())
                .as("the old name finds nothing: the filter is exact").isEmpty();
    }

    @Test
    void createRetrieveUpdateAndFindItAgainAsync() throws Exception {
        standIn.addTrack("Other", "https://example.com/other.mp3");
        var tracks = async.client.async().backgroundTracks();

        BackgroundTrack created = await(tracks.create(BackgroundTrackCreateParams.builder()
                .name("Async jingle").mediaUrl(MEDIA).build()));
        assertThat(created.id()).isEqualTo(2);
        assertThat(created.volume()).as("the API's default").isEqualTo(100);
        assertThat(created.project()).isEmpty();

        assertThat(await(tracks.retrieve(created.id()))).isEqualTo(created);

        Instant later = clock.advance(Duration.ofMinutes(5));
        BackgroundTrack updated = await(tracks.update(created.id(), BackgroundTrackUpdateParams.builder()
                .projectId(9).mediaUrl("https://example.com/jingle-v2.mp3").build()));
        assertThat(updated.name()).isEqualTo("Async jingle");
        assertThat(updated.project()).contains(ProjectRef.builder().id(9).build());
        assertThat(updated.media().map(Media::url)).contains("https://example.com/jingle-v2.mp3");
        assertThat(updated.updated()).isEqualTo(later);
        assertThat(updated.created()).isEqualTo(T0);

        Page<BackgroundTrack> first = await(tracks.list(BackgroundTrackListParams.builder().limit(1).build()));
        assertThat(first.items()).extracting(BackgroundTrack::name).containsExactly("Other");
        Page<BackgroundTrack> second = await(first.nextPageAsync());
        assertThat(second.items()).containsExactly(updated);
        assertThat(await(tracks.list(BackgroundTrackListParams.builder().name("Async jingle").build())).items())
                .containsExactly(updated);
    }

    @Test
    void createWithTheNameOnlyGetsTheServersDefaults() {
        BackgroundTrack created = sync.client.backgroundTracks()
                .create(BackgroundTrackCreateParams.builder().name("Bare").build());

        assertThat(created.volume()).isEqualTo(100);
        assertThat(created.project()).isEmpty();
        assertThat(created.media()).isEmpty();
        assertThat(lastBody("POST")).isEqualTo(json("{\"name\":\"Bare\"}"));
        assertThat(sync.onlyExchange().status()).isEqualTo(201);
    }

    @Test
    void rawCreateAndRawList() {
        RawResponse<BackgroundTrack> created = sync.client.backgroundTracks().withRawResponse()
                .create(BackgroundTrackCreateParams.builder().name("Raw").volume(5).build());
        RawResponse<Page<BackgroundTrack>> listed = sync.client.backgroundTracks().withRawResponse()
                .list(BackgroundTrackListParams.builder().limit(3).build());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.header("X-Pagination-Limit")).hasValue("3");
        assertThat(listed.body().items()).containsExactly(created.body());
    }

    /**
     * A name with query-reserved characters and non-ASCII text survives the body and the {@code filter[name]} query.
     * A {@code +} must go out as {@code %2B}: a server that form-decodes the query (as Rails does) would otherwise read
     * a space, and the filter would silently find nothing on the real API while passing here.
     */
    @Test
    void aNameWithReservedAndNonAsciiCharactersRoundTrips() {
        String name = "Rock+Roll & Jazz/Blues? #1 = 100% café 日本";
        BackgroundTrack created = sync.client.backgroundTracks()
                .create(BackgroundTrackCreateParams.builder().name(name).build());
        standIn.addTrack("Rock Roll & Jazz/Blues? #1 = 100% café 日本", "https://example.com/decoy.mp3");

        Page<BackgroundTrack> found = sync.client.backgroundTracks()
                .list(BackgroundTrackListParams.builder().name(name).build());

        assertThat(created.name()).isEqualTo(name);
        assertThat(found.items()).containsExactly(created);
        String rawQuery = sync.exchanges().get(1).url().encodedQuery();
        assertThat(rawQuery).contains("Rock%2BRoll").contains("%26").contains("%23").doesNotContain("+");
    }

    // ---------------------------------------------------------------- list parameters and paging

    @Test
    void listWithEveryQueryParameter() {
        standIn.seed(3);
        standIn.addTrack(TrackSeed.named("Target").volume(20));
        standIn.seed(2);
        standIn.addTrack(TrackSeed.named("Target").volume(30));

        Page<BackgroundTrack> page = sync.client.backgroundTracks().list(BackgroundTrackListParams.builder()
                .limit(1).offset(1).name("Target").addScope("primary").addScope("secondary").custom(true).build());

        assertThat(page.items()).extracting(BackgroundTrack::id, BackgroundTrack::volume)
                .containsExactly(tuple(7L, 30));
        assertThat(page.offset()).isEqualTo(1);
        assertThat(page.limit()).hasValue(1);
        HttpUrl url = sync.onlyExchange().url();
        assertThat(url.encodedPath()).isEqualTo("/v1/background_tracks");
        assertThat(url.queryParameter("pagination[limit]")).isEqualTo("1");
        assertThat(url.queryParameter("pagination[offset]")).isEqualTo("1");
        assertThat(url.queryParameter("filter[name]")).isEqualTo("Target");
        assertThat(url.queryParameterValues("filter[scopes][]")).containsExactly("primary", "secondary");
        assertThat(url.queryParameter("filter[custom]")).isEqualTo("true");
        // The proxy forwards the query unchanged; the stand-in received the same names.
        RecordedCall call = standIn.requests().get(0);
        assertThat(HttpUrl.get("http://x" + call.target()).queryParameterNames())
                .isEqualTo(url.queryParameterNames());
    }

    @Test
    void autoPagerWithTheServersPageSize() {
        standIn.seed(25); // the stand-in's default page size is 10, sent back as X-Pagination-Limit

        Page<BackgroundTrack> first = sync.client.backgroundTracks().list();
        List<BackgroundTrack> all = first.autoPager().stream().collect(Collectors.toList());

        assertThat(first.limit()).as("read from X-Pagination-Limit").hasValue(10);
        assertThat(all).extracting(BackgroundTrack::id).containsExactlyElementsOf(
                LongStream.rangeClosed(1, 25).boxed().collect(Collectors.toList()));
        // list() fetched the first page; the pager starts with that page object and fetches offsets 10 and 20.
        assertThat(sync.exchanges()).extracting(e -> e.url().queryParameter("pagination[offset]"))
                .containsExactly(null, "10", "20");
    }

    @Test
    void autoPagerStopsAtAnEmptyPageWhenTheLastPageIsFull() {
        standIn.seed(20);

        List<BackgroundTrack> all = sync.client.backgroundTracks()
                .list(BackgroundTrackListParams.builder().limit(10).build()).autoPager().stream()
                .collect(Collectors.toList());

        assertThat(all).hasSize(20);
        assertThat(sync.exchanges()).extracting(e -> e.url().queryParameter("pagination[offset]"))
                .containsExactly(null, "10", "20");
        assertThat(sync.exchanges().get(2).url().queryParameter("pagination[limit]")).isEqualTo("10");
    }

    @Test
    void autoPagerIsReIterableAndFetchesAgain() {
        standIn.seed(3);
        var pager = sync.client.backgroundTracks().list(BackgroundTrackListParams.builder().limit(2).build())
                .autoPager();

        List<Long> firstPass = pager.stream().map(BackgroundTrack::id).collect(Collectors.toList());
        standIn.addTrack("Fourth", "https://example.com/4.mp3");
        List<Long> secondPass = pager.stream().map(BackgroundTrack::id).collect(Collectors.toList());

        assertThat(firstPass).containsExactly(1L, 2L, 3L);
        assertThat(secondPass).as("the first page is kept, later pages are fetched again")
                .containsExactly(1L, 2L, 3L, 4L);
    }

    // ---------------------------------------------------------------- helpers

    /** The body of the last request with this method the stand-in received, as JSON. */
    private JsonObject lastBody(String method) {
        List<RecordedCall> calls = standIn.requests().stream().filter(c -> c.method().equals(method))
                .collect(Collectors.toList());
        assertThat(calls).as("%s requests", method).isNotEmpty();
        return json(calls.get(calls.size() - 1).body());
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }
}
