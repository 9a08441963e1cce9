package io.beyondwords.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The validator interceptor itself, over MockWebServer serving under {@code /v1} (the stand-in's and the live API's
 * layout): it must pass what the spec allows and report what it does not, in both directions.
 */
class SpecValidatingInterceptorTest {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String TRACK = "{\"id\":7,\"name\":\"Bed\",\"volume\":40,"
            + "\"created\":\"2023-01-01 00:00:00 UTC\",\"updated\":\"2023-01-01T00:00:05Z\"}";

    private MockWebServer server;
    private HttpUrl base;
    private SpecValidatingInterceptor validator;
    private OkHttpClient client;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        base = server.url("/v1");
        validator = SpecValidatingInterceptor.forBaseUrl(base);
        client = new OkHttpClient.Builder().addNetworkInterceptor(validator).build();
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    @Test
    void basePathIsTakenFromTheBaseUrl() {
        assertThat(validator.basePath()).isEqualTo("/v1");
        assertThat(SpecValidatingInterceptor.forBaseUrl(HttpUrl.get("http://127.0.0.1:1/")).basePath()).isEqualTo("/");
    }

    @Test
    void aConformingExchangePasses() throws IOException {
        server.enqueue(json(201, TRACK));
        String body;
        try (Response response = client.newCall(post("/background_tracks", "{\"name\":\"Bed\",\"volume\":40,"
                + "\"project\":{\"id\":3},\"media\":{\"url\":\"https://example.com/a.mp3\"}}")).execute()) {
            body = response.body().string();
        }

        assertThat(body).isEqualTo(TRACK); // the caller still reads every byte the validator buffered
        validator.assertNoErrors();
        assertThat(validator.exchanges()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(201);
            assertThat(e.operationId()).contains("background_tracks#create");
            assertThat(e.requestBodyValidated()).isTrue();
        });
    }

    @Test
    void aRequestBodyOfTheWrongTypeIsReported() throws IOException {
        server.enqueue(json(201, TRACK));
        client.newCall(post("/background_tracks", "{\"name\":\"Bed\",\"volume\":\"40\"}")).execute().close();

        assertThat(validator.exchanges()).singleElement().satisfies(e -> {
            assertThat(e.requestErrors()).isNotEmpty();
            assertThat(e.responseErrors()).isEmpty();
        });
        assertThat(validator.errors()).anyMatch(line -> line.contains("[request]") && line.contains("volume"));
        assertThatThrownBy(validator::assertNoErrors).isInstanceOf(AssertionError.class).hasMessageContaining("volume");
    }

    @Test
    void anUndeclaredRequestBodyMemberIsReported() throws IOException {
        // swagger-request-validator treats objects as closed unless the spec says additionalProperties, so a client
        // sending project_id instead of project.id, or media.uri instead of media.url, is caught.
        server.enqueue(json(201, TRACK));
        server.enqueue(json(201, TRACK));
        client.newCall(post("/background_tracks", "{\"name\":\"Bed\",\"project_id\":3}")).execute().close();
        client.newCall(post("/background_tracks", "{\"name\":\"Bed\",\"media\":{\"uri\":\"https://e.com/a.mp3\"}}"))
                .execute().close();

        assertThat(validator.exchanges()).hasSize(2).allSatisfy(e -> assertThat(e.requestErrors()).isNotEmpty());
        assertThat(validator.errors()).anyMatch(line -> line.contains("project_id"))
                .anyMatch(line -> line.contains("uri"));
    }

    @Test
    void anUndeclaredResponseMemberIsAnErrorExceptForTheLiveApi() throws IOException {
        String extended = TRACK.replace("}", ",\"brand_new_field\":{\"x\":1}}");
        server.enqueue(json(200, extended));
        client.newCall(get("/background_tracks/7")).execute().close();
        assertThat(validator.errors()).singleElement().asString().contains("[response]").contains("brand_new_field");

        SpecValidatingInterceptor live = SpecValidatingInterceptor.forLiveApi(base);
        OkHttpClient liveClient = new OkHttpClient.Builder().addNetworkInterceptor(live).build();
        server.enqueue(json(200, extended));
        liveClient.newCall(get("/background_tracks/7")).execute().close();
        live.assertNoErrors();
        assertThat(live.warnings()).singleElement().asString().contains("brand_new_field");
    }

    @Test
    void aResponseBodyOfTheWrongTypeIsReported() throws IOException {
        server.enqueue(json(200, "{\"id\":\"seven\",\"name\":\"Bed\",\"volume\":40}"));
        client.newCall(get("/background_tracks/7")).execute().close();

        assertThat(validator.exchanges()).singleElement().satisfies(e -> {
            assertThat(e.requestErrors()).isEmpty();
            assertThat(e.responseErrors()).isNotEmpty();
        });
        assertThat(validator.errors()).anyMatch(line -> line.contains("[response]") && line.contains("id"));
    }

    @Test
    void aListThatIsNotABareArrayIsReported() throws IOException {
        server.enqueue(json(200, "{\"data\":[" + TRACK + "]}"));
        client.newCall(get("/background_tracks")).execute().close();

        assertThat(validator.errors()).containsExactly("GET /v1/background_tracks → 200 [response]"
                + " validation.response.body.schema.type (at /): Instance type (object) does not match any allowed"
                + " primitive type (allowed: [\"array\"])");
    }

    @Test
    void anUndocumentedStatusWithoutADefaultIsAcceptedOnlyThroughDefault() throws IOException {
        // 500 is not listed but `default` covers it with errorModel; a body that is not errorModel is reported.
        server.enqueue(json(500, "{\"type\":\"application_error\",\"message\":\"Unexpected Error.\",\"context\":{}}"));
        server.enqueue(json(500, "{\"message\":\"x\",\"errors\":\"not-an-array\"}"));
        client.newCall(get("/background_tracks/1")).execute().close();
        client.newCall(get("/background_tracks/1")).execute().close();

        assertThat(validator.exchanges()).hasSize(2);
        assertThat(validator.exchanges().get(0).hasErrors()).isFalse();
        assertThat(validator.exchanges().get(1).responseErrors()).isNotEmpty();
    }

    @Test
    void aWrongQueryParameterTypeIsReported() throws IOException {
        server.enqueue(json(200, "[]"));
        client.newCall(get("/background_tracks?pagination%5Blimit%5D=ten")).execute().close();

        assertThat(validator.errors()).anyMatch(line -> line.contains("[request]") && line.contains("pagination[limit]"));
    }

    @Test
    void anUndeclaredQueryParameterIsReported() throws IOException {
        // Neither Prism nor swagger-request-validator would notice `limit` sent instead of `pagination[limit]`.
        server.enqueue(json(200, "[]"));
        client.newCall(get("/background_tracks?limit=10&filter%5Bname%5D=x")).execute().close();

        assertThat(validator.errors()).singleElement().asString()
                .contains("[request]").contains("'limit'").contains("background_tracks#index");
    }

    @Test
    void documentedQueryParametersPass() throws IOException {
        server.enqueue(json(200, "[" + TRACK + "]"));
        HttpUrl url = base.newBuilder().addPathSegment("background_tracks")
                .addQueryParameter("pagination[limit]", "10")
                .addQueryParameter("pagination[offset]", "20")
                .addQueryParameter("filter[name]", "Bed")
                .addQueryParameter("filter[custom]", "true")
                .build();
        client.newCall(new Request.Builder().url(url).header("X-Api-Key", "test-key").build()).execute().close();

        validator.assertNoErrors();
        assertThat(validator.exchanges()).singleElement()
                .satisfies(e -> assertThat(e.operationId()).contains("background_tracks#index"));
    }

    @Test
    void bothScopeSpellingsPass() throws IOException {
        // The spec's deepObject form and the WordPress plugin's array form (see openapi.yaml); the generated client
        // can send either.
        server.enqueue(json(200, "[]"));
        server.enqueue(json(200, "[]"));
        client.newCall(get("/background_tracks?filter%5Bscopes%5D%5Bprimary%5D=true")).execute().close();
        client.newCall(get("/background_tracks?filter%5Bscopes%5D%5B%5D=primary&filter%5Bscopes%5D%5B%5D=secondary"))
                .execute().close();

        validator.assertNoErrors();
    }

    @Test
    void aMissingApiKeyIsReported() throws IOException {
        server.enqueue(json(200, "[]"));
        client.newCall(new Request.Builder().url(base + "/background_tracks").build()).execute().close();

        assertThat(validator.errors()).anyMatch(line -> line.contains("[request]") && line.contains("security"));
    }

    @Test
    void anUndocumentedPathOrMethodIsReported() throws IOException {
        server.enqueue(json(200, "{}"));
        server.enqueue(new MockResponse().setResponseCode(204));
        client.newCall(get("/background_track")).execute().close();
        client.newCall(new Request.Builder().url(base + "/background_tracks/1").delete()
                .header("X-Api-Key", "test-key").build()).execute().close();

        assertThat(validator.exchanges()).hasSize(2).allSatisfy(e -> {
            assertThat(e.requestErrors()).isNotEmpty();
            assertThat(e.operationId()).isEmpty();
        });
    }

    @Test
    void aPathWithoutTheBasePathIsReported() throws IOException {
        server.enqueue(json(200, "[]"));
        client.newCall(new Request.Builder().url(server.url("/background_tracks"))
                .header("X-Api-Key", "test-key").build()).execute().close();

        assertThat(validator.errors()).containsExactly("GET /background_tracks → 200 [request]"
                + " validation.request.path.basePath: Path /background_tracks is not under the base path /v1");
    }

    @Test
    void aGzipResponseIsValidatedDecompressedAndTheCallerStillGetsIt() throws IOException {
        Buffer gz = new Buffer();
        try (var sink = Okio.buffer(new GzipSink(gz))) {
            sink.writeUtf8(TRACK);
        }
        server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                .setHeader("Content-Encoding", "gzip").setBody(gz));
        String body;
        try (Response response = client.newCall(get("/background_tracks/7")).execute()) {
            body = response.body().string();
        }

        assertThat(body).isEqualTo(TRACK);
        validator.assertNoErrors();
    }

    @Test
    void aDisconnectIsRecordedAsAFailedExchangeAndRethrown() {
        server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                .setBody("[" + TRACK + "]").setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

        assertThatThrownBy(() -> client.newCall(get("/background_tracks")).execute().close())
                .isInstanceOf(IOException.class);
        assertThat(validator.exchanges()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(-1);
            assertThat(e.failure()).isNotBlank();
        });
    }

    @Test
    void noExchangeAtAllFailsTheAssertion() {
        assertThatThrownBy(validator::assertNoErrors).isInstanceOf(AssertionError.class)
                .hasMessageContaining("addNetworkInterceptor");
    }

    @Test
    void specOperationIdsListsEveryOperation() {
        assertThat(SpecValidatingInterceptor.specOperationIds()).contains(
                "background_tracks#index", "background_tracks#create", "background_tracks#show",
                "background_tracks#update", "content#create", "player#by_source_url")
                .doesNotHaveDuplicates();
    }

    private Request get(String path) {
        return new Request.Builder().url(base + path).header("X-Api-Key", "test-key").build();
    }

    private Request post(String path, String json) {
        return new Request.Builder().url(base + path).header("X-Api-Key", "test-key")
                .post(RequestBody.create(json, JSON)).build();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }
}
