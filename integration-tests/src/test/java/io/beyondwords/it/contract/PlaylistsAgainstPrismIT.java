package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.beyondwords.JsonValue;
import io.beyondwords.RawResponse;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.playlists.Playlist;
import io.beyondwords.playlists.PlaylistCreateParams;
import io.beyondwords.playlists.PlaylistListParams;
import io.beyondwords.playlists.PlaylistRetrieveParams;
import io.beyondwords.playlists.PlaylistType;
import io.beyondwords.playlists.PlaylistUpdateParams;
import java.time.Instant;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Every operation tagged Playlists in openapi.yaml (list, create, retrieve, update) through the facade, sync and async,
 * against Prism, which answers with the spec's playlistListExample and playlistExample; each value is validated and
 * compared with them. Bodies are also read back as sent, through a recording proxy.
 */
class PlaylistsAgainstPrismIT extends ResourceAgainstPrism {

    private static final JsonArray LISTED = SpecExamples.value("playlistListExample").getAsJsonArray();
    private static final JsonObject PLAYLIST = SpecExamples.object("playlistExample");
    private static final String CONTENT_ID = "d7dfd636-098c-4b1b-83e5-15a3cba5a0bd";

    PlaylistsAgainstPrismIT() {
        super("Playlists");
    }

    // ---------------------------------------------------------------- playlists#index

    @Test
    void listSendsEveryQueryParameterUnderItsSpecName() {
        List<Playlist> playlists = sync.client.playlists().list(12, PlaylistListParams.builder().title("My")
                .settingsTitle("Morning").enabled(true).addType("manual").addType("auto").orderBy("created")
                .build());

        assertListed(playlists);
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("playlists#index");
        assertThat(exchange.prismViolations()).isNull();
        HttpUrl url = exchange.url();
        assertThat(url.encodedPath()).isEqualTo("/projects/12/playlists");
        assertThat(url.queryParameter("filter[title]")).isEqualTo("My");
        assertThat(url.queryParameter("filter[settings.title]")).isEqualTo("Morning");
        assertThat(url.queryParameter("filter[enabled]")).isEqualTo("true");
        assertThat(url.queryParameterValues("filter[types][]")).containsExactly("manual", "auto");
        assertThat(url.queryParameter("order[by]")).isEqualTo("created");
    }

    @Test
    void listWithoutParameters() {
        assertListed(sync.client.playlists().list(12));
        assertThat(sync.onlyExchange().url().queryParameterNames()).isEmpty();
    }

    // ---------------------------------------------------------------- playlists#create

    @Test
    void createWithEveryField() {
        Playlist created = sync.client.playlists().create(12, PlaylistCreateParams.builder().title("My playlist")
                .type(PlaylistType.MANUAL).enabled(true).contentLimit(25).addContentId(CONTENT_ID)
                .addContentId("weather-2023-01-03").build());

        assertPlaylist(created.validate());
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("playlists#create");
        assertThat(exchange.method()).isEqualTo("POST");
        assertThat(exchange.url().encodedPath()).isEqualTo("/projects/12/playlists");
        assertThat(exchange.requestBodyValidated()).as("the body itself went through the validator").isTrue();
        assertThat(exchange.prismViolations()).isNull();
    }

    @Test
    void createSendsTheBodyTheParamsHold() {
        try (SentBodies sent = SentBodies.start(prism.baseUrl(), FAKE_KEY)) {
            assertPlaylist(sent.client.playlists().create(12, PlaylistCreateParams.builder().title("My playlist")
                    .type(PlaylistType.MANUAL).enabled(false).contentLimit(10).addContentId(CONTENT_ID)
                    .addContentId("weather-2023-01-03").build()).validate());

            assertThat(sent.onlyBody()).as("each content id as an object of its own").isEqualTo(JsonParser.parseString(
                    "{\"title\":\"My playlist\",\"type\":\"manual\",\"enabled\":false,\"content_limit\":10,"
                            + "\"content\":[{\"id\":\"" + CONTENT_ID + "\"},{\"id\":\"weather-2023-01-03\"}]}"));
            sent.assertNoValidationErrors();
        }
    }

    @Test
    void rawCreateWithTheRequiredFieldsOnly() {
        RawResponse<Playlist> raw = sync.client.playlists().withRawResponse()
                .create(12, PlaylistCreateParams.builder().title("Evening").type(PlaylistType.AUTO).build());

        assertThat(raw.statusCode()).as("the spec's first success status").isEqualTo(200);
        assertPlaylist(raw.body().validate());
        assertThat(sync.onlyExchange().requestBodyValidated()).isTrue();
    }

    // ---------------------------------------------------------------- playlists#show

    @Test
    void retrieveWithAndWithoutTheContentFilter() {
        assertPlaylist(sync.client.playlists().retrieve(12, 2).validate());
        assertPlaylist(sync.client.playlists()
                .retrieve(12, 2, PlaylistRetrieveParams.builder().contentTitle("Example").build()).validate());

        assertThat(sync.exchanges()).extracting(e -> e.operationId().orElse("?")).containsOnly("playlists#show");
        assertThat(sync.exchanges()).extracting(e -> e.url().encodedPath()).containsOnly("/projects/12/playlists/2");
        assertThat(sync.exchanges().get(0).url().queryParameterNames()).isEmpty();
        assertThat(sync.exchanges().get(1).url().queryParameter("filter[content.title]")).isEqualTo("Example");
    }

    // ---------------------------------------------------------------- playlists#update

    @Test
    void updateSendsOnlyWhatWasSet() {
        try (SentBodies sent = SentBodies.start(prism.baseUrl(), FAKE_KEY)) {
            assertPlaylist(sent.client.playlists()
                    .update(12, 2, PlaylistUpdateParams.builder().title("Renamed").build()).validate());

            assertThat(sent.onlyBody()).as("no empty content list").isEqualTo(JsonParser.parseString(
                    "{\"title\":\"Renamed\"}"));
            sent.assertNoValidationErrors();
        }
        Playlist updated = sync.client.playlists().update(12, 2, PlaylistUpdateParams.builder().title("Renamed")
                .type(PlaylistType.AUTO).enabled(false).contentLimit(5).contentIds(List.of(CONTENT_ID)).build());

        assertPlaylist(updated.validate());
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("playlists#update");
        assertThat(exchange.method()).isEqualTo("PUT");
        assertThat(exchange.url().encodedPath()).isEqualTo("/projects/12/playlists/2");
        assertThat(exchange.requestBodyValidated()).isTrue();
        assertThat(exchange.prismViolations()).isNull();
    }

    // ---------------------------------------------------------------- the async API, every operation

    @Test
    void asyncEveryOperation() throws Exception {
        var playlists = async.client.async().playlists();
        assertListed(await(playlists.list(12, PlaylistListParams.builder().addType("project").build())));
        assertPlaylist(await(playlists.create(12, PlaylistCreateParams.builder().title("T")
                .type(PlaylistType.MANUAL).build())).validate());
        assertPlaylist(await(playlists.retrieve(12, 2)).validate());
        assertPlaylist(await(playlists.update(12, 2, PlaylistUpdateParams.builder().enabled(true).build()))
                .validate());
        RawResponse<Playlist> raw = await(playlists.withRawResponse().retrieve(12, 2, PlaylistRetrieveParams.none()));
        assertThat(raw.statusCode()).isEqualTo(200);
        assertPlaylist(raw.body().validate());

        assertThat(async.exchanges()).extracting(e -> e.operationId().orElse("?")).containsExactly(
                "playlists#index", "playlists#create", "playlists#show", "playlists#update", "playlists#show");
    }

    // ---------------------------------------------------------------- against the spec's examples

    /** playlistListExample: a project, a manual and an auto playlist; the list shows content ids only. */
    private static void assertListed(List<Playlist> playlists) {
        assertThat(playlists).hasSize(LISTED.size());
        playlists.forEach(Playlist::validate);
        Playlist project = playlists.get(0);
        JsonObject first = LISTED.get(0).getAsJsonObject();
        assertThat(project.id()).isEqualTo(first.get("id").getAsLong());
        assertThat(project.title()).isEqualTo(first.get("title").getAsString());
        assertThat(project.type()).hasValue(PlaylistType.PROJECT);
        assertThat(project.rulesVersion()).as("any JSON: a string in this example")
                .hasValue(JsonValue.parse(first.get("rules_version").toString()));
        assertThat(project.settings()).as("null in the example").isEmpty();
        assertThat(project.content()).hasValueSatisfying(content -> assertThat(content)
                .extracting(c -> c.id()).containsExactly("d7dfd636-098c-4b1b-83e5-15a3cba5a0bd",
                        "ed81a10c-83cd-4b1f-ab43-2aa1b4ffefc0"));
        assertThat(project.content().orElseThrow().get(0).title()).as("only ids in the list").isEmpty();
        Playlist auto = playlists.get(2);
        assertThat(auto.type()).hasValue(PlaylistType.AUTO);
        assertThat(auto.rules()).hasValueSatisfying(rules -> assertThat(rules).singleElement().satisfies(rule -> {
            assertThat(rule.operator()).hasValue("and");
            assertThat(rule.conjunction()).hasValueSatisfying(c -> assertThat(c).singleElement().satisfies(cond -> {
                assertThat(cond.field()).hasValue("author");
                assertThat(cond.operator()).hasValue("is");
                assertThat(cond.arg()).hasValue("John Smith");
            }));
        }));
        assertThat(auto.updated()).hasValue(Instant.parse("2023-01-01T00:00:05Z"));
    }

    /** playlistExample: a manual playlist with one content item in the reduced view. */
    private static void assertPlaylist(Playlist playlist) {
        JsonObject item = PLAYLIST.getAsJsonArray("content").get(0).getAsJsonObject();
        assertThat(playlist.id()).isEqualTo(PLAYLIST.get("id").getAsLong());
        assertThat(playlist.title()).isEqualTo(PLAYLIST.get("title").getAsString());
        assertThat(playlist.type()).hasValue(PlaylistType.MANUAL);
        assertThat(playlist.enabled()).hasValue(true);
        assertThat(playlist.contentLimit()).hasValue(PLAYLIST.get("content_limit").getAsInt());
        assertThat(playlist.created()).hasValue(Instant.parse("2023-01-01T00:00:00Z"));
        assertThat(playlist.content()).hasValueSatisfying(content -> assertThat(content).singleElement()
                .satisfies(c -> {
                    assertThat(c.id()).isEqualTo(item.get("id").getAsString());
                    assertThat(c.status()).hasValue(item.get("status").getAsString());
                    assertThat(c.sourceUrl()).hasValue(item.get("source_url").getAsString());
                    assertThat(c.adsEnabled()).hasValue(true);
                    assertThat(c.updated()).hasValue(Instant.parse("2023-01-01T00:00:05Z"));
                }));
        assertThat(playlist.additionalProperties()).as("every member is in the spec").isEmpty();
    }
}
