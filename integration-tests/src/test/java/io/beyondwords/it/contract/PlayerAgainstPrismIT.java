package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.google.gson.JsonObject;
import io.beyondwords.RawResponse;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.player.MediaFormat;
import io.beyondwords.player.Player;
import io.beyondwords.player.PlayerRetrieveByContentIdParams;
import io.beyondwords.player.PlayerRetrieveByIdentifiersParams;
import io.beyondwords.player.PlayerRetrieveByPlaylistIdParams;
import io.beyondwords.player.PlayerRetrieveBySourceIdParams;
import io.beyondwords.player.PlayerRetrieveBySourceUrlParams;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Every operation tagged Player in openapi.yaml (by content id, by source id, by source URL, by playlist id, by
 * identifiers) through the facade, sync and async, against Prism, which answers with the spec's playerExample; each value is validated and compared with it.
 * The player endpoints are public: the spec declares no key for them, and the facade's key must not upset either
 * checker.
 */
class PlayerAgainstPrismIT extends ResourceAgainstPrism {

    private static final JsonObject PLAYER = SpecExamples.object("playerExample");
    private static final String CONTENT_ID = "9279c9e0-e0b5-4789-9040-f44478ed3e9e";
    private static final String SOURCE_URL = "https://example.com/weather/2023-01-03?edition=uk";
    /**
     * A JSON array of identifiers, as BeyondWords' player client sends it (URL-encoded as one path segment). One item:
     * the facade leaves a comma between items unencoded (RFC 3986 allows it in a segment), which Prism reads as the
     * separator of an array in the simple style and refuses for a string parameter; the player client encodes it.
     */
    private static final String IDENTIFIERS = "[\"" + CONTENT_ID + "\"]";

    PlayerAgainstPrismIT() {
        super("Player");
    }

    @Test
    void byContentIdWithEveryQueryParameter() {
        Player player = sync.client.player().retrieveByContentId(12, CONTENT_ID, PlayerRetrieveByContentIdParams
                .builder().previewToken("d9ce36ea").mediaFormat(MediaFormat.VIDEO).words(true).build());

        assertPlayer(player);
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("player#by_content_id");
        assertThat(exchange.prismViolations()).isNull();
        HttpUrl url = exchange.url();
        assertThat(url.encodedPath()).isEqualTo("/projects/12/player/by_content_id/" + CONTENT_ID);
        assertThat(url.queryParameter("preview_token")).isEqualTo("d9ce36ea");
        assertThat(url.queryParameter("media_format")).isEqualTo("video");
        assertThat(url.queryParameter("words")).isEqualTo("true");
    }

    @Test
    void bySourceId() {
        assertPlayer(sync.client.player().retrieveBySourceId(12, "weather-2023-01-03",
                PlayerRetrieveBySourceIdParams.builder().mediaFormat(MediaFormat.AUDIO).words(false).build()));
        assertPlayer(sync.client.player().retrieveBySourceId(12, "weather-2023-01-03"));

        assertThat(sync.exchanges()).extracting(e -> e.url().encodedPath())
                .containsOnly("/projects/12/player/by_source_id/weather-2023-01-03");
        assertThat(sync.exchanges().get(0).url().queryParameter("words")).isEqualTo("false");
        assertThat(sync.exchanges().get(1).url().queryParameterNames()).isEmpty();
    }

    @Test
    void bySourceUrlSendsTheUrlAsOneEncodedPathSegment() {
        assertPlayer(sync.client.player().retrieveBySourceUrl(12, SOURCE_URL,
                PlayerRetrieveBySourceUrlParams.builder().previewToken("t").build()));

        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("player#by_source_url");
        assertThat(exchange.url().encodedPath()).isEqualTo(
                "/projects/12/player/by_source_url/https:%2F%2Fexample.com%2Fweather%2F2023-01-03%3Fedition=uk");
        assertThat(exchange.url().pathSegments()).last().isEqualTo(SOURCE_URL);
        assertThat(exchange.url().queryParameterNames()).containsExactly("preview_token");
    }

    @Test
    void byPlaylistIdWithEveryQueryParameter() {
        assertPlayer(sync.client.player().retrieveByPlaylistId(12, 2, PlayerRetrieveByPlaylistIdParams.builder()
                .previewToken("d9ce36ea").mediaFormat(MediaFormat.AUDIO).words(true).build()));
        assertPlayer(sync.client.player().retrieveByPlaylistId(12, 2));

        assertThat(sync.exchanges()).extracting(e -> e.operationId().orElse("?"))
                .containsOnly("player#by_playlist_id");
        assertThat(sync.exchanges()).extracting(e -> e.url().encodedPath())
                .containsOnly("/projects/12/player/by_playlist_id/2");
        assertThat(sync.exchanges()).extracting(Exchange::prismViolations).containsOnly((String) null);
        HttpUrl url = sync.exchanges().get(0).url();
        assertThat(url.queryParameter("preview_token")).isEqualTo("d9ce36ea");
        assertThat(url.queryParameter("media_format")).isEqualTo("audio");
        assertThat(url.queryParameter("words")).isEqualTo("true");
        assertThat(sync.exchanges().get(1).url().queryParameterNames()).isEmpty();
    }

    @Test
    void byIdentifiersSendsTheArrayAsOneEncodedPathSegment() {
        assertPlayer(sync.client.player().retrieveByIdentifiers(12, IDENTIFIERS,
                PlayerRetrieveByIdentifiersParams.builder().words(false).build()));

        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("player#by_identifiers");
        assertThat(exchange.prismViolations()).isNull();
        assertThat(exchange.url().pathSegments()).as("one segment, decoded back to the array's text")
                .containsExactly("projects", "12", "player", "by_identifiers", IDENTIFIERS);
        assertThat(exchange.url().encodedPath()).as("quotes encoded; OkHttp leaves the brackets as they are")
                .isEqualTo("/projects/12/player/by_identifiers/[%22" + CONTENT_ID + "%22]");
        assertThat(exchange.url().queryParameter("words")).isEqualTo("false");
    }

    @Test
    void asyncEveryOperation() throws Exception {
        var player = async.client.async().player();
        assertPlayer(await(player.retrieveByContentId(12, CONTENT_ID)));
        assertPlayer(await(player.retrieveBySourceId(12, "weather-2023-01-03")));
        assertPlayer(await(player.retrieveBySourceUrl(12, SOURCE_URL)));
        assertPlayer(await(player.retrieveByPlaylistId(12, 2)));
        assertPlayer(await(player.retrieveByIdentifiers(12, IDENTIFIERS)));
        RawResponse<Player> raw = await(player.withRawResponse().retrieveByContentId(12, CONTENT_ID,
                PlayerRetrieveByContentIdParams.builder().words(true).build()));
        assertThat(raw.statusCode()).isEqualTo(200);
        assertPlayer(raw.body());

        assertThat(async.exchanges()).extracting(e -> e.operationId().orElse("?")).containsExactly(
                "player#by_content_id", "player#by_source_id", "player#by_source_url", "player#by_playlist_id",
                "player#by_identifiers", "player#by_content_id");
    }

    /** playerExample: one content item with audio and a segment, settings with one theme set and one null. */
    private static void assertPlayer(Player player) {
        player.validate();
        JsonObject item = PLAYER.getAsJsonArray("content").get(0).getAsJsonObject();
        assertThat(player.language()).hasValue(PLAYER.get("language").getAsString());
        assertThat(player.content()).hasValueSatisfying(content -> assertThat(content).singleElement()
                .satisfies(c -> {
                    assertThat(c.id()).hasValue(item.get("id").getAsString());
                    assertThat(c.imageUrl()).as("null in the example").isEmpty();
                    assertThat(c.audio()).hasValueSatisfying(audio -> assertThat(audio).singleElement()
                            .satisfies(a -> assertThat(a.url()).hasValue(item.getAsJsonArray("audio")
                                    .get(0).getAsJsonObject().get("url").getAsString())));
                    assertThat(c.segments()).hasValueSatisfying(segments -> assertThat(segments).singleElement()
                            .satisfies(s -> assertThat(s.duration()).hasValue(Duration.ofMillis(2000))));
                }));
        assertThat(player.settings()).hasValueSatisfying(settings -> {
            assertThat(settings.playerStyle()).hasValue("standard");
            assertThat(settings.darkTheme()).hasValueSatisfying(theme -> assertThat(theme.backgroundColor())
                    .hasValue(PLAYER.getAsJsonObject("settings").getAsJsonObject("dark_theme")
                            .get("background_color").getAsString()));
            assertThat(settings.lightTheme()).as("null in the example").isEmpty();
        });
        assertThat(player.videoSettings()).hasValueSatisfying(video -> assertThat(video.enabled()).hasValue(false));
    }
}
