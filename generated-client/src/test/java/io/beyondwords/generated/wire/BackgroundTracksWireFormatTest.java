package io.beyondwords.generated.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import io.beyondwords.generated.DeepObjectQuery;
import io.beyondwords.generated.api.BackgroundTracksApi;
import io.beyondwords.generated.model.BackgroundTrackModel;
import io.beyondwords.generated.model.RequestBodyBackgroundTrack;
import io.beyondwords.generated.model.RequestBodyBackgroundTrackMedia;
import io.beyondwords.generated.model.RequestBodyBackgroundTrackProject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * The exact bytes the generated interface puts on the wire for each Background tracks operation, and how it reads the
 * docs' example responses. If a regeneration changes any of this, these tests say so before a user does.
 */
class BackgroundTracksWireFormatTest {
  /** No extra headers or query parameters: every method of the interface takes both maps. */
  private static final Map<String, String> NO_EXTRAS = Map.of();
  /** The docs' example response for show/create/update. */
  private static final String DOCS_TRACK =
      "{\"id\":1,\"name\":\"Test track 1\",\"volume\":100,"
          + "\"created\":\"2023-01-01 00:00:00 UTC\",\"updated\":\"2023-01-01 00:00:05 UTC\"}";

  private final MockWebServer server = new MockWebServer();
  private BackgroundTracksApi api;

  @BeforeEach
  void start() throws IOException {
    server.start();
    api = new Retrofit.Builder()
        .baseUrl(server.url("/v1/"))
        .addConverterFactory(GsonConverterFactory.create(new Gson()))
        .build()
        .create(BackgroundTracksApi.class);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void listSendsBracketedPaginationAndFilterNames() throws Exception {
    server.enqueue(json(200, "[" + DOCS_TRACK + "]").addHeader("X-Pagination-Limit", "25"));

    Response<List<BackgroundTrackModel>> response = api.list(
        25, 50, DeepObjectQuery.none("filter[scopes]"), "Jingle", "true", NO_EXTRAS, NO_EXTRAS).execute();

    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/v1/background_tracks");
    // Brackets are percent-encoded on the wire, as RFC 3986 requires; servers decode them back.
    assertThat(request.getRequestUrl().encodedQuery()).isEqualTo(
        "pagination%5Blimit%5D=25&pagination%5Boffset%5D=50&filter%5Bname%5D=Jingle&filter%5Bcustom%5D=true");
    assertThat(request.getRequestUrl().queryParameter("pagination[limit]")).isEqualTo("25");
    assertThat(request.getBodySize()).isZero();
    assertThat(response.headers().get("X-Pagination-Limit")).isEqualTo("25");
    assertThat(response.body()).singleElement()
        .satisfies(track -> assertThat(track.getName()).isEqualTo("Test track 1"));
  }

  @Test
  void listWithoutFiltersSendsNoQueryAtAll() throws Exception {
    server.enqueue(json(200, "[]"));

    Response<List<BackgroundTrackModel>> response =
        api.list(null, null, DeepObjectQuery.none("filter[scopes]"), null, null, NO_EXTRAS, NO_EXTRAS).execute();

    assertThat(take().getRequestUrl().query()).isNull();
    assertThat(response.body()).isEmpty();
  }

  @Test
  void deepObjectScopesAreSentAsBracketedKeys() throws Exception {
    server.enqueue(json(200, "[]"));

    DeepObjectQuery scopes = DeepObjectQuery.named("filter[scopes]").with("owner", "organization").with("kind", "music");
    api.list(null, null, scopes, null, null, NO_EXTRAS, NO_EXTRAS).execute();

    HttpUrl url = take().getRequestUrl();
    assertThat(url.queryParameterNames()).containsExactly("filter[scopes][owner]", "filter[scopes][kind]");
    assertThat(url.queryParameter("filter[scopes][owner]")).isEqualTo("organization");
    assertThat(url.queryParameter("filter[scopes][kind]")).isEqualTo("music");
    assertThat(url.encodedQuery()).doesNotContain("%7B").doesNotContain("{");
  }

  @Test
  void scopeListsRepeatTheEmptyBracketName() throws Exception {
    server.enqueue(json(200, "[]"));

    DeepObjectQuery scopes = DeepObjectQuery.named("filter[scopes]").withItem("primary").withItem("secondary");
    api.list(10, null, scopes, null, null, NO_EXTRAS, NO_EXTRAS).execute();

    HttpUrl url = take().getRequestUrl();
    assertThat(url.encodedQuery())
        .isEqualTo("pagination%5Blimit%5D=10&filter%5Bscopes%5D%5B%5D=primary&filter%5Bscopes%5D%5B%5D=secondary");
    assertThat(url.queryParameterValues("filter[scopes][]")).containsExactly("primary", "secondary");
  }

  @Test
  void createPostsTheDocsExampleBodyAsJson() throws Exception {
    server.enqueue(json(201, DOCS_TRACK));

    RequestBodyBackgroundTrack body = new RequestBodyBackgroundTrack()
        .project(new RequestBodyBackgroundTrackProject().id(1L))
        .name("Test track 1")
        .media(new RequestBodyBackgroundTrackMedia().url("https://example.com/transcoded.mp3"));
    Response<BackgroundTrackModel> response = api.create(body, NO_EXTRAS, NO_EXTRAS).execute();

    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/v1/background_tracks");
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(JsonParser.parseString(request.getBody().readUtf8())).isEqualTo(JsonParser.parseString(
        "{\"name\":\"Test track 1\",\"project\":{\"id\":1},"
            + "\"media\":{\"url\":\"https://example.com/transcoded.mp3\"}}"));
    assertThat(response.code()).isEqualTo(201);
    assertThat(response.body().getId()).isEqualTo(1L);
  }

  @Test
  void retrievePutsTheIdInThePath() throws Exception {
    server.enqueue(json(200, DOCS_TRACK));

    Response<BackgroundTrackModel> response = api.retrieve("42", NO_EXTRAS, NO_EXTRAS).execute();

    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo("/v1/background_tracks/42");
    assertThat(request.getBodySize()).isZero();
    BackgroundTrackModel track = response.body();
    assertThat(track.getId()).isEqualTo(1L);
    assertThat(track.getName()).isEqualTo("Test track 1");
    assertThat(track.getVolume()).isEqualTo(100);
    assertThat(track.getCreated()).isEqualTo("2023-01-01 00:00:00 UTC");
    assertThat(track.getUpdated()).isEqualTo("2023-01-01 00:00:05 UTC");
    assertThat(track.getProject()).isNull();
    assertThat(track.getMedia()).isNull();
  }

  @Test
  void updatePutsOnlyTheFieldsGiven() throws Exception {
    server.enqueue(json(200, DOCS_TRACK));

    api.update("7", new RequestBodyBackgroundTrack().volume(80), NO_EXTRAS, NO_EXTRAS).execute();

    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getPath()).isEqualTo("/v1/background_tracks/7");
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"volume\":80}");
  }

  @Test
  void readsProjectAndMediaWhenTheServerSendsThem() throws Exception {
    server.enqueue(json(200, "{\"id\":3,\"name\":\"Bed\",\"volume\":40,"
        + "\"project\":{\"id\":9,\"name\":\"News\"},"
        + "\"media\":{\"url\":\"https://cdn.example.com/bed.mp3\",\"duration\":15000},"
        + "\"created\":\"2023-01-01T00:00:00Z\",\"updated\":\"2023-01-01T00:00:05Z\"}"));

    BackgroundTrackModel track = api.retrieve("3", NO_EXTRAS, NO_EXTRAS).execute().body();

    assertThat(track.getProject().getId()).isEqualTo(9L);
    assertThat(track.getProject().getName()).isEqualTo("News");
    assertThat(track.getMedia().getUrl()).isEqualTo("https://cdn.example.com/bed.mp3");
    assertThat(track.getMedia().getDuration()).isEqualTo(15000L);
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("the server received a request").isNotNull();
    return request;
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }
}
