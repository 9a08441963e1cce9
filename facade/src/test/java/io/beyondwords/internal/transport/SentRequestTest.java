package io.beyondwords.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.beyondwords.BeyondWordsClient;
import io.beyondwords.JsonValue;
import io.beyondwords.RequestOptions;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.backgroundtracks.BackgroundTrackListParams;
import io.beyondwords.backgroundtracks.BackgroundTrackUpdateParams;
import io.beyondwords.content.ContentCreateParams;
import io.beyondwords.errors.BeyondWordsException;
import io.beyondwords.internal.http.DeadlineWatchdog;
import io.beyondwords.playlists.PlaylistListParams;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Call;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * Retrofit builds every request from the generated interfaces' annotations; each case here sends a call through the
 * facade to a loopback server and checks that what arrived is the request {@code openapi.yaml} describes: the method,
 * each path value as exactly one segment whatever its text, query parameters by their spec names in the interface's
 * order (lists one parameter per item, a deepObject as its named pairs), and JSON bodies.
 */
class SentRequestTest {
    private final MockWebServer server = new MockWebServer();
    private BeyondWordsClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = BeyondWordsClient.builder().apiKey("bw_test_FAKE_KEY_0001").baseUrl(server.url("/v1").toString())
                .maxRetries(0).build();
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    /** Path values whose encoding could go wrong: spaces, non-ASCII, separators, escapes, query and fragment marks. */
    static List<String> awkwardText() {
        return List.of("a b", "ü", "a/b", "%41", "?x", "#f", "a;b", "a+b", "a=b&c", "~-._", "\"<>^`{}|\\",
                "9223372036854775807", "..a", ".a.", "a\tb", "'quoted'");
    }

    @ParameterizedTest
    @MethodSource("awkwardText")
    void aTextPathValueIsSentAsExactlyOneSegment(String id) throws Exception {
        RecordedRequest retrieve = send(() -> client.content().retrieve(12, id));
        assertThat(retrieve.getMethod()).isEqualTo("GET");
        assertThat(retrieve.getRequestUrl().pathSegments()).containsExactly("v1", "projects", "12", "content", id);
        assertThat(retrieve.getRequestUrl().querySize()).isZero();

        RecordedRequest delete = send(() -> client.content().delete(12, id));
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(delete.getRequestUrl().pathSegments()).containsExactly("v1", "projects", "12", "content", id);

        String url = "https://example.com/" + id + "?edition=uk#top";
        RecordedRequest byUrl = send(() -> client.player().retrieveBySourceUrl(12, url));
        assertThat(byUrl.getRequestUrl().pathSegments())
                .containsExactly("v1", "projects", "12", "player", "by_source_url", url);
    }

    @Test
    void aNumberPathValueIsSentAsItsDecimalText() throws Exception {
        for (long id : new long[] {0, 1, -7, Long.MAX_VALUE, Long.MIN_VALUE}) {
            RecordedRequest sent = send(() -> client.backgroundTracks().retrieve(id));
            assertThat(sent.getPath()).isEqualTo("/v1/background_tracks/" + id);
        }
    }

    @Test
    void queryParametersGoByTheirSpecNamesListsItemByItemAndADeepObjectAsItsPairs() throws Exception {
        assertThat(send(() -> client.backgroundTracks().list()).getPath()).isEqualTo("/v1/background_tracks");

        RecordedRequest tracks = send(() -> client.backgroundTracks().list(BackgroundTrackListParams.builder()
                .limit(5).offset(10).addScope("a b").addScope("ü&").name("x y").custom(true).build()));
        assertThat(queryPairs(tracks.getRequestUrl())).containsExactly("pagination[limit]=5",
                "pagination[offset]=10", "filter[scopes][]=a b", "filter[scopes][]=ü&", "filter[name]=x y",
                "filter[custom]=true");

        RecordedRequest playlists = send(() -> client.playlists().list(3, PlaylistListParams.builder().title("t")
                .enabled(false).addType("manual").addType("auto").orderBy("title").build()));
        assertThat(playlists.getRequestUrl().pathSegments()).containsExactly("v1", "projects", "3", "playlists");
        assertThat(queryPairs(playlists.getRequestUrl())).containsExactly("filter[title]=t", "filter[enabled]=false",
                "filter[types][]=manual", "filter[types][]=auto", "order[by]=title");
    }

    @Test
    void aBodyIsTheParamsAsJson() throws Exception {
        BackgroundTrackCreateParams rain = BackgroundTrackCreateParams.builder().name("Rain ü \"quoted\"").volume(40)
                .projectId(7).mediaUrl("https://example.com/rain.mp3").build();
        RecordedRequest create = send(() -> client.backgroundTracks().create(rain));
        assertThat(create.getMethod()).isEqualTo("POST");
        assertThat(create.getPath()).isEqualTo("/v1/background_tracks");
        assertThat(create.getHeader("Content-Type")).isEqualTo("application/json");
        JsonObject track = JsonParser.parseString(create.getBody().readUtf8()).getAsJsonObject();
        assertThat(track.get("name").getAsString()).isEqualTo("Rain ü \"quoted\"");
        assertThat(track.get("volume").getAsInt()).isEqualTo(40);
        assertThat(track.getAsJsonObject("project").get("id").getAsLong()).isEqualTo(7);
        assertThat(track.getAsJsonObject("media").get("url").getAsString()).isEqualTo("https://example.com/rain.mp3");

        RecordedRequest update = send(() -> client.backgroundTracks().update(9, BackgroundTrackUpdateParams.builder()
                .name("Rain").build()));
        assertThat(update.getMethod()).isEqualTo("PUT");
        assertThat(update.getPath()).isEqualTo("/v1/background_tracks/9");
        assertThat(JsonParser.parseString(update.getBody().readUtf8()).getAsJsonObject().get("name").getAsString())
                .isEqualTo("Rain");

        RecordedRequest article = send(() -> client.content().create(4, ContentCreateParams.builder()
                .title("Weather").body("<p>Rain</p>").putMetadata("k", JsonValue.of("v")).build()));
        assertThat(article.getPath()).isEqualTo("/v1/projects/4/content");
        JsonObject content = JsonParser.parseString(article.getBody().readUtf8()).getAsJsonObject();
        assertThat(content.get("title").getAsString()).isEqualTo("Weather");
        assertThat(content.get("body").getAsString()).isEqualTo("<p>Rain</p>"); // no HTML escaping
        assertThat(content.getAsJsonObject("metadata").get("k").getAsString()).isEqualTo("v"); // given as a JsonValue
    }

    /** What a spec operation without a request body would declare: Retrofit still sends an (empty) one. */
    interface BodylessWrites {
        @POST("things")
        Call<Void> post();

        @PUT("things")
        Call<Void> put();

        @PATCH("things")
        Call<Void> patch();
    }

    @Test
    void aPostPutOrPatchWithoutABodySendsAnEmptyOne() throws Exception {
        OkHttpClient shared = new OkHttpClient();
        ApiTransport transport = new ApiTransport(shared, new DeadlineWatchdog(), client.options(),
                server.url("/v1/"), "bw_test_FAKE_KEY_0001", new AtomicBoolean());
        BodylessWrites api = transport.api(BodylessWrites.class);
        List<Call<Void>> calls = List.of(api.post(), api.put(), api.patch());
        for (Call<Void> call : calls) {
            server.enqueue(new MockResponse().setResponseCode(204));
            ApiCall.of(call).execute(RequestOptions.none(), (body, headers, late) -> null);
            RecordedRequest sent = server.takeRequest();
            assertThat(sent.getPath()).isEqualTo("/v1/things");
            assertThat(sent.getHeader("Content-Length")).isEqualTo("0");
            assertThat(sent.getBodySize()).isZero();
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
        shared.dispatcher().executorService().shutdown();
    }

    @Test
    void pathValuesThatWouldChangeThePathAreRefusedBeforeAnyRequest() {
        for (String id : new String[] {"", ".", ".."}) {
            assertThatThrownBy(() -> client.content().retrieve(12, id))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the id path parameter must not be");
            assertThatThrownBy(() -> client.async().content().delete(12, id).join())
                    .hasCauseInstanceOf(IllegalArgumentException.class);
        }
        assertThat(server.getRequestCount()).isZero();
    }

    private static List<String> queryPairs(HttpUrl url) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < url.querySize(); i++) {
            pairs.add(url.queryParameterName(i) + "=" + url.queryParameterValue(i));
        }
        return pairs;
    }

    /** Sends the facade's call to a server that answers 404 (the outcome does not matter) and returns what arrived. */
    private RecordedRequest send(Runnable facadeSends) throws InterruptedException {
        server.enqueue(new MockResponse().setResponseCode(404).setBody("{}"));
        try {
            facadeSends.run();
        } catch (BeyondWordsException expected) {
            // only the request matters here
        }
        return server.takeRequest();
    }
}
