package io.beyondwords.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.backgroundtracks.BackgroundTrackListParams;
import io.beyondwords.backgroundtracks.BackgroundTrackUpdateParams;
import io.beyondwords.content.ContentCreateParams;
import io.beyondwords.content.ContentUpdateParams;
import io.beyondwords.errors.BeyondWordsException;
import io.beyondwords.generated.DeepObjectQuery;
import io.beyondwords.generated.api.BackgroundTracksApi;
import io.beyondwords.generated.api.ContentApi;
import io.beyondwords.generated.api.PlayerApi;
import io.beyondwords.generated.api.PlaylistsApi;
import io.beyondwords.generated.model.RequestBodyBackgroundTrack;
import io.beyondwords.generated.model.RequestBodyContent;
import io.beyondwords.internal.json.ApiJson;
import io.beyondwords.playlists.PlaylistListParams;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * The facade builds its requests from the spec's method and path ({@link Endpoint}, {@link WireRequest}); until it did,
 * the generated Retrofit interfaces built them. Each case here sends a call through the facade to a loopback server and
 * compares what arrived with the request the generated interface builds for the same arguments: method, URL (path
 * encoding, query order), body bytes and content type. The cases cover every way a request is put together: text and
 * number path values, optional and list query parameters, a deepObject's pairs, and JSON bodies.
 */
class WireRequestEquivalenceTest {
    private final MockWebServer server = new MockWebServer();
    private BeyondWordsClient client;
    private Retrofit retrofit;

    @BeforeEach
    void start() throws IOException {
        server.start();
        HttpUrl base = server.url("/v1/");
        client = BeyondWordsClient.builder().apiKey("bw_test_FAKE_KEY_0001").baseUrl(base.toString())
                .maxRetries(0).build();
        retrofit = new Retrofit.Builder().baseUrl(base).callFactory(new OkHttpClient())
                .addConverterFactory(GsonConverterFactory.create(ApiJson.GSON)).build();
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    /** Path values whose encoding could differ: spaces, non-ASCII, separators, escapes, query and fragment marks. */
    static List<String> awkwardText() {
        return List.of("a b", "ü", "a/b", "%41", "?x", "#f", "a;b", "a+b", "a=b&c", "~-._", "\"<>^`{}|\\",
                "9223372036854775807", "..a", ".a.", "a\tb");
    }

    @ParameterizedTest
    @MethodSource("awkwardText")
    void textPathValues(String id) throws Exception {
        ContentApi content = retrofit.create(ContentApi.class);
        assertSame(() -> content.retrieve("12", id, null).request(), () -> client.content().retrieve(12, id));
        assertSame(() -> content.delete("12", id).request(), () -> client.content().delete(12, id));
        PlayerApi player = retrofit.create(PlayerApi.class);
        String url = "https://example.com/" + id + "?edition=uk#top";
        assertSame(() -> player.retrieveBySourceUrl("12", url, null, null, null).request(),
                () -> client.player().retrieveBySourceUrl(12, url));
    }

    @Test
    void numberPathValues() throws Exception {
        BackgroundTracksApi tracks = retrofit.create(BackgroundTracksApi.class);
        for (long id : new long[] {0, 1, -7, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertSame(() -> tracks.retrieve(Long.toString(id)).request(),
                    () -> client.backgroundTracks().retrieve(id));
        }
    }

    @Test
    void queryParametersListsAndDeepObjects() throws Exception {
        BackgroundTracksApi tracks = retrofit.create(BackgroundTracksApi.class);
        assertSame(() -> tracks.list(null, null, DeepObjectQuery.none("filter[scopes]"), null, null).request(),
                () -> client.backgroundTracks().list());
        assertSame(() -> tracks.list(5, 10, DeepObjectQuery.ofItems("filter[scopes]", List.of("a b", "ü&")), "x y",
                        "true").request(),
                () -> client.backgroundTracks().list(BackgroundTrackListParams.builder().limit(5).offset(10)
                        .addScope("a b").addScope("ü&").name("x y").custom(true).build()));
        PlaylistsApi playlists = retrofit.create(PlaylistsApi.class);
        assertSame(() -> playlists.list("3", "t", null, false, List.of("manual", "auto"), "title").request(),
                () -> client.playlists().list(3, PlaylistListParams.builder().title("t").enabled(false)
                        .addType("manual").addType("auto").orderBy("title").build()));
    }

    @Test
    void jsonBodies() throws Exception {
        BackgroundTracksApi tracks = retrofit.create(BackgroundTracksApi.class);
        BackgroundTrackCreateParams rain = BackgroundTrackCreateParams.builder().name("Rain ü \"quoted\"").volume(40)
                .projectId(7).mediaUrl("https://example.com/rain.mp3").build();
        RequestBodyBackgroundTrack trackBody = ApiJson.GSON.fromJson(send(() -> client.backgroundTracks().create(rain))
                .getBody().readUtf8(), RequestBodyBackgroundTrack.class);
        assertSame(() -> tracks.create(trackBody).request(), () -> client.backgroundTracks().create(rain));
        assertSame(() -> tracks.update("9", trackBody).request(), () -> client.backgroundTracks().update(9,
                BackgroundTrackUpdateParams.builder().name("Rain ü \"quoted\"").volume(40).projectId(7)
                        .mediaUrl("https://example.com/rain.mp3").build()));

        ContentApi content = retrofit.create(ContentApi.class);
        ContentCreateParams article = ContentCreateParams.builder().title("Weather").body("<p>Rain</p>")
                .putMetadata("k", "\"v\"").build();
        RequestBodyContent contentBody = ApiJson.GSON.fromJson(send(() -> client.content().create(4, article))
                .getBody().readUtf8(), RequestBodyContent.class);
        assertSame(() -> content.create("4", contentBody, null).request(), () -> client.content().create(4, article));
        assertSame(() -> content.update("4", "a b", contentBody).request(),
                () -> client.content().update(4, "a b", ContentUpdateParams.builder().title("Weather")
                        .body("<p>Rain</p>").putMetadata("k", "\"v\"").build()));
    }

    @Test
    void pathValuesThatWouldChangeThePathAreRefusedBeforeAnyRequest() {
        for (String id : new String[] {"", ".", ".."}) {
            assertThatThrownBy(() -> client.content().retrieve(12, id))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the id path parameter must not be");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    /** Sends the facade's call to a server that answers 404 (the outcome does not matter) and returns what arrived. */
    private RecordedRequest send(Runnable facadeSends) throws InterruptedException {
        server.enqueue(new MockResponse().setResponseCode(404).setBody("{}"));
        try {
            facadeSends.run();
        } catch (BeyondWordsException expected) {
            // the answer is irrelevant here; only the request is compared
        }
        return server.takeRequest();
    }

    /** Sends the facade's call, then compares what arrived with the request Retrofit builds. */
    private void assertSame(Supplier<Request> retrofitBuilds, Runnable facadeSends) throws InterruptedException {
        RecordedRequest sent = send(facadeSends);
        Request expected = retrofitBuilds.get();
        assertThat(sent.getMethod()).isEqualTo(expected.method());
        assertThat(sent.getRequestUrl().toString()).isEqualTo(expected.url().toString());
        assertThat(sent.getPath()).isEqualTo(expected.url().encodedPath()
                + (expected.url().encodedQuery() == null ? "" : "?" + expected.url().encodedQuery()));
        if (expected.body() == null) {
            assertThat(sent.getBodySize()).isZero();
            assertThat(sent.getHeader("Content-Type")).isNull();
        } else {
            Buffer body = new Buffer();
            try {
                expected.body().writeTo(body);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            assertThat(sent.getBody().readByteString()).isEqualTo(body.readByteString());
            assertThat(sent.getHeader("Content-Type")).isEqualTo(String.valueOf(expected.body().contentType()));
        }
    }
}
